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

/**
 * {@code HEARTH_LOCAL_SIGN_IN=off}: the identity provider is the only way in; no password is taken anywhere. This
 * provider names no sign-out endpoint, so signing out ends Hearth's session alone.
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
        Browser browser = new Browser(server);
        provider.signsIn("coordinator");

        new ProviderSignIn(provider).follow(browser);

        assertThat(browser.get("/").body()).contains("A coordinator");
    }

    @Test
    void signingOutWhereTheProviderNamesNoSignOutEndsHearthsSessionAlone() {
        Browser browser = new Browser(server);
        provider.signsIn("auditor");
        new ProviderSignIn(provider).follow(browser);

        HttpResponse<String> signedOut = browser.submit("/", "/sign-out", Map.of());

        assertThat(ProviderSignIn.location(signedOut).toString()).doesNotContain(provider.issuer())
                .endsWith("/sign-in?signed-out");
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(browser.get("/sign-in").headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.CONTENT_SECURITY_POLICY);
    }

    @Test
    void passwordsCannotBeTurnedOffWithoutAProvider() {
        assertThatThrownBy(() -> HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("none"), "--server.port=0",
                "--HEARTH_EMBEDDED_FSYNC=off", "--HEARTH_LOCAL_SIGN_IN=off"))
                .hasStackTraceContaining("HEARTH_LOCAL_SIGN_IN=off needs an identity provider");
    }
}
