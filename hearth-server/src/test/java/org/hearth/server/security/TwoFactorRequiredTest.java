package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.hearth.server.HearthServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code HEARTH_TWO_FACTOR=required}, beside an identity provider: a local user without a second factor sets one up
 * after their password, before anything else; it cannot be turned off; HTTP Basic takes no local user; and someone
 * signing in through the provider is not asked (their provider asks for its own second factor).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoFactorRequiredTest {
    private static final String PASSWORD = Staff.PASSWORD;

    @TempDir
    static Path temp;

    private StubIdentityProvider provider;
    private ConfigurableApplicationContext server;

    @BeforeAll
    void start() {
        provider = new StubIdentityProvider();
        server = HearthServer.start(provider.serverArguments(temp.resolve("hearth"), "--HEARTH_TWO_FACTOR=required"));
        Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
        provider.close();
    }

    @Test
    void aLocalUserWithoutASecondFactorSetsOneUpBeforeReachingAnythingElse() {
        Browser browser = new Browser(server);
        browser.signIn("coordinator", PASSWORD);

        for (String page : List.of("/", "/families", "/imports")) {
            assertThat(location(browser.get(page))).as(page).contains(CodeSignInController.PATH);
        }
        assertThat(location(browser.get(CodeSignInController.PATH))).endsWith(TwoFactorController.PATH);
        assertThat(browser.get("/api/families").statusCode()).isEqualTo(401);
        String setUpPage = words(browser.get(TwoFactorController.PATH).body());
        assertThat(setUpPage).contains("must set up a second factor before going on", "<svg class=\"hearth-qr-code\"")
                .doesNotContain("A coordinator");

        AuthenticatorApp app = AuthenticatorApp.setUp(browser);

        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(browser.get("/").body()).contains("A coordinator");
        assertThat(app.recoveryCodes()).doesNotHaveDuplicates();
    }

    @Test
    void theSecondFactorCannotBeTurnedOffWhenRequired() {
        Browser browser = new Browser(server);
        browser.signIn("auditor", PASSWORD);
        AuthenticatorApp app = AuthenticatorApp.setUp(browser);

        String page = words(browser.get(TwoFactorController.PATH).body());
        HttpResponse<String> off = browser.submit(TwoFactorController.PATH, TwoFactorController.PATH + "/off",
                Map.of("code", app.code(1)));

        assertThat(page).contains("must have a second factor here").doesNotContain("Turn off");
        assertThat(off.statusCode()).isEqualTo(403);
        assertThat(server.getBean(SecondFactors.class).has("auditor")).isTrue();
    }

    @Test
    void httpBasicTakesNoLocalUserWhenEveryOneMustHaveASecondFactor() {
        HttpResponse<String> script = new Browser(server).getAs("/api/families", "manager", PASSWORD);

        assertThat(script.statusCode()).isEqualTo(401);
        assertThat(script.body()).contains("HTTP Basic cannot carry");
    }

    @Test
    void someoneSigningInThroughTheProviderIsNotAskedForACode() {
        Browser browser = new ProviderSignIn(provider).signedIn(server, "key_worker");

        HttpResponse<String> home = browser.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("A key worker").doesNotContain("Two-factor sign-in");
        assertThat(browser.get(TwoFactorController.PATH).body()).contains("Your organisation's sign-in asks for");
    }

    /** The page's text with every run of white space as one space, as a person reads it. */
    private static String words(String page) {
        return page.replaceAll("\\s+", " ");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(no redirect: " + response.statusCode() + ")");
    }
}
