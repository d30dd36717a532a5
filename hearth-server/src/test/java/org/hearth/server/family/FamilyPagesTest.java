package org.hearth.server.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Allocations;
import org.hearth.server.security.Browser;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Staff;
import org.hearth.server.security.Teams;
import org.hearth.server.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The overview, the list and the family page, over HTTP as each role meets them, on one server holding a generated
 * authority of 60 families evaluated under Southampton's plan: the key worker holds family F000002.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyPagesTest {
    private static final int FAMILIES = 60;

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;
    private long south;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
        south = server.getBean(Teams.class).create("South", "test");
        server.getBean(Users.class).create(new NewUser("second_worker", "A second key worker", Role.KEY_WORKER, south),
                Staff.PASSWORD, "test");
        server.getBean(CohortEvaluation.class).uploadPlan("southampton.yaml", ServerFixture.builtInPlan("southampton"),
                LocalDate.of(2015, 1, 1), "coordinator", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), FAMILIES, 21),
                "coordinator", ImportProgress.NONE);
        server.getBean(Allocations.class).allocate("F000002", "key_worker", staff.team(), "test");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleHasTheOverviewAndTheListOfItsFamilies(Role role) {
        Browser browser = staff.signedIn(role);

        HttpResponse<String> overview = browser.get("/");
        HttpResponse<String> list = browser.get("/families");

        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("Overview", "Decisions as at", "31 March 2019", "southampton", "By problem");
        assertThat(list.statusCode()).isEqualTo(200);
        String families = role == Role.KEY_WORKER || role == Role.MANAGER ? "The family you can see" : "The 60 families you can see";
        assertThat(overview.body()).contains(families);
    }

    @Test
    void anOutcomeThatWaitsForALaterExtractsFiguresSaysSo() {
        Map<String, Object> waiting = jdbc.queryForList("""
                select f.family_id, o->>'outcome_id' as outcome_id from current_decision c
                join family_evaluation f on f.run_id = c.run_id and f.family_id = c.family_id,
                jsonb_array_elements(f.outlook) o
                where (o->>'waits_for_figures')::boolean and o->'earliest_met_on' = 'null'::jsonb
                  and not (o->>'waits_for_sign_off')::boolean
                order by f.family_id limit 1""").stream().findFirst()
                .orElseThrow(() -> new AssertionError("no outcome of the generated authority waits for figures"));

        String page = HtmlUtils.htmlUnescape(staff.signedIn(Role.COORDINATOR).get("/families/" + waiting.get("family_id")).body());

        String row = page.substring(page.indexOf(">" + waiting.get("outcome_id") + "</span>"));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("Waits for figures a later extract brings, reported when a term or period ends")
                .doesNotContain("Not within 12 months");
    }

    @Test
    void aStrangerIsAskedToSignIn() {
        Browser stranger = new Browser(server);

        for (String page : List.of("/", "/families", "/families/F000002")) {
            HttpResponse<String> response = stranger.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/sign-in");
        }
    }

    @Test
    void theOverviewCountsLinkToTheListsTheyCount() {
        String overview = staff.signedIn(Role.COORDINATOR).get("/").body();

        long eligible = jdbc.queryForObject("select count(*) from family_evaluation where eligible", Long.class);
        assertThat(overview).contains("href=\"/families?eligible=true\">" + eligible + "</a>", "href=\"/families?problem=1\"",
                "<svg class=\"hearth-bar\"");
        assertThat(staff.signedIn(Role.COORDINATOR).get("/families?eligible=true").body())
                .contains(eligible == 1 ? "1 family" : eligible + " families");
    }

    @Test
    void aKeyWorkerListsOnlyTheirFamilyAndCannotOpenAnother() {
        Browser keyWorker = staff.signedIn(Role.KEY_WORKER);

        String list = keyWorker.get("/families").body();
        HttpResponse<String> theirs = keyWorker.get("/families/F000002");
        HttpResponse<String> another = keyWorker.get("/families/F000003");
        HttpResponse<String> none = keyWorker.get("/families/NO-SUCH-FAMILY");

        assertThat(list).contains("1 family", "/families/F000002").doesNotContain("/families/F000003");
        assertThat(theirs.statusCode()).isEqualTo(200);
        assertThat(another.statusCode()).as("answered as no family is").isEqualTo(404).isEqualTo(none.statusCode());
        assertThat(keyWorker.get("/families?q=F000003").body()).contains("No family you can see matches");
        assertThat(keyWorker.get("/families?q=F000002").body()).contains("Families matching", "/families/F000002");
        assertThat(jdbc.queryForList("select action from audit_entry where username = 'key_worker' and subject = 'F000003'",
                String.class)).containsExactly("family refused");
    }

    @Test
    void theFamilyPageShowsItsDecisionsAndEveryRecordWithItsProvenance() {
        HttpResponse<String> page = staff.signedIn(Role.AUDITOR).get("/families/F000002");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Family F000002", "Decisions as at", "on the data of", "evaluation run", "Members",
                "Problems and progress", "Outcomes of problem", "Records held", "line ", "govuk-details",
                "id=\"records-problem-1\"", "id=\"records-problem-6\"",
                "href=\"/families/F000002/answers\"", "Key worker's answers", "Allocated to <span>A key worker (key_worker)</span>");
        assertThat(page.body()).as("only a coordinator allocates").doesNotContain("Reallocate");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = 'auditor' and action = 'family viewed'"
                + " and subject = 'F000002'", Long.class)).isPositive();
    }

    @Test
    void theListIsPagedAfterTheLastFamilyOfThePageBefore() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        String first = coordinator.get("/families").body();
        String second = coordinator.get("/families?after=F000050").body();

        assertThat(first).contains("60 families", "/families/F000050", "href=\"/families?after=F000050\"", "Next page")
                .doesNotContain("/families/F000051\"");
        assertThat(second).contains("/families/F000051", "/families/F000060", "First page").doesNotContain("Next page")
                .doesNotContain("/families/F000050\"");
    }

    @Test
    void aCoordinatorFindsAFamilyByAMembersNameAndSeesItsMembersNames() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        Map<String, Object> member = server.getBean(FamilyDirectory.class).members("F000002").get(0);
        String given = (String) member.get("given_name");
        String family = (String) member.get("family_name");

        String found = coordinator.get("/families?q=" + URLEncoder.encode(family.toUpperCase(Locale.ROOT) + ", " + given,
                StandardCharsets.UTF_8)).body();
        String page = coordinator.get("/families/F000002").body();
        String json = coordinator.get("/api/families/F000002").body();

        assertThat(coordinator.get("/families").body()).contains("a member's name (Smith, Jo Smith or Smith, Jo)");
        assertThat(found).contains("Families matching", "href=\"/families/F000002\"");
        assertThat(page).contains("<th scope=\"col\" class=\"govuk-table__header\">Name</th>",
                ">" + HtmlUtils.htmlEscape(given + " " + family) + "</td>");
        assertThat(json).contains("\"given_name\":\"" + given + "\"", "\"family_name\":\"" + family + "\"");
    }

    @Test
    void aCoordinatorReallocatesAFamilyAndTheHistoryIsKept() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        HttpResponse<String> first = coordinator.submit("/families/F000005", "/families/F000005/allocation",
                Map.of("keyWorker", "key_worker"));
        HttpResponse<String> second = coordinator.submit("/families/F000005", "/families/F000005/allocation",
                Map.of("keyWorker", "second_worker"));

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location").orElseThrow()).endsWith("/families/F000005?allocated");
        assertThat(coordinator.get("/families/F000005?allocated").body()).contains("Family F000005 allocated to A second key worker",
                "Allocated to <span>A second key worker (second_worker)</span>", "team <span>South</span>", "Every allocation");
        assertThat(jdbc.queryForList("select key_worker || ' ' || (ended_at is null) from family_allocation"
                + " where family_id = 'F000005' order by id", String.class))
                .containsExactly("key_worker false", "second_worker true");
        assertThat(jdbc.queryForList("select username from audit_entry where action = 'family allocated' and subject = 'F000005'",
                String.class)).containsExactly("coordinator", "coordinator");
        assertThat(coordinator.get("/families?keyWorker=second_worker").body()).contains("1 family", "/families/F000005");
        assertThat(coordinator.get("/families?team=" + south).body()).contains("1 family", "/families/F000005");
        assertThat(staff.signedIn("second_worker").get("/families/F000005").statusCode()).isEqualTo(200);
        assertThat(staff.signedIn(Role.KEY_WORKER).get("/families/F000005").statusCode()).isEqualTo(404);
    }

    @Test
    void onlyACoordinatorAllocatesAndAnAllocationNeedsAKeyWorker() {
        HttpResponse<String> byManager = staff.signedIn(Role.MANAGER).submit("/families/F000002", "/families/F000002/allocation",
                Map.of("keyWorker", "key_worker"));
        HttpResponse<String> nobody = staff.signedIn(Role.COORDINATOR).submit("/families/F000009",
                "/families/F000009/allocation", Map.of("keyWorker", ""));

        assertThat(byManager.statusCode()).isEqualTo(403);
        assertThat(nobody.statusCode()).isEqualTo(200);
        assertThat(nobody.body()).contains("There is a problem", "Choose the key worker to allocate the family to");
        assertThat(jdbc.queryForObject("select count(*) from family_allocation where family_id = 'F000009'", Long.class)).isZero();
    }

    @Test
    void aFamilysOffencesAreShownUnderCrimeOnItsPageAndInItsJson() throws Exception {
        String family = jdbc.queryForObject("""
                select min(m.family_id) from stored_row o
                join stored_row m on m.ended_by is null and m.file = 'memberships.csv' and m.person_id = o.person_id
                where o.ended_by is null and o.file = 'offences.csv'""", String.class);
        Browser auditor = staff.signedIn(Role.AUDITOR);

        String page = auditor.get("/families/" + family).body();
        JsonNode records = new ObjectMapper().readTree(auditor.get("/api/families/" + family).body()).get("records");

        String crime = page.substring(page.indexOf("id=\"records-problem-1\""), page.indexOf("id=\"records-problem-2\""));
        assertThat(crime).contains("offences.csv (");
        assertThat(page.substring(page.indexOf("id=\"records-problem-2\""))).doesNotContain("offences.csv (");
        assertThat(records).isNotEmpty().allSatisfy(record -> assertThat(record.has("read_by_problems")).isTrue());
        assertThat(records).filteredOn(record -> record.get("file").asText().equals("offences.csv")).isNotEmpty()
                .allSatisfy(offence -> assertThat(offence.get("read_by_problems").toString()).isEqualTo("[\"1\"]"));
    }
}
