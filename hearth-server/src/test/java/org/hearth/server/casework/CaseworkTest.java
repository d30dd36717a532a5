package org.hearth.server.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.engine.HearthException;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.io.Population;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.ingest.StoredData;
import org.hearth.server.security.Allocations;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Teams;
import org.hearth.server.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A key worker answers one of Southwark's questions (6.5: is the family attending the health appointments it
 * needs?) with evidence; nothing changes until the manager of the family's team signs it off; then the answer is
 * a worker_assessments row of Hearth's own, the family is evaluated again and the outcome is met, citing it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseworkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate REVIEW = SyntheticAuthority.DATA_END;

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Answers answers;
    private SignOff signOff;
    private FamilyDirectory directory;
    private CurrentUser kim;
    private CurrentUser mo;
    private CurrentUser otherManager;
    private String family;
    private String otherFamily;

    @BeforeAll
    void aProgrammeWithTwoTeams() throws Exception {
        server = ServerFixture.offline(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        answers = server.getBean(Answers.class);
        signOff = server.getBean(SignOff.class);
        directory = server.getBean(FamilyDirectory.class);
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "coordinator", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 150, 12), "coordinator",
                ImportProgress.NONE);
        Teams teams = server.getBean(Teams.class);
        long north = teams.create("North", "admin");
        long south = teams.create("South", "admin");
        Users users = server.getBean(Users.class);
        users.create(new NewUser("kim", "Kim Key", Role.KEY_WORKER, north), "a long enough password", "admin");
        users.create(new NewUser("mo", "Mo Manager", Role.MANAGER, north), "a long enough password", "admin");
        users.create(new NewUser("sam", "Sam Manager", Role.MANAGER, south), "a long enough password", "admin");
        kim = new CurrentUser("kim", "Kim Key", Role.KEY_WORKER, north);
        mo = new CurrentUser("mo", "Mo Manager", Role.MANAGER, north);
        otherManager = new CurrentUser("sam", "Sam Manager", Role.MANAGER, south);
        List<String> withHealth = jdbc.queryForList("""
                select family_id from current_decision where identified @> array['6'] order by family_id""", String.class);
        assertThat(withHealth).as("families identified with problem 6 (health)").hasSizeGreaterThan(1);
        family = withHealth.get(0);
        otherFamily = withHealth.get(1);
        server.getBean(Allocations.class).allocate(family, "kim", north, "coordinator");
        assertThat(outcome("6.5").path("met").asBoolean()).isFalse();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void anAnswerCountsOnlyOnceItsManagerSignsItOff() throws Exception {
        long id = answers.record(kim, new NewAnswer(family, null, "6.5", true,
                "Attended the dentist and the GP with both children (letters seen)", REVIEW.minusDays(10)));
        assertThat(outcome("6.5").path("met").asBoolean()).as("not counted before sign-off").isFalse();
        assertThat(answers.awaiting(otherManager)).as("another team's manager").isEmpty();
        assertThat(answers.awaiting(mo)).extracting(Answer::id).contains(id);
        assertThatThrownBy(() -> signOff.signOff(otherManager, id)).isInstanceOf(HearthException.class)
                .hasMessageContaining("manager of the family's team");

        Long run = signOff.signOff(mo, id);

        JsonNode outcome = outcome("6.5");
        assertThat(outcome.path("met").asBoolean()).isTrue();
        assertThat(outcome.path("cited").toString()).contains("worker_assessments/HEARTH-WA-" + id);
        assertThat(jdbc.queryForMap("select reason, family_id from evaluation_run where id = ?", run))
                .containsEntry("reason", "sign_off").containsEntry("family_id", family);
        assertThat(answers.get(id).state()).isEqualTo(Answer.State.SIGNED_OFF);
        Map<String, Object> row = jdbc.queryForMap("""
                select source, fields->>'signed_off_by' as by, fields->>'signed_off_on' as on_day from stored_row
                where file = 'worker_assessments.csv' and row_key = ?""", "HEARTH-WA-" + id);
        assertThat(row).containsEntry("source", "Hearth").containsEntry("by", "mo").containsEntry("on_day", REVIEW.toString());
        assertThatThrownBy(() -> signOff.signOff(mo, id)).hasMessageContaining("already signed off");
        assertThat(jdbc.queryForList("select action from audit_entry", String.class))
                .contains("answer recorded", "answer signed off");
        // The answer's row has no line of any file: the whole authority, read back, holds it all the same.
        Population held = server.getBean(TransactionTemplate.class).execute(status -> server.getBean(StoredData.class).held());
        assertThat(held.records()).extracting(TimelineRecord::recordId).contains("HEARTH-WA-" + id);
    }

    @Test
    void aReturnedAnswerStaysWithItsReasonAndCountsForNothing() throws Exception {
        long id = answers.record(kim, new NewAnswer(family, null, "6.5", false, "No appointments kept", REVIEW.minusDays(3)));

        answers.returnToWorker(mo, id, "Check with the GP surgery first");

        Answer returned = answers.get(id);
        assertThat(returned.state()).isEqualTo(Answer.State.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Check with the GP surgery first");
        assertThat(jdbc.queryForObject("select count(*) from stored_row where row_key = ?", Long.class, "HEARTH-WA-" + id)).isZero();
    }

    @Test
    void onlyTheFamilysKeyWorkerAnswersAndOnlyThePlansQuestions() {
        assertThatThrownBy(() -> answers.record(kim, new NewAnswer(otherFamily, null, "6.5", true, "x", REVIEW)))
                .isInstanceOf(HearthException.class).hasMessageContaining("only the family's key worker");
        assertThatThrownBy(() -> answers.record(kim, new NewAnswer(family, null, "9.9", null, " ", REVIEW.plusDays(1))))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .containsKeys("question", "answer", "evidence", "assessedOn"));
    }

    private JsonNode outcome(String outcomeId) throws Exception {
        for (JsonNode problem : JSON.readTree(directory.decision(family)).path("problems")) {
            for (JsonNode outcome : problem.path("outcomes")) {
                if (outcome.path("id").asText().equals(outcomeId)) {
                    return outcome;
                }
            }
        }
        throw new AssertionError("no outcome " + outcomeId + " in the decision of " + family);
    }
}
