package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.HearthServer;
import org.hearth.server.ServerFixture;
import org.hearth.server.demo.DemoProgramme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Break-glass access on the demo's programme, with grants that last 4 seconds: a north key worker opens a south
 * family by giving a reason, reads its page and its JSON but cannot change it or find it in their lists, the south
 * manager sees who and why on the family's page and their worklist, everything is audited, and when the grant expires
 * the family is answered as no family again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BreakGlassTest {
    private static final String REASON = "Police called about the children tonight; the south team is unreachable";

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Map<String, String> passwords;
    private JdbcTemplate jdbc;
    private String southFamily;

    @BeforeAll
    void startTheDemoProgramme() {
        server = HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("hearth"), "--server.port=0",
                "--HEARTH_EMBEDDED_FSYNC=off", "--HEARTH_REVIEW_DATE=" + SyntheticAuthority.DATA_END,
                "--hearth.breakglass.duration=4s");
        passwords = DemoProgramme.setUp(server, ServerFixture.authority(temp.resolve("data"), 200, 2015)).stream()
                .collect(Collectors.toMap(DemoProgramme.DemoUser::username, DemoProgramme.DemoUser::password));
        jdbc = server.getBean(JdbcTemplate.class);
        southFamily = jdbc.queryForObject("select min(family_id) from family_allocation where key_worker = 'worker1.south' "
                + "and ended_at is null", String.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aKeyWorkerOpensAnotherTeamsFamilyForAWhileWithAReasonTheManagerSees() throws Exception {
        Browser worker = signedIn("worker1.north");
        assertThat(worker.get("/families/" + southFamily).statusCode()).isEqualTo(404);

        HttpResponse<String> tooShort = worker.submit("/break-glass", "/break-glass", Map.of("familyId", southFamily,
                "reason", "urgent"));
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("Say why you need to open this family, in 10 to 1000 characters");
        HttpResponse<String> unknown = worker.submit("/break-glass", "/break-glass", Map.of("familyId", "F-NO-SUCH",
                "reason", REASON));
        assertThat(unknown.body()).contains("Enter the id of a family Hearth holds");
        assertThat(jdbc.queryForObject("select count(*) from break_glass_access", Long.class)).isZero();

        HttpResponse<String> opened = worker.submit("/break-glass", "/break-glass", Map.of("familyId", southFamily,
                "reason", REASON));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/families/" + southFamily + "?break-glass");
        HttpResponse<String> page = worker.get("/families/" + southFamily);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("You are reading this family under break-glass access", REASON);
        assertThat(worker.get("/api/families/" + southFamily).statusCode()).isEqualTo(200);
        assertThat(worker.get("/api/families?size=500").body()).as("lists show only the families they see")
                .doesNotContain(southFamily);
        assertThat(worker.get("/families/" + southFamily + "/answers").statusCode()).isEqualTo(404);
        assertThat(worker.submit("/break-glass", "/families/" + southFamily + "/answers",
                Map.of("question", "x", "answer", "true", "evidence", "y")).statusCode()).as("reading, not changing")
                .isEqualTo(404);

        Browser manager = signedIn("manager.south");
        assertThat(manager.get("/families/" + southFamily).body()).contains("Break-glass access", "worker1.north", REASON);
        assertThat(manager.get("/worklist").body()).contains("Break-glass access to your team&#39;s families", southFamily,
                REASON);
        assertThat(signedIn("manager.north").get("/worklist").body()).doesNotContain(REASON);

        List<Map<String, Object>> audited = jdbc.queryForList("select action, subject, detail from audit_entry "
                + "where username = 'worker1.north' and subject = ? order by id", southFamily);
        assertThat(audited).extracting(row -> row.get("action")).containsSubsequence("family refused",
                "break-glass access", "family viewed");
        assertThat(audited.stream().filter(row -> row.get("action").equals("break-glass access")).findFirst().orElseThrow()
                .get("detail").toString()).endsWith(": " + REASON);

        Thread.sleep(4_500);
        assertThat(worker.get("/families/" + southFamily).statusCode()).as("the grant has expired").isEqualTo(404);
    }

    @Test
    void someoneWhoSeesTheFamilyAlreadyGoesStraightToItWithNoGrant() {
        Browser coordinator = signedIn("coordinator");
        HttpResponse<String> opened = coordinator.submit("/break-glass", "/break-glass", Map.of("familyId", southFamily,
                "reason", REASON));
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/families/" + southFamily);
        assertThat(jdbc.queryForObject("select count(*) from break_glass_access where username = 'coordinator'", Long.class))
                .isZero();
    }

    private Browser signedIn(String username) {
        Browser browser = new Browser(server);
        browser.signIn(username, passwords.get(username));
        return browser;
    }
}
