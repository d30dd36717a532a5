package org.hearth.server.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Access;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The families as a coordinator finds them: filtered lists a page at a time, search by identifier or name, the family
 * whole. One parent of the generated authority is given a name of their own and moves from F000010 to F000011.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyDirectoryTest {
    private static final Access.VisibleFamilies EVERY_FAMILY = new Access.VisibleFamilies(true, Set.of());

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private FamilyDirectory directory;
    private JdbcTemplate jdbc;
    private Path folder;

    @BeforeAll
    void importAnAuthority() throws IOException {
        server = ServerFixture.offline(temp.resolve("hearth"));
        directory = server.getBean(FamilyDirectory.class);
        jdbc = server.getBean(JdbcTemplate.class);
        server.getBean(CohortEvaluation.class).uploadPlan("southampton.yaml", ServerFixture.builtInPlan("southampton"),
                LocalDate.of(2015, 1, 1), "coordinator", done -> {
                });
        folder = ServerFixture.authority(temp.resolve("data"), 120, 21);
        nameAndMoveAParent(folder);
        server.getBean(DataImport.class).importFolder(folder, "coordinator", ImportProgress.NONE);
    }

    /**
     * Gives the first parent of F000010 a name no generated person has, Ottoline Featherstonehaugh, and moves them:
     * they leave F000010 at the end of 2018 and join F000011 in 2019.
     */
    private static void nameAndMoveAParent(Path folder) throws IOException {
        Path membershipsFile = folder.resolve("memberships.csv");
        List<String> memberships = new ArrayList<>(Files.readAllLines(membershipsFile));
        int row = memberships.indexOf(memberships.stream().filter(line -> line.startsWith("F000010,")
                && line.contains(",parent_carer,")).findFirst().orElseThrow());
        String[] membership = memberships.get(row).split(",", -1);
        String personId = membership[1];
        membership[5] = "2018-12-31";
        memberships.set(row, String.join(",", membership));
        memberships.add("F000011," + personId + ",other_adult,false,2019-01-01,");
        Files.write(membershipsFile, memberships);

        Path peopleFile = folder.resolve("people.csv");
        List<String> people = new ArrayList<>(Files.readAllLines(peopleFile));
        List<String> columns = List.of(people.get(0).split(","));
        for (int line = 1; line < people.size(); line++) {
            String[] person = people.get(line).split(",", -1);
            if (person[0].equals(personId)) {
                person[columns.indexOf("given_name")] = "Ottoline";
                person[columns.indexOf("family_name")] = "Featherstonehaugh";
                people.set(line, String.join(",", person));
            }
        }
        Files.write(peopleFile, people);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void pagesThroughEveryFamilyOnceInIdOrder() {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            List<FamilySummary> page = directory.list(new FamilyFilter(null, null, null, null, null, null, null, null, after, 25, EVERY_FAMILY));
            page.forEach(family -> seen.add(family.familyId()));
            after = page.size() == 25 ? page.get(24).familyId() : null;
        } while (after != null);

        assertThat(seen).hasSize(120).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aListShowsOnlyTheFamiliesTheUserMaySee() {
        Set<String> allocated = Set.of("F000003", "F000007", "F000100");

        List<FamilySummary> page = directory.list(new FamilyFilter(null, null, null, null, null, null, null, null, null, 500,
                new Access.VisibleFamilies(false, allocated)));

        assertThat(page).extracting(FamilySummary::familyId).containsExactly("F000003", "F000007", "F000100");
        assertThat(directory.list(new FamilyFilter(null, null, null, null, null, null, null, null, null, 500, new Access.VisibleFamilies(false, Set.of()))))
                .isEmpty();
    }

    @Test
    void theWorklistPutsTheSoonestClaimFirstAndShowsOnlyTheFamiliesTheUserMaySee() {
        Worklist worklist = server.getBean(Worklist.class);

        List<Worklist.FamilyToWatch> families = worklist.families(EVERY_FAMILY, 500);
        List<Worklist.OutcomeToWatch> outcomes = worklist.outcomes(EVERY_FAMILY, 500);

        assertThat(families).isNotEmpty();
        List<LocalDate> claimDays = families.stream().map(Worklist.FamilyToWatch::claimableOn).filter(day -> day != null).toList();
        assertThat(claimDays).isSorted().allMatch(day -> day.isAfter(SyntheticAuthority.DATA_END));
        assertThat(families.subList(0, claimDays.size())).allMatch(family -> family.claimableOn() != null);
        assertThat(outcomes).extracting(Worklist.OutcomeToWatch::metOn).isSorted()
                .allMatch(day -> day.isAfter(SyntheticAuthority.DATA_END));
        Set<String> allocated = Set.of(families.get(0).familyId());
        assertThat(worklist.families(new Access.VisibleFamilies(false, allocated), 500))
                .extracting(Worklist.FamilyToWatch::familyId).containsExactlyElementsOf(allocated);
        assertThat(worklist.outcomes(new Access.VisibleFamilies(false, allocated), 500))
                .allMatch(outcome -> allocated.contains(outcome.familyId()));
    }

    @Test
    void eachFamilysNearestOutcomeAndAnswersAwaitedAreThoseOfItsStoredOutlook() {
        List<Worklist.FamilyToWatch> families = server.getBean(Worklist.class).families(EVERY_FAMILY, 500);

        assertThat(families).anyMatch(family -> family.nextOutcomeOn() != null);
        for (Worklist.FamilyToWatch family : families) {
            Map<String, Object> outlook = jdbc.queryForMap("""
                    select (select min((o->>'earliest_met_on')::date) from jsonb_array_elements(e.outlook) o) as next_on,
                           (select count(*) from jsonb_array_elements(e.outlook) o
                            where (o->>'waits_for_sign_off')::boolean) as awaiting
                    from current_decision c join family_evaluation e on e.run_id = c.run_id and e.family_id = c.family_id
                    where c.family_id = ?""", family.familyId());
            assertThat(family.nextOutcomeOn()).as(family.familyId())
                    .isEqualTo(outlook.get("next_on") == null ? null : ((java.sql.Date) outlook.get("next_on")).toLocalDate());
            assertThat(family.awaitingAnswers()).as(family.familyId()).isEqualTo(((Number) outlook.get("awaiting")).intValue());
        }
    }

    @Test
    void eachOutcomeToWatchSaysWhatIsMissingNowInTheWordsOfTheFamilysDecision() throws IOException {
        List<Worklist.OutcomeToWatch> outcomes = server.getBean(Worklist.class).outcomes(EVERY_FAMILY, 500);

        assertThat(outcomes).isNotEmpty();
        for (Worklist.OutcomeToWatch outcome : outcomes) {
            String explanation = null;
            for (JsonNode problem : new ObjectMapper().readTree(directory.decision(outcome.familyId())).path("problems")) {
                for (JsonNode one : problem.path("outcomes")) {
                    if (problem.path("id").asText().equals(outcome.problemId()) && one.path("id").asText().equals(outcome.outcomeId())) {
                        explanation = one.path("explanation").asText();
                    }
                }
            }
            assertThat(outcome.missing()).as(outcome.familyId() + " " + outcome.outcomeId()).isNotBlank().isEqualTo(explanation);
        }
    }

    @Test
    void filtersByTheTierAndTheLeadingOrganisationOnTheReviewDate() {
        List<String> organisations = directory.organisations();
        assertThat(organisations).isNotEmpty();
        String organisation = organisations.get(0);

        List<FamilySummary> led = directory.list(new FamilyFilter(null, null, null, null, null, null, null, organisation,
                null, 500, EVERY_FAMILY));
        List<FamilySummary> inNeed = directory.list(new FamilyFilter(null, null, null, null, null, null, "child_in_need", null,
                null, 500, EVERY_FAMILY));

        assertThat(led).isNotEmpty();
        assertThat(led.size()).isEqualTo(count("lead_organisation = '" + organisation.replace("'", "''") + "'"));
        assertThat(inNeed.size()).isEqualTo(count("tier = 'child_in_need'"));
        assertThat(count("tier is not null")).isEqualTo(count("engaged"));
    }

    @Test
    void findsFamiliesByAMembersDateOfBirth() throws Exception {
        List<String> people = Files.readAllLines(folder.resolve("people.csv"));
        String[] person = people.get(1).split(",", -1);

        assertThat(directory.search(person[1])).isNotEmpty().allSatisfy(familyId ->
                assertThat(directory.members(familyId)).extracting(member -> member.get("date_of_birth")).contains(person[1]));
    }

    @Test
    void findsEveryFamilyAPersonWasEverAMemberOfByTheirName() {
        for (String term : List.of("Featherstonehaugh", "FEATHERSTONEHAUGH", "Ottoline Featherstonehaugh",
                "  ottoline   featherstonehaugh ", "Featherstonehaugh, Ottoline", "featherstonehaugh,ottoline", "Feath",
                "Fe", "O Featherstonehaugh", "Featherstonehaugh, Ott", "Featherstonehaugh,")) {
            assertThat(directory.search(term)).as(term).containsExactly("F000010", "F000011");
        }
    }

    @Test
    void aNameThatIsNobodysFindsNothing() {
        for (String term : List.of("Ottoline Smith", "Jo Featherstonehaugh", "Featherstonehaugh, Jo", "Ottoline",
                "Featherstonehaughs", "Featherstonehaugh Ottoline", "F", "Fe%", "F_atherstonehaugh", "%", " ", "")) {
            assertThat(directory.search(term)).as(term).isEmpty();
        }
    }

    @Test
    void findsTheFamiliesOfEveryoneWithAGeneratedName() {
        Map<String, Object> member = directory.members("F000001").get(0);
        String given = (String) member.get("given_name");
        String family = (String) member.get("family_name");

        List<String> byFamilyName = directory.search(family.toLowerCase(Locale.ROOT));
        List<String> byWholeName = directory.search(given + " " + family);

        assertThat(byFamilyName).contains("F000001").allSatisfy(familyId -> assertThat(directory.members(familyId))
                .anyMatch(other -> begins(other.get("family_name"), family)));
        assertThat(byWholeName).contains("F000001").allSatisfy(familyId -> assertThat(directory.members(familyId))
                .anyMatch(other -> family.equals(other.get("family_name")) && begins(other.get("given_name"), given)));
        assertThat(directory.search(family + ", " + given)).isEqualTo(byWholeName);
    }

    @Test
    void aFamilysMembersHaveTheirNamesAndTheDayTheyLeft() {
        assertThat(directory.members("F000010")).filteredOn(member -> "Ottoline".equals(member.get("given_name")))
                .singleElement().satisfies(member -> assertThat(member).containsEntry("family_name", "Featherstonehaugh")
                        .containsEntry("end_date", "2018-12-31"));
        assertThat(directory.members("F000011")).filteredOn(member -> "Ottoline".equals(member.get("given_name")))
                .singleElement().satisfies(member -> assertThat(member).containsEntry("end_date", null));
    }

    @Test
    void filtersAgreeWithTheStoredDecisions() {
        List<FamilySummary> eligible = directory.list(new FamilyFilter(true, null, null, null, null, null, null, null, null, 500, EVERY_FAMILY));
        List<FamilySummary> claimable = directory.list(new FamilyFilter(null, null, null, true, null, null, null, null, null, 500, EVERY_FAMILY));

        assertThat(eligible).isNotEmpty().allMatch(FamilySummary::eligible);
        assertThat(eligible.size()).isEqualTo(count("eligible"));
        assertThat(claimable).allMatch(FamilySummary::claimable);
        assertThat(claimable.size()).isEqualTo(count("claimable"));
        String problem = eligible.get(0).identified().get(0);
        assertThat(directory.list(new FamilyFilter(null, problem, null, null, null, null, null, null, null, 500, EVERY_FAMILY)))
                .isNotEmpty().allMatch(family -> family.identified().contains(problem));
    }

    @Test
    void findsAFamilyByAMembersIdentifierAndShowsItWhole() throws Exception {
        List<String> people = Files.readAllLines(folder.resolve("people.csv"));
        List<String> columns = List.of(people.get(0).split(","));
        String[] child = people.stream().skip(1).map(line -> line.split(",", -1))
                .filter(cells -> !cells[columns.indexOf("upn")].isEmpty()).findFirst().orElseThrow();
        String upn = child[columns.indexOf("upn")];

        List<String> found = directory.search(upn);

        assertThat(found).hasSize(1);
        String familyId = found.get(0);
        assertThat(directory.members(familyId)).extracting(member -> member.get("person_id")).contains(child[0]);
        List<Map<String, Object>> records = directory.records(familyId);
        assertThat(records).isNotEmpty().allSatisfy(record -> assertThat(record).containsKeys("file", "import_id", "line"));
        // the evaluate command's JSON for the family, as it wrote it (jsonb, before V19, gave its keys in an order of its own)
        assertThat(directory.decision(familyId)).startsWith("{\"family_id\":\"" + familyId + "\",\"eligible\":");
        assertThat(directory.search(familyId)).containsExactly(familyId);
        assertThat(directory.search("no-such-identifier")).isEmpty();
    }

    private static boolean begins(Object name, String beginning) {
        return name != null && name.toString().toLowerCase(Locale.ROOT).startsWith(beginning.toLowerCase(Locale.ROOT));
    }

    private long count(String condition) {
        return jdbc.queryForObject("select count(*) from current_decision where " + condition, Long.class);
    }
}
