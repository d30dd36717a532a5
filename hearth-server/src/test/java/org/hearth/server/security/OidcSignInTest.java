package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.hearth.server.HearthServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Signing in through an identity provider (a {@link StubIdentityProvider} on a local port), over real HTTP, beside
 * passwords: the provider proves who someone is, and Hearth's own users decide who may come in and as what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInTest {
    @TempDir
    static Path temp;

    private StubIdentityProvider provider;
    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;

    @BeforeAll
    void start() {
        provider = new StubIdentityProvider();
        server = HearthServer.start(provider.serverArguments(temp.resolve("hearth"), "--HEARTH_OIDC_NAME=Test Council"));
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
        provider.close();
    }

    @Test
    void theSignInPageOffersTheProviderBesideThePasswordForm() {
        String page = new Browser(server).get("/sign-in").body();

        assertThat(page).contains("href=\"/oauth2/authorization/hearth\"", "Sign in with Test Council",
                "Or sign in with a Hearth password", "type=\"password\"");
    }

    @Test
    void aKnownUserSignsInThroughTheProviderToASessionLikeAPasswordOne() {
        Browser browser = new Browser(server);
        provider.signsIn("Key_Worker");

        HttpResponse<String> signedIn = signInThroughProvider(browser);
        HttpResponse<String> home = browser.get("/");

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("A key worker", "Sign out");
        assertThat(home.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.contentSecurityPolicy(Optional.of(provider.issuer())));
        assertThat(browser.get("/admin/users").statusCode()).as("a key worker's role").isEqualTo(403);
        assertThat(browser.post("/api/no-such-thing", Map.of()).statusCode()).as("no CSRF token").isEqualTo(403);
        assertThat(browser.post("/api/no-such-thing", Map.of(), "X-CSRF-TOKEN", browser.scriptToken("/")).statusCode())
                .isEqualTo(404);
        assertThat(jdbc.queryForMap("select username, action, detail from audit_entry where subject = 'key_worker' "
                + "order by id desc limit 1")).containsEntry("username", "key_worker").containsEntry("action", "sign-in")
                .containsEntry("detail", "by the identity provider");
    }

    @Test
    void aUserNamedByTheirEmailAddressSignsInWhateverItsCase() {
        server.getBean(Users.class).create(new NewUser("jo.bloggs@council.example", "Jo Bloggs", Role.AUDITOR, null),
                Staff.PASSWORD, "test");
        Browser browser = new Browser(server);
        provider.signsIn("Jo.Bloggs@Council.example");

        signInThroughProvider(browser);

        assertThat(browser.get("/").body()).contains("Jo Bloggs");
    }

    @Test
    void aNameHearthDoesNotKnowIsRefusedAndNothingIsSignedIn() {
        Browser browser = new Browser(server);
        provider.signsIn("stranger@council.example");

        HttpResponse<String> refused = signInThroughProvider(browser);

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?refused"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(browser.get("/sign-in?refused").body()).contains("Hearth has no user for the account you signed in with");
        assertThat(jdbc.queryForList("select action from audit_entry where subject = 'stranger@council.example'", String.class))
                .containsExactly("sign-in refused");
    }

    @Test
    void anIdTokenWithoutTheUsernameClaimIsRefused() {
        Browser browser = new Browser(server);
        provider.signsIn(null);

        HttpResponse<String> refused = signInThroughProvider(browser);

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?refused"));
        assertThat(jdbc.queryForMap("select action, detail from audit_entry where subject = 'subject-null'"))
                .containsEntry("action", "sign-in refused")
                .containsEntry("detail", "the identity provider's ID token has no preferred_username claim");
    }

    @Test
    void aDisabledUserIsRefused() {
        Users users = server.getBean(Users.class);
        users.create(new NewUser("left", "Left", Role.COORDINATOR, null), Staff.PASSWORD, "test");
        users.disable("left", "test");
        Browser browser = new Browser(server);
        provider.signsIn("left");

        HttpResponse<String> refused = signInThroughProvider(browser);

        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?refused"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForList("select action from audit_entry where subject = 'left' order by id", String.class))
                .containsExactly("user created", "user disabled", "sign-in refused");
    }

    @Test
    void anIdTokenSignedByAKeyTheProviderDoesNotPublishIsRefused() {
        Browser browser = new Browser(server);
        provider.signsInWithAnotherKey("coordinator");

        HttpResponse<String> failed = signInThroughProvider(browser);

        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/sign-in?provider-failed"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(browser.get("/sign-in?provider-failed").body()).contains("Signing in with your organisation");
        assertThat(jdbc.queryForMap("select username, action, detail from audit_entry where subject = ? order by id desc limit 1",
                provider.issuer())).containsEntry("action", "sign-in failed").containsEntry("detail", "invalid_id_token");
    }

    @Test
    void aSessionMadeThroughTheProviderEndsWhenItsUserIsDisabled() {
        server.getBean(Users.class).create(new NewUser("leaving", "Leaving", Role.AUDITOR, null), Staff.PASSWORD, "test");
        Browser browser = new Browser(server);
        provider.signsIn("leaving");
        signInThroughProvider(browser);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        server.getBean(Users.class).disable("leaving", "test");

        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void aPasswordStillSignsInBesideTheProvider() {
        assertThat(staff.signedIn(Role.MANAGER).get("/").body()).contains("A manager");
    }

    @Test
    void signingOutOfASessionMadeThroughTheProviderSignsOutThereTooAndComesBackToTheSignInPage() {
        Browser browser = new ProviderSignIn(provider).signedIn(server, "auditor");

        URI endSession = ProviderSignIn.location(browser.submit("/", "/sign-out", Map.of()));

        assertThat(endSession.toString()).startsWith(provider.issuer() + "/logout?");
        assertThat(StubIdentityProvider.form(endSession.getRawQuery()))
                .containsEntry("id_token_hint", provider.idTokenOf("auditor"))
                .containsEntry("post_logout_redirect_uri", "http://localhost:" + port() + "/sign-in?signed-out");
        assertThat(browser.get("/").statusCode()).as("Hearth's session, ended").isEqualTo(302);
        URI back = new ProviderSignIn(provider).atProvider(endSession);
        assertThat(browser.get(back.getRawPath() + "?" + back.getRawQuery()).body()).contains("You have signed out");
    }

    @Test
    void signingOutOfAPasswordSessionStaysWithHearth() {
        Browser browser = staff.signedIn(Role.MANAGER);

        URI signedOut = ProviderSignIn.location(browser.submit("/", "/sign-out", Map.of()));

        assertThat(signedOut.toString()).doesNotContain(provider.issuer()).endsWith("/sign-in?signed-out");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    private String port() {
        return server.getEnvironment().getProperty("local.server.port");
    }

    private HttpResponse<String> signInThroughProvider(Browser browser) {
        return new ProviderSignIn(provider).follow(browser);
    }
}
