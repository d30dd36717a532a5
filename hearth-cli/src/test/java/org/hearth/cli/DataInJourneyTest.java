package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.io.Population;
import org.hearth.io.canonical.CanonicalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data-in stage end to end, as an analyst runs it (docs/data-in.md): a school census attendance extract and a DWP
 * benefits match ingested, linked into one canonical folder (the pupil and the claimant at one address, one family),
 * and screened under Southwark's plan: the family is on the worklist for its school attendance (2A: 20% of sessions
 * missed over the last three full terms, summer 2018 to spring 2019) and worklessness (4A: on Jobseeker's Allowance on
 * the day).
 */
class DataInJourneyTest {
    private static final String DWP_MAPPING = """
            provider: DWP data match
            record: benefits
            date_format: yyyy-MM-dd
            record_id: ClaimId
            person:
              source_person_id: NINO
              ni_number: NINO
              given_name: Forename
              family_name: Surname
              date_of_birth: DOB
              postcode: Postcode
              address: Address
            columns:
              benefit: Benefit
              start_date: ClaimStart
              end_date: ClaimEnd
              claim_type: ClaimType
              work_related_conditions: WorkRelatedConditions
            codes:
              benefit:
                JSA: jobseekers_allowance
              claim_type:
                S: single
            """;

    @TempDir
    Path work;

    @Test
    void ingestLinkAndScreenFindTheFamilyAcrossTwoSources() throws IOException {
        List<String> staged = stagedSchoolAndDwp();

        Path canonical = work.resolve("canonical");
        CommandRun linked = CommandRun.of(args(staged, "link", "--out", canonical.toString()));
        assertThat(linked.code()).as(linked.err()).isZero();
        assertThat(linked.err()).contains("into 2 persons", "1 families");
        Population population = CanonicalReader.read(canonical);
        FamilyTimeline family = population.timelines().get(0);
        assertThat(family.memberships()).extracting(Membership::role)
                .containsExactlyInAnyOrder(Role.CHILD, Role.PARENT_CARER);

        Path worklist = work.resolve("worklist.csv");
        CommandRun screened = CommandRun.of("screen", "--plan", "southwark", "--data", canonical.toString(), "--as-of",
                "2019-03-31", "--out", worklist.toString());
        assertThat(screened.code()).as(screened.err()).isZero();
        List<String> rows = Files.readAllLines(worklist);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).startsWith(family.familyId() + ",,,2,2;4,2:2A;4:4A,2,1,");
        assertThat(screened.err()).contains("the sources it was made from", "school_census", "DWP data match");
    }

    @Test
    void aCoordinatorsCompositionDecisionsCorrectTheFamilyAndAWrongFileIsRefusedByItsLine() throws IOException {
        List<String> staged = stagedSchoolAndDwp();
        Path first = work.resolve("first");
        assertThat(CommandRun.of(args(staged, "link", "--out", first.toString())).code()).isZero();
        FamilyTimeline family = CanonicalReader.read(first).timelines().get(0);
        String chris = family.memberships().stream().filter(member -> member.role() == Role.PARENT_CARER)
                .findFirst().orElseThrow().personId();
        Path decisions = Files.writeString(work.resolve("composition_decisions.csv"), """
                decision_id,family_id,person_id,change,role,parenting_responsibility,from,decided_by,decided_on,note
                1,%s,%s,role,other_adult,false,2019-03-25,coordinator,2019-04-01,Alex's uncle: his mother lives elsewhere
                """.formatted(family.familyId(), chris));

        Path canonical = work.resolve("canonical");
        CommandRun linked = CommandRun.of(args(staged, "link", "--out", canonical.toString(), "--compositions",
                decisions.toString()));

        assertThat(linked.code()).as(linked.err()).isZero();
        assertThat(linked.err()).contains("1 composition decisions applied");
        assertThat(CanonicalReader.read(canonical).timelines().get(0).memberships())
                .filteredOn(member -> member.personId().equals(chris))
                .extracting(Membership::role, Membership::start)
                .containsExactly(tuple(Role.PARENT_CARER, LocalDate.of(2019, 3, 20)),
                        tuple(Role.OTHER_ADULT, LocalDate.of(2019, 3, 25)));

        Files.writeString(decisions, """
                decision_id,family_id,person_id,change,role,parenting_responsibility,from,decided_by,decided_on,note
                1,%s,%s,leaves,other_adult,,2019-03-25,coordinator,2019-04-01,
                """.formatted(family.familyId(), chris));
        Path refusedOut = work.resolve("refused");
        CommandRun refused = CommandRun.of(args(staged, "link", "--out", refusedOut.toString(), "--compositions",
                decisions.toString()));

        assertThat(refused.code()).as("input rejected").isEqualTo(1);
        assertThat(refused.err()).contains("composition_decisions.csv:2:5: role: leaves gives no role");
        assertThat(Files.exists(refusedOut)).isFalse();
    }

    /** The school census and a DWP extract staged, as hearth ingest writes them. */
    private List<String> stagedSchoolAndDwp() throws IOException {
        Path school = Files.writeString(work.resolve("attendance.csv"), """
                UPN,Surname,Forename,DOB,Sex,Postcode,Address,URN,AcademicYear,Term,SessionsPossible,SessionsAuthorised,SessionsUnauthorised
                R201234515001,Testperson,Alex,14/05/2008,M,ZZ99 9ZZ,1 Test Street,100001,2017/18,SUM,120,0,24
                R201234515001,Testperson,Alex,14/05/2008,M,ZZ99 9ZZ,1 Test Street,100001,2018/19,AUT,120,0,24
                R201234515001,Testperson,Alex,14/05/2008,M,ZZ99 9ZZ,1 Test Street,100001,2018/19,SPR,120,0,24
                """);
        Path dwp = Files.writeString(work.resolve("benefits.csv"), """
                ClaimId,NINO,Forename,Surname,DOB,Postcode,Address,Benefit,ClaimStart,ClaimEnd,ClaimType,WorkRelatedConditions
                C-1,JG103759A,Chris,Testperson,1980-02-01,ZZ99 9ZZ,"1 Test Street,",JSA,2018-01-08,,S,
                """);
        Path mapping = Files.writeString(work.resolve("dwp.yaml"), DWP_MAPPING);

        CommandRun schoolRun = CommandRun.of("ingest", "--kind", "school_census", "--source", "school-census-2019",
                "--read-on", "2019-03-01", "--out", work.resolve("staged/school").toString(), school.toString());
        CommandRun dwpRun = CommandRun.of("ingest", "--kind", "agency", "--mapping", mapping.toString(), "--source",
                "dwp-2019-03", "--read-on", "2019-03-20", "--out", work.resolve("staged/dwp").toString(), dwp.toString());
        assertThat(schoolRun.code()).as(schoolRun.err()).isZero();
        assertThat(dwpRun.code()).as(dwpRun.err()).isZero();
        return List.of(work.resolve("staged/school").toString(), work.resolve("staged/dwp").toString());
    }

    /** The command's words, then the staged folders. */
    private static String[] args(List<String> staged, String... words) {
        return Stream.concat(Stream.of(words), staged.stream()).toArray(String[]::new);
    }
}
