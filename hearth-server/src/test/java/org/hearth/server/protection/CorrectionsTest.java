package org.hearth.server.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.claims.ClaimBatches;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rectification and erasure as the information governance duties need them, on an authority with claims: a request
 * changes nothing until a second coordinator approves it; a value the data format refuses is refused when asked, naming
 * the column; an approved correction ends the record as rectified, adds the corrected one under an import of its own,
 * evaluates the family again and flags the claim and the decision that rested on it; an approved erasure leaves nothing
 * about the person but the audit log's account of it, while the claim keeps its frozen evidence and is flagged; a
 * refusal needs a reason; a flag is reviewed once, with a note.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectionsTest {
    private static final CurrentUser ASKS = new CurrentUser("cory", "Cory Coordinator", Role.COORDINATOR, null);
    private static final CurrentUser APPROVES = new CurrentUser("cass", "Cass Coordinator", Role.COORDINATOR, null);
    private static final CurrentUser AUDITS = new CurrentUser("aud", "Audrey Auditor", Role.AUDITOR, null);
    private static final String REASON = "The birth certificate seen at the home visit gives another date";

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private CorrectionRequests requests;
    private Corrections corrections;
    private CorrectionReviews reviews;
    private List<String> claimed;

    @BeforeAll
    void aProgrammeWithClaims() {
        server = ServerFixture.offline(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        requests = server.getBean(CorrectionRequests.class);
        corrections = server.getBean(Corrections.class);
        reviews = server.getBean(CorrectionReviews.class);
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "cory", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 200, 2015), "cory",
                ImportProgress.NONE);
        Users users = server.getBean(Users.class);
        users.create(new NewUser("cory", "Cory Coordinator", Role.COORDINATOR, null), "a long enough password", "admin");
        users.create(new NewUser("cass", "Cass Coordinator", Role.COORDINATOR, null), "a long enough password", "admin");
        users.create(new NewUser("aud", "Audrey Auditor", Role.AUDITOR, null), "a long enough password", "admin");
        ClaimBatches batches = server.getBean(ClaimBatches.class);
        claimed = batches.candidates(ASKS).stream().limit(3).map(ClaimBatches.Candidate::familyId).toList();
        batches.prepare(ASKS, LocalDate.of(2019, 1, 1), SyntheticAuthority.DATA_END, claimed);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void anApprovedCorrectionEndsTheRecordAddsTheCorrectedOneEvaluatesTheFamilyAndFlagsItsClaim() {
        String family = claimed.get(0);
        String person = members(family).get(0);
        Map<String, Object> held = jdbc.queryForMap("""
                select id, fields->>'date_of_birth' as born, source from stored_row
                where ended_by is null and file = 'people.csv' and row_key = ?""", person);
        String corrected = LocalDate.parse((String) held.get("born")).plusDays(1).toString();
        long runBefore = currentRun(family);

        long id = requests.requestRectification(ASKS, family, "people.csv", person, Map.of("date_of_birth", corrected,
                "given_name", jdbc.queryForObject("select fields->>'given_name' from stored_row where id = ?", String.class,
                        held.get("id"))), REASON);
        assertThat(requests.get(id).corrections()).as("only the value that changes").containsExactly(
                Map.entry("date_of_birth", corrected));
        assertThat(jdbc.queryForObject("select fields->>'date_of_birth' from stored_row where ended_by is null "
                + "and file = 'people.csv' and row_key = ?", String.class, person))
                .as("nothing changes until it is approved").isEqualTo(held.get("born"));
        assertThatThrownBy(() -> corrections.approve(ASKS, id, "")).isInstanceOf(InvalidCorrectionException.class)
                .hasMessage("A second person decides a request: you asked for this one");

        assertThatThrownBy(() -> corrections.approve(APPROVES, id, "x".repeat(2001))).isInstanceOf(InvalidCorrectionException.class)
                .hasMessage("Say what you checked in up to 2,000 characters");
        Corrections.Approved approved = corrections.approve(APPROVES, id, "Checked against the certificate");
        Map<String, Object> ended = jdbc.queryForMap("select ended_by, end_reason from stored_row where id = ?", held.get("id"));
        assertThat(ended).isEqualTo(Map.of("ended_by", approved.importId(), "end_reason", "rectified"));
        Map<String, Object> now = jdbc.queryForMap("""
                select fields->>'date_of_birth' as born, source, import_id, line from stored_row
                where ended_by is null and file = 'people.csv' and row_key = ?""", person);
        assertThat(now.get("born")).isEqualTo(corrected);
        assertThat(now.get("source")).as("the source's next extract still replaces it").isEqualTo(held.get("source"));
        assertThat(now.get("import_id")).isEqualTo(approved.importId());
        assertThat(now.get("line")).as("made in Hearth, on no file's line").isNull();
        assertThat(jdbc.queryForObject("select folder from data_import where id = ?", String.class, approved.importId()))
                .isEqualTo("rectification of request " + id);

        long runAfter = currentRun(family);
        assertThat(runAfter).isGreaterThan(runBefore);
        assertThat(jdbc.queryForMap("select reason, data_import_id from evaluation_run where id = ?", runAfter))
                .isEqualTo(Map.of("reason", "correction", "data_import_id", approved.importId()));

        long claim = jdbc.queryForObject("select id from claim where family_id = ?", Long.class, family);
        assertThat(reviews.ofClaim(claim)).singleElement().satisfies(flag -> {
            assertThat(flag.requestId()).isEqualTo(id);
            assertThat(flag.reviewed()).isFalse();
        });
        assertThat(reviews.ofFamily(family)).extracting(CorrectionReviews.Review::claimId, CorrectionReviews.Review::evaluationRun)
                .contains(org.assertj.core.groups.Tuple.tuple(null, runBefore));
        assertThat(requests.get(id).state()).isEqualTo(CorrectionRequest.State.APPROVED);

        List<Map<String, Object>> trail = jdbc.queryForList("""
                select username, action, detail from audit_entry where action like 'rectification%' and detail like ?
                order by id""", "request " + id + "%");
        assertThat(trail).extracting(entry -> entry.get("username") + " " + entry.get("action"))
                .containsExactly("cory rectification requested", "cass rectification approved");
        assertThat(trail).allSatisfy(entry -> assertThat((String) entry.get("detail")).contains(REASON)
                .as("values are the person's data, and the audit log is never changed").doesNotContain(corrected));
    }

    @Test
    void aValueTheFormatRefusesIsRefusedWhenAskedNamingTheColumnAndNothingIsStored() {
        String family = claimed.get(1);
        String person = members(family).get(0);
        long before = jdbc.queryForObject("select count(*) from correction_request", Long.class);
        assertThatThrownBy(() -> requests.requestRectification(ASKS, family, "people.csv", person,
                Map.of("date_of_birth", "2012-02-30"), REASON))
                .isInstanceOfSatisfying(InvalidCorrectionException.class, e -> {
                    assertThat(e.field()).isEqualTo("date_of_birth");
                    assertThat(e.getMessage()).startsWith("The corrected record would not be valid: ")
                            .contains("date_of_birth", "2012-02-30");
                });
        assertThatThrownBy(() -> requests.requestRectification(ASKS, family, "people.csv", person,
                Map.of("person_id", "P999999-9"), REASON))
                .isInstanceOfSatisfying(InvalidCorrectionException.class, e -> assertThat(e.field()).isEqualTo("person_id"));
        assertThatThrownBy(() -> requests.requestRectification(ASKS, family, "people.csv", person,
                Map.of("date_of_birth", "2012-02-01"), "too short"))
                .isInstanceOfSatisfying(InvalidCorrectionException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> requests.requestRectification(ASKS, family, "people.csv", "P-NOT-A-MEMBER",
                Map.of("date_of_birth", "2012-02-01"), REASON)).isInstanceOf(InvalidCorrectionException.class)
                .hasMessage("The family holds no current record P-NOT-A-MEMBER in people.csv");
        assertThat(jdbc.queryForObject("select count(*) from correction_request", Long.class)).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from stored_row where end_reason = 'rectified' and file = 'people.csv' "
                + "and row_key = ?", Long.class, person)).as("the trial was undone").isZero();
    }

    @Test
    void aRefusalSaysWhyAndChangesNothing() {
        String family = claimed.get(1);
        String person = members(family).get(0);
        long id = requests.requestRectification(ASKS, family, "people.csv", person, Map.of("given_name", "Corrected"), REASON);
        assertThatThrownBy(() -> corrections.refuse(APPROVES, id, " ")).isInstanceOf(InvalidCorrectionException.class);
        corrections.refuse(APPROVES, id, "The certificate shows the name held is right");
        assertThat(requests.get(id).state()).isEqualTo(CorrectionRequest.State.REFUSED);
        assertThat(jdbc.queryForObject("select fields->>'given_name' from stored_row where ended_by is null "
                + "and file = 'people.csv' and row_key = ?", String.class, person)).isNotEqualTo("Corrected");
        assertThatThrownBy(() -> corrections.approve(APPROVES, id, "")).isInstanceOf(InvalidCorrectionException.class)
                .hasMessageContaining("is not awaiting approval");
    }

    @Test
    void anApprovedErasureLeavesNothingAboutThePersonButTheAuditLogsAccountAndTheClaimsFrozenEvidence() {
        String family = claimed.get(2);
        // A mother, when the family has one, so that her children's rows name her.
        List<String> mothers = jdbc.queryForList("""
                select distinct p.fields->>'mother_id' from stored_row m
                join stored_row p on p.ended_by is null and p.file = 'people.csv' and p.row_key = m.person_id
                where m.ended_by is null and m.file = 'memberships.csv' and m.family_id = ? and p.fields->>'mother_id' <> ''
                order by 1""", String.class, family);
        String person = mothers.stream().filter(members(family)::contains).findFirst().orElse(members(family).get(0));
        long claim = jdbc.queryForObject("select id from claim where family_id = ?", Long.class, family);
        String evidence = jdbc.queryForObject("select evidence from claim where id = ?", String.class, claim);
        assertThat(jdbc.queryForObject("select count(*) from stored_row where person_id = ?", Long.class, person)).isPositive();

        long naming = jdbc.queryForObject("""
                insert into data_import (started_by, folder, status, finished_at, error_count, errors)
                values ('cory', 'an extract refused', 'rejected', now(), 1, array[?]) returning id""", Long.class,
                "memberships.csv line 7: person_id " + person + " has two memberships on 2016-04-01");

        long id = requests.requestErasure(ASKS, family, person, "The person asked for erasure on 1 December; approved by IG");
        Corrections.Approved approved = corrections.approve(APPROVES, id, "");

        assertThat(jdbc.queryForObject("select count(*) from stored_row where person_id = ? or (file = 'people.csv' and "
                + "row_key = ?)", Long.class, person, person)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from stored_row where ended_by is null and fields->>'mother_id' = ?",
                Long.class, person)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from worker_answer where person_id = ?", Long.class, person)).isZero();
        assertThat(jdbc.queryForObject("select errors is null from data_import where id = ?", Boolean.class, naming))
                .as("a rejected import's errors quoting the person").isTrue();
        assertThat(jdbc.queryForObject("""
                select count(*) from family_evaluation fe where family_id = ?
                  and not exists (select 1 from current_decision d where d.run_id = fe.run_id and d.family_id = fe.family_id)
                  and not exists (select 1 from claim c where c.evaluation_run_id = fe.run_id and c.family_id = fe.family_id)""",
                Long.class, family)).as("no evaluation explains the family with the person's records but those kept")
                .isZero();
        assertThat(jdbc.queryForObject("select reason from evaluation_run where id = ?", String.class, currentRun(family)))
                .isEqualTo("correction");
        assertThat(jdbc.queryForObject("select evidence from claim where id = ?", String.class, claim))
                .as("the claim's evidence is frozen until its own retention ends").isEqualTo(evidence);
        assertThat(reviews.ofClaim(claim)).extracting(CorrectionReviews.Review::requestId).containsExactly(id);
        assertThatThrownBy(() -> server.getBean(SubjectAccess.class).produce(ASKS, person)).isInstanceOf(HearthException.class)
                .hasMessageStartingWith("Hearth holds no one with the id " + person);
        assertThat(jdbc.queryForMap("select username, subject from audit_entry where action = 'erasure approved' "
                + "and detail like ?", "request " + id + " %")).isEqualTo(Map.of("username", "cass", "subject", person));
        assertThat(approved.families()).contains(family);

        CorrectionReviews.Review flag = reviews.ofClaim(claim).get(0);
        assertThatThrownBy(() -> reviews.review(AUDITS, family, flag.id(), "  ")).isInstanceOf(InvalidCorrectionException.class);
        reviews.review(AUDITS, family, flag.id(), "The claim stands: the other members' progress is unchanged");
        assertThat(reviews.ofClaim(claim).get(0).reviewedBy()).isEqualTo("aud");
        assertThatThrownBy(() -> reviews.review(AUDITS, family, flag.id(), "again")).isInstanceOf(InvalidCorrectionException.class)
                .hasMessageContaining("not awaiting review");
    }

    private List<String> members(String family) {
        return jdbc.queryForList("""
                select person_id from stored_row where ended_by is null and file = 'memberships.csv' and family_id = ?
                order by person_id""", String.class, family);
    }

    private long currentRun(String family) {
        return jdbc.queryForObject("select run_id from current_decision where family_id = ?", Long.class, family);
    }
}
