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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing in and what it opens, as a browser and a script meet it over HTTP, on one server with a user of each role.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {
    static final String PASSWORD = Staff.PASSWORD;

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;

    @BeforeAll
    void start() {
        server = HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("hearth"), "--server.port=0", "--HEARTH_EMBEDDED_FSYNC=off");
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aPageAsksAStrangerToSignInAndTheApiAnswers401WithoutAChallenge() {
        Browser stranger = new Browser(server);

        HttpResponse<String> page = stranger.get("/admin/users");
        HttpResponse<String> api = stranger.get("/api/evaluations");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in"));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void healthTheSignInPageAndTheDesignSystemArePublic() {
        Browser stranger = new Browser(server);

        for (String path : new String[] {"/api/health", "/sign-in", "/govuk/govuk-frontend.min.css",
                "/govuk/govuk-frontend.min.js", "/hearth/hearth.js", "/hearth/hearth.css", "/assets/images/favicon.ico"}) {
            assertThat(stranger.get(path).statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theRightPasswordSignsInAndTheHomePageSaysWho() {
        Browser browser = new Browser(server);

        HttpResponse<String> signIn = browser.signIn("key_worker", PASSWORD);
        HttpResponse<String> home = browser.get("/");

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("A key worker", "key worker", "Sign out");
    }

    @Test
    void aWrongPasswordDoesNotSignIn() {
        Browser browser = new Browser(server);

        HttpResponse<String> signIn = browser.signIn("coordinator", "not the password");

        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?error"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(browser.get("/sign-in?error").body()).contains("Enter a correct username and password");
    }

    @Test
    void theSixthAttemptAfterFiveFailuresIsRefusedEvenWithTheRightPassword() {
        server.getBean(Users.class).create(new NewUser("guessed", "Guessed", Role.COORDINATOR, null), PASSWORD, "test");
        Browser attacker = new Browser(server);
        for (int attempt = 1; attempt <= SignInThrottle.ATTEMPTS; attempt++) {
            assertThat(attacker.signIn("guessed", "guess " + attempt).headers().firstValue("Location").orElseThrow())
                    .endsWith("/sign-in?error");
        }

        HttpResponse<String> sixth = new Browser(server).signIn("guessed", PASSWORD);

        assertThat(sixth.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?locked"));
        assertThat(new Browser(server).get("/sign-in?locked").body())
                .contains("too many failed attempts to sign in with this username. Try again in 15 minutes");
        assertThat(new Browser(server).getAs("/api/anything", "guessed", PASSWORD).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForList("select action from audit_entry where subject = 'guessed' order by id", String.class))
                .containsExactly("user created", "sign-in failed", "sign-in failed", "sign-in failed", "sign-in failed",
                        "sign-in failed", "sign-in refused", "sign-in refused");

        jdbc.update("update sign_in_throttle set locked_until = now() - interval '1 second' where username = 'guessed'");
        assertThat(new Browser(server).signIn("guessed", PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("sign-in?");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        Browser admin = signedIn(Role.ADMINISTRATOR);

        HttpResponse<String> forged = admin.post("/admin/users", Map.of("username", "forged", "displayName", "Forged",
                "role", "ADMINISTRATOR", "password", PASSWORD));
        HttpResponse<String> signOut = admin.post("/sign-out", Map.of());

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(signOut.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'forged'", Long.class)).isZero();
        assertThat(admin.get("/").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsSecureHttpOnlyAndSameSite() {
        Browser browser = new Browser(server);
        HttpResponse<String> signIn = browser.signIn("auditor", PASSWORD);
        HttpResponse<String> page = browser.get("/");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        assertThat(signIn.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("; Secure", "; HttpOnly", "; SameSite=Lax"));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAnAdministratorReachesTheUsersPage(Role role) {
        HttpResponse<String> users = signedIn(role).get("/admin/users");

        assertThat(users.statusCode()).isEqualTo(role == Role.ADMINISTRATOR ? 200 : 403);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void thoseWhoRunCheckOrAdministerTheProgrammeReadImportsAndPlansAndOnlyACoordinatorAddsThem(Role role) {
        Browser browser = signedIn(role);

        for (String page : new String[] {"/imports", "/plans"}) {
            HttpResponse<String> response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(role.readsImportsAndPlans() ? 200 : 403);
            if (role.readsImportsAndPlans()) {
                assertThat(response.body().contains("type=\"file\"")).as(page).isEqualTo(role == Role.COORDINATOR);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void theHeaderLinksToThePagesTheRoleMayUse(Role role) {
        String home = signedIn(role).get("/").body();

        assertThat(home).contains("href=\"/families\"");
        assertThat(home.contains("href=\"/imports\"")).isEqualTo(role.readsImportsAndPlans());
        assertThat(home.contains("href=\"/admin/users\"")).isEqualTo(role.managesUsers());
        assertThat(home.contains("href=\"/admin/audit\"")).isEqualTo(role.readsAuditLog());
    }

    @Test
    void anAdministratorAddsAUserWhoCanThenSignIn() {
        Browser admin = signedIn(Role.ADMINISTRATOR);

        HttpResponse<String> added = admin.submit("/admin/users", "/admin/users", Map.of("username", "newcomer",
                "displayName", "New Comer", "role", "AUDITOR", "teamId", "", "password", PASSWORD));

        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/users").body()).contains("newcomer", "New Comer");
        assertThat(new Browser(server).signIn("newcomer", PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("sign-in?");
        assertThat(jdbc.queryForMap("select username, action from audit_entry where subject = 'newcomer' order by id limit 1"))
                .containsEntry("username", username(Role.ADMINISTRATOR)).containsEntry("action", "user created");
    }

    @Test
    void aUserTheFormCannotAcceptIsShownEveryProblem() {
        Browser admin = signedIn(Role.ADMINISTRATOR);

        HttpResponse<String> refused = admin.submit("/admin/users", "/admin/users", Map.of("username", "Not Valid",
                "displayName", "", "role", "KEY_WORKER", "teamId", "", "password", "short"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem", "Enter a username", "Enter the person&#39;s name",
                "Choose the team of this key worker", "Enter a password of 12 to 72 characters");
    }

    @Test
    void aScriptSignsInToTheApiWithBasicCredentialsAndNoSessionAndNeedsNoCsrfToken() {
        HttpResponse<String> right = new Browser(server).getAs("/api/no-such-thing", "coordinator", PASSWORD);
        HttpResponse<String> wrong = new Browser(server).getAs("/api/no-such-thing", "coordinator", "wrong password!");
        HttpResponse<String> posted = new Browser(server).postAs("/api/no-such-thing", "coordinator", PASSWORD);

        assertThat(right.statusCode()).isEqualTo(404);
        assertThat(right.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(posted.statusCode()).isEqualTo(404);
    }

    @Test
    void aSignedInBrowserReachesTheApiAndPostsThereOnlyWithTheTokenItsPageGives() {
        Browser browser = signedIn(Role.COORDINATOR);

        HttpResponse<String> read = browser.get("/api/no-such-thing");
        HttpResponse<String> forged = browser.post("/api/no-such-thing", Map.of());
        HttpResponse<String> posted = browser.post("/api/no-such-thing", Map.of(), "X-CSRF-TOKEN", browser.scriptToken("/"));

        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(posted.statusCode()).isEqualTo(404);
    }

    @Test
    void aChangedPasswordReplacesTheOldOne() {
        Users users = server.getBean(Users.class);
        users.create(new NewUser("forgetful", "Forgetful", Role.AUDITOR, null), PASSWORD, "test");

        users.changePassword("forgetful", "a new long passphrase", username(Role.ADMINISTRATOR));

        assertThat(new Browser(server).signIn("forgetful", PASSWORD).headers().firstValue("Location").orElseThrow())
                .endsWith("?error");
        assertThat(new Browser(server).signIn("forgetful", "a new long passphrase").headers().firstValue("Location")
                .orElseThrow()).doesNotContain("sign-in?");
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'forgetful'", String.class))
                .startsWith("{bcrypt}$2a$10$");
        assertThat(jdbc.queryForList("select action from audit_entry where subject = 'forgetful' order by id", String.class))
                .containsExactly("user created", "password changed", "sign-in failed", "sign-in");
    }

    @Test
    void aDisabledUsersSessionEndsAtItsNextRequest() {
        server.getBean(Users.class).create(new NewUser("leaver", "Leaver", Role.COORDINATOR, null), PASSWORD, "test");
        Browser leaver = new Browser(server);
        leaver.signIn("leaver", PASSWORD);
        assertThat(leaver.get("/").statusCode()).isEqualTo(200);

        server.getBean(Users.class).disable("leaver", username(Role.ADMINISTRATOR));

        assertThat(leaver.get("/").statusCode()).isEqualTo(302);
        assertThat(leaver.signIn("leaver", PASSWORD).headers().firstValue("Location").orElseThrow()).endsWith("?error");
    }

    @Test
    void theAuditLogIsForAdministratorsAndAuditors() {
        assertThat(signedIn(Role.AUDITOR).get("/admin/audit").body()).contains("Audit log", "user created");
        assertThat(signedIn(Role.ADMINISTRATOR).get("/admin/audit/chain").body()).contains("are as they were written");
        assertThat(signedIn(Role.MANAGER).get("/admin/audit").statusCode()).isEqualTo(403);
    }

    private Browser signedIn(Role role) {
        return staff.signedIn(role);
    }

    private static String username(Role role) {
        return role.code();
    }
}
