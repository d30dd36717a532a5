package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.hearth.server.HearthServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ending a user's sessions everywhere: by the user themselves (after a lost or shared device), or by an
 * administrator. Every session of theirs begun before ends at its next request, on any device; other users' sessions
 * and a later sign-in are untouched; each is audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignOutEverywhereTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;

    @BeforeAll
    void start() {
        server = HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("hearth"), "--server.port=0",
                "--HEARTH_EMBEDDED_FSYNC=off");
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aKeyWorkerSigningOutEverywhereEndsTheirSessionsOnEveryDeviceAndNoOneElses() {
        Browser office = staff.signedIn("key_worker");
        Browser phone = staff.signedIn("key_worker");
        Browser colleague = staff.signedIn("manager");
        Browser laptop = new Browser(server);
        laptop.get("/sign-in");

        HttpResponse<String> signedOut = office.submit("/", "/sign-out-everywhere", Map.of());

        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/sign-in?signed-out");
        assertThat(office.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/sign-in");
        assertThat(phone.get("/").headers().firstValue("Location")).as("the other device")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
        assertThat(colleague.get("/").statusCode()).as("another user").isEqualTo(200);
        assertThat(staff.signedIn("key_worker").get("/").statusCode()).as("signed in afresh").isEqualTo(200);
        laptop.signIn("key_worker", Staff.PASSWORD);
        assertThat(laptop.get("/").statusCode()).as("signed in afterwards on a sign-in page opened before").isEqualTo(200);
        assertThat(audited("key_worker")).isEqualTo("key_worker: signed out everywhere");
    }

    @Test
    void anAdministratorEndsAUsersSessionsFromTheUsersPage() {
        Browser auditor = staff.signedIn("auditor");
        Browser admin = staff.signedIn("administrator");

        HttpResponse<String> ended = admin.submit("/admin/users", "/admin/users/auditor/end-sessions", Map.of());

        assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/admin/users?sessions-ended=auditor");
        assertThat(admin.get("/admin/users?sessions-ended=auditor").body()).contains("Every session of auditor ended");
        assertThat(auditor.get("/").headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
        assertThat(admin.get("/").statusCode()).as("the administrator's own session").isEqualTo(200);
        assertThat(audited("auditor")).isEqualTo("administrator: by an administrator");
        assertThat(admin.submit("/admin/users", "/admin/users/nobody/end-sessions", Map.of()).statusCode()).isEqualTo(404);
    }

    /** The latest audit entry of sessions ended for the user: who did it and how. */
    private String audited(String username) {
        return jdbc.queryForObject("""
                select username || ': ' || detail from audit_entry where action = 'sessions ended' and subject = ?
                order by id desc limit 1""", String.class, username);
    }
}
