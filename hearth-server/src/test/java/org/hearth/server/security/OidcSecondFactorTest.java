package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.hearth.server.HearthServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An authority that asks its identity provider's sign-ins to show a second factor ({@code HEARTH_OIDC_MFA_AMR=mfa,hwk}):
 * an ID token whose {@code amr} names one of those signs in; one that names a password alone, or no methods at all,
 * is refused, told why on the sign-in page, and audited with the methods it named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSecondFactorTest {
    @TempDir
    static Path temp;

    private StubIdentityProvider provider;
    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;

    @BeforeAll
    void start() {
        provider = new StubIdentityProvider();
        server = HearthServer.start(provider.serverArguments(temp.resolve("hearth"), "--HEARTH_OIDC_MFA_AMR=mfa, hwk"));
        jdbc = server.getBean(JdbcTemplate.class);
        Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
        provider.close();
    }

    @Test
    void aTokenShowingASecondFactorSignsIn() {
        for (List<String> methods : List.of(List.of("pwd", "mfa"), List.of("hwk"))) {
            Browser browser = new Browser(server);
            provider.signsIn("auditor", methods);

            new ProviderSignIn(provider).follow(browser);

            assertThat(browser.get("/").statusCode()).as(methods.toString()).isEqualTo(200);
        }
    }

    @Test
    void aPasswordAloneOrNoMethodsAtAllIsRefusedToldWhyAndAudited() {
        for (List<String> methods : java.util.Arrays.asList(List.of("pwd"), null)) {
            Browser browser = new Browser(server);
            provider.signsIn("manager", methods);

            HttpResponse<String> refused = new ProviderSignIn(provider).follow(browser);

            assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
                    .endsWith("/sign-in?second-factor-missing"));
            assertThat(browser.get("/").statusCode()).as("nothing signed in").isEqualTo(302);
            assertThat(browser.get("/sign-in?second-factor-missing").body())
                    .contains("signed you in without a second factor");
            assertThat(jdbc.queryForObject("select detail from audit_entry where subject = 'manager' "
                    + "and action = 'sign-in refused' order by id desc limit 1", String.class))
                    .contains("without a second factor", methods == null ? "amr is absent" : "amr is [pwd]",
                            "HEARTH_OIDC_MFA_AMR asks for one of");
        }
    }
}
