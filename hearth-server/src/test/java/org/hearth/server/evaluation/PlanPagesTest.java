package org.hearth.server.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

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
import org.springframework.jdbc.core.JdbcTemplate;

/** The plans page over HTTP: a coordinator adding a plan version, valid or not (who reads it: SecurityTest). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPagesTest {
    private static final Map<String, String> FIRST_OF_JANUARY_2015 = Map.of("inForceFrom-day", "1", "inForceFrom-month", "1",
            "inForceFrom-year", "2015");

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aCoordinatorAddsAPlanVersionWhichIsThenInForce() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        HttpResponse<String> added = coordinator.upload("/plans", "/plans", FIRST_OF_JANUARY_2015, "file",
                Map.of("southampton.yaml", ServerFixture.builtInPlan("southampton")));

        assertThat(added.statusCode()).isEqualTo(302);
        String sha256 = jdbc.queryForObject("select file_sha256 from plan_version where plan_id = 'southampton'", String.class);
        assertThat(coordinator.get("/plans?added=1").body()).contains("The plan version is held", "southampton version 2018.1",
                sha256, "1 January 2015", "In force on the review date", "31 March 2019");
    }

    @Test
    void aBrokenPlanIsRefusedWithTheValidatorsErrors() {
        String broken = new String(ServerFixture.builtInPlan("southwark"), StandardCharsets.UTF_8)
                .replaceFirst("(?m)^id: .*$", "id: 42");
        long held = jdbc.queryForObject("select count(*) from plan_version", Long.class);

        HttpResponse<String> refused = staff.signedIn(Role.COORDINATOR).upload("/plans", "/plans", FIRST_OF_JANUARY_2015,
                "file", Map.of("broken.yaml", broken.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("There is a problem", "href=\"#file\"", "broken.yaml:", "govuk-file-upload--error");
        assertThat(jdbc.queryForObject("select count(*) from plan_version", Long.class)).isEqualTo(held);
    }

    @Test
    void aPlanNeedsAFileAndARealDate() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        String noFileNoDate = coordinator.upload("/plans", "/plans", Map.of(), "file", Map.of()).body();
        String notARealDate = coordinator.upload("/plans", "/plans", Map.of("inForceFrom-day", "29", "inForceFrom-month", "2",
                "inForceFrom-year", "2019"), "file", Map.of("southwark.yaml", ServerFixture.builtInPlan("southwark"))).body();

        assertThat(noFileNoDate).contains("Select the plan file", "Enter the date the plan is in force from",
                "href=\"#inForceFrom-day\"");
        assertThat(notARealDate).contains("The date the plan is in force from must be a real date", "value=\"29\"");
    }

    @Test
    void onlyACoordinatorAddsAPlan() {
        HttpResponse<String> byAdministrator = staff.signedIn(Role.ADMINISTRATOR).upload("/plans", "/plans",
                FIRST_OF_JANUARY_2015, "file", Map.of("southwark.yaml", ServerFixture.builtInPlan("southwark")));

        assertThat(byAdministrator.statusCode()).isEqualTo(403);
    }
}
