package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * {@code HEARTH_LOCAL_SIGN_IN=off}: the identity provider is the only way in; no password is taken anywhere, and a
 * user is made without one. This provider names no sign-out endpoint, so signing out ends Hearth's session alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderOnlySignInTest {
    @TempDir
    static Path temp;

    private StubIdentityProvider provider;
    private ConfigurableApplicationContext server;

    @BeforeAll
    void start() {
        provider = StubIdentityProvider.withoutSignOut();
        server = HearthServer.start(provider.serverArguments(temp.resolve("hearth"), "--HEARTH_LOCAL_SIGN_IN=off"));
        Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
        provider.close();
    }

    @Test
    void theSignInPageOffersOnlyTheProvider() {
        String page = new Browser(server).get("/sign-in").body();

        assertThat(page).contains("Sign in with your organisation&#39;s account").doesNotContain("type=\"password\"");
    }

    @Test
    void neitherTheFormNorBasicCredentialsTakeAPassword() {
        Browser browser = new Browser(server);

        browser.post("/sign-in", Map.of("username", "coordinator", "password", Staff.PASSWORD,
                "_csrf", browser.scriptToken("/sign-in")));
        HttpResponse<String> script = new Browser(server).getAs("/api/no-such-thing", "coordinator", Staff.PASSWORD);

        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(script.statusCode()).isEqualTo(401);
    }

    @Test
    void theProviderSignsIn() {
        Browser browser = new ProviderSignIn(provider).signedIn(server, "coordinator");

        assertThat(browser.get("/").body()).contains("A coordinator");
    }

    @Test
    void signingOutWhereTheProviderNamesNoSignOutEndsHearthsSessionAlone() {
        Browser browser = new ProviderSignIn(provider).signedIn(server, "auditor");

        HttpResponse<String> signedOut = browser.submit("/", "/sign-out", Map.of());

        assertThat(ProviderSignIn.location(signedOut).toString()).doesNotContain(provider.issuer())
                .endsWith("/sign-in?signed-out");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(browser.get("/sign-in").headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }

    @Test
    void anAdministratorAddsAUserWithoutAPasswordWhoSignsInThroughTheProvider() {
        Browser admin = new ProviderSignIn(provider).signedIn(server, "administrator");
        assertThat(admin.get("/admin/users").body()).contains("they need no", "password: Hearth takes none")
                .doesNotContain("First password", "name=\"password\"");

        HttpResponse<String> added = admin.submit("/admin/users", "/admin/users", Map.of("username",
                "jo.bloggs@council.example", "displayName", "Jo Bloggs", "role", "AUDITOR"));

        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("?added=jo.bloggs@council.example");
        JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'jo.bloggs@council.example'",
                String.class)).isNull();
        assertThat(jdbc.queryForObject("select detail from audit_entry where subject = 'jo.bloggs@council.example' "
                + "and action = 'user created'", String.class)).isEqualTo("role auditor, no password");
        assertThat(new ProviderSignIn(provider).signedIn(server, "jo.bloggs@council.example").get("/").body())
                .contains("Jo Bloggs");
    }

    @Test
    void aUserMadeWithoutAPasswordIsRefusedEveryPasswordWhenPasswordsAreTurnedOnAgainUntilOneIsSet() {
        Path dataDir = temp.resolve("turned on again");
        try (ConfigurableApplicationContext providerOnly = HearthServer.start(
                provider.serverArguments(dataDir, "--HEARTH_LOCAL_SIGN_IN=off"))) {
            providerOnly.getBean(Users.class).create(new NewUser("jo", "Jo", Role.AUDITOR, null), null, "test");
        }
        try (ConfigurableApplicationContext both = HearthServer.start(provider.serverArguments(dataDir))) {
            Users users = both.getBean(Users.class);

            assertThat(new Browser(both).signIn("jo", "").headers().firstValue("Location").orElseThrow()).endsWith("?error");
            assertThat(new Browser(both).signIn("jo", Staff.PASSWORD).headers().firstValue("Location").orElseThrow())
                    .endsWith("?error");
            assertThat(new Browser(both).getAs("/api/families", "jo", "").statusCode()).isEqualTo(401);
            assertThat(both.getBean(JdbcTemplate.class).queryForList("select action from audit_entry where subject = 'jo' "
                    + "and action like 'sign-in%' order by id", String.class)).as("refused as a wrong password is")
                    .containsExactly("sign-in failed", "sign-in failed", "sign-in failed");
            assertThatThrownBy(() -> users.create(new NewUser("kim", "Kim", Role.AUDITOR, null), null, "test"))
                    .isInstanceOfSatisfying(InvalidUserException.class, refused -> assertThat(refused.problems())
                            .containsOnlyKeys("password"));
            assertThat(new ProviderSignIn(provider).signedIn(both, "jo").get("/").statusCode())
                    .as("the provider still signs them in").isEqualTo(200);

            users.changePassword("jo", Staff.PASSWORD, "test");

            assertThat(new Browser(both).signIn("jo", Staff.PASSWORD).headers().firstValue("Location").orElseThrow())
                    .doesNotContain("sign-in?");
        }
    }

    @Test
    void passwordsCannotBeTurnedOffWithoutAProvider() {
        assertThatThrownBy(() -> HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("none"), "--server.port=0",
                "--HEARTH_EMBEDDED_FSYNC=off", "--HEARTH_LOCAL_SIGN_IN=off"))
                .hasStackTraceContaining("HEARTH_LOCAL_SIGN_IN=off needs an identity provider");
    }
}
