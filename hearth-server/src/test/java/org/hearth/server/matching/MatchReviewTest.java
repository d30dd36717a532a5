package org.hearth.server.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hearth.io.matching.ReviewDecision;
import org.hearth.io.matching.ReviewDecisions;
import org.hearth.io.matching.ReviewQueueFile;
import org.hearth.server.ServerFixture;
import org.hearth.server.security.Browser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The matching review queue over HTTP, as a coordinator and an auditor meet it: hearth link's review.csv queued whole
 * (and not twice), a pair shown side by side with each field's part in the weight, decided once, and the decisions
 * downloaded as the file hearth link --decisions reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchReviewTest {
    /** Two pairs as hearth link writes them: Jon and John Smith, one day apart; Amy Jones and Amy Jones-Patel. */
    private static final String REVIEW = String.join(",", ReviewQueueFile.header()) + "\n"
            + "police-2019,P7,cin-census-2019,C3,4.1200,0.9450,no identifier shared,Jon,John,Smith,Smith,,,"
            + "2009-04-03,2009-03-04,male,male,SE1 1AA,SE1 1AA,,,,,,,,,"
            + "given_name: nickname (m 0.1000 u 0.0100 weight +3.32 tf +0.00); date_of_birth: day and month transposed "
            + "(m 0.0200 u 0.0010 weight +4.32 tf +0.00)\n"
            + "school-census-2019,S9,health-2019,H2,2.0500,0.8050,no identifier shared,Amy,Amy,Jones,Jones-Patel,,,"
            + "2011-01-01,2011-01-01,female,female,SE2 2BB,SE2 9ZZ,,,,,,,,,family_name: one part of a double name "
            + "(m 0.0500 u 0.0050 weight +3.32 tf +0.10)\n";

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Staff staff;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        staff = Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aCoordinatorQueuesThePairsDecidesOneAndDownloadsTheDecisionsForHearthLink() throws Exception {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        HttpResponse<String> queued = coordinator.upload("/matching", "/matching", Map.of(), "file",
                Map.of("review.csv", REVIEW.getBytes(StandardCharsets.UTF_8)));
        assertThat(queued.statusCode()).isEqualTo(302);
        assertThat(queued.headers().firstValue("Location").orElseThrow()).endsWith("/matching?added=2&held=0");
        HttpResponse<String> again = coordinator.upload("/matching", "/matching", Map.of(), "file",
                Map.of("review.csv", REVIEW.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.headers().firstValue("Location").orElseThrow()).as("held already").endsWith("?added=0&held=2");

        String queue = HtmlUtils.htmlUnescape(coordinator.get("/matching").body());
        assertThat(queue).contains("2 pairs await review.");
        assertThat(queue.indexOf("police-2019 P7")).as("the heavier pair first")
                .isLessThan(queue.indexOf("health-2019 H2"));
        long jon = pairId("P7");
        String pair = HtmlUtils.htmlUnescape(coordinator.get("/matching/" + jon).body());
        assertThat(pair).contains("Jon", "John", "2009-04-03", "2009-03-04", "date_of_birth: day and month transposed",
                "no identifier shared");

        String unanswered = HtmlUtils.htmlUnescape(coordinator.submit("/matching/" + jon, "/matching/" + jon + "/decision",
                Map.of()).body());
        assertThat(unanswered).contains("There is a problem", "Select whether the two records are the same person");
        HttpResponse<String> decided = coordinator.submit("/matching/" + jon, "/matching/" + jon + "/decision",
                Map.of("decision", "same", "note", "Same school and address; the dates are day and month swapped"));
        assertThat(decided.headers().firstValue("Location").orElseThrow()).endsWith("/matching/" + jon + "?decided");
        assertThat(coordinator.submit("/matching/" + jon, "/matching/" + jon + "/decision", Map.of("decision", "different"))
                .statusCode()).as("decided once").isEqualTo(409);

        Path file = temp.resolve("review_decisions.csv");
        Files.write(file, coordinator.getBytes("/matching/decisions.csv").body());
        List<ReviewDecision> decisions = List.copyOf(ReviewDecisions.read(file).all());
        assertThat(decisions).singleElement().satisfies(decision -> {
            assertThat(decision.accepted()).isTrue();
            assertThat(decision.decidedBy()).isEqualTo(Role.COORDINATOR.code());
            assertThat(List.of(decision.a().sourcePersonId(), decision.b().sourcePersonId())).containsExactly("C3", "P7");
        });
        assertThatThrownBy(() -> server.getBean(JdbcTemplate.class).update(
                "update match_review set decision = 'rejected' where id = ?", jon))
                .as("the database keeps a decision as made").isInstanceOf(DataAccessException.class)
                .hasMessageContaining("a decision is never changed");

        Browser auditor = staff.signedIn(Role.AUDITOR);
        assertThat(auditor.get("/matching/" + jon).body()).contains("Decided by").doesNotContain("Record the decision");
    }

    @Test
    void aFileThatIsNotAReviewQueueIsRefusedWholeNamingTheLineAndField() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        String bad = String.join(",", ReviewQueueFile.header()) + "\n"
                + "police-2019,P8,cin-census-2019,C4,heavy,0.5,x" + ",".repeat(21) + "\n";

        String page = HtmlUtils.htmlUnescape(coordinator.upload("/matching", "/matching", Map.of(), "file",
                Map.of("bad.csv", bad.getBytes(StandardCharsets.UTF_8))).body());

        assertThat(page).contains("There is a problem", "The file was not queued", "bad.csv", "match_weight",
                "'heavy' is not a number");
        assertThat(server.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from match_review where person_a = 'P8' or person_b = 'P8'", Long.class)).isZero();
    }

    private long pairId(String person) {
        return server.getBean(JdbcTemplate.class).queryForObject(
                "select id from match_review where person_a = ? or person_b = ?", Long.class, person, person);
    }
}
