package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.server.ServerFixture;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Browser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A programme's targets as a coordinator sets and withdraws them, by page and API: every mistake named by its field and
 * nothing stored, each change audited, a withdrawn target kept but no longer shown, and which target the report shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TargetsTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Staff staff;
    private JdbcTemplate jdbc;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        staff = Staff.ofEachRole(server);
        jdbc = server.getBean(JdbcTemplate.class);
        Southwark.inForce(server);
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 40, 3), "test",
                ImportProgress.NONE);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("A target the form cannot take: every field's problem named, nothing stored")
    void everyMistakeNamed() {
        long before = targets();
        String page = submit(form("southwark", "lots", "31", "2", "2019", "", "", "", "")).body();
        String reversed = submit(form("southwark", "3000", "1", "4", "2020", "31", "3", "2020", "FMOP")).body();
        String tooMany = submit(form("southwark", "1,000,001", "1", "4", "2015", "31", "3", "2020", "FMOP")).body();
        String unknown = submit(form("sunderland", "0", "1", "4", "2015", "31", "3", "2020", "FMOP")).body();

        assertThat(page).contains("There is a problem", "Enter the number of families as a whole number, such as 3000",
                "The first day of the target&#39;s period must be a real date",
                "Enter the last day of the target&#39;s period",
                "Enter where the target comes from, such as the outcomes plan or the grant letter");
        assertThat(reversed).contains("The last day of the period must be after its first day, 2020-04-01");
        assertThat(tooMany).contains("The number of families must be between 1 and 1,000,000");
        assertThat(unknown).contains("Choose a programme whose plan Hearth holds; &#39;sunderland&#39; is not one",
                "The number of families must be between 1 and 1,000,000");
        assertThat(targets()).isEqualTo(before);
    }

    @Test
    @DisplayName("A target set by the form is stored as typed (3,000 with its comma), shown, and audited")
    void setByTheForm() {
        HttpResponse<String> set = submit(form("southwark", "3,000", "1", "4", "2015", "31", "3", "2020",
                "Families Matter Outcomes Plan"));

        String location = set.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*set=", ""));
        assertThat(location).endsWith("/reports/target?target=" + id + "&set=" + id);
        assertThat(staff.signedIn(Role.AUDITOR).get("/reports/target?target=" + id).body())
                .contains("3,000 families, 1 April 2015 to 31 March 2020", "Families Matter Outcomes Plan");
        assertThat(server.getBean(Targets.class).get(id)).extracting(ProgrammeTarget::families, ProgrammeTarget::startsOn,
                ProgrammeTarget::endsOn, ProgrammeTarget::setBy)
                .containsExactly(3000, LocalDate.of(2015, 4, 1), LocalDate.of(2020, 3, 31), "coordinator");
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'target set' and detail like ? "
                + "order by id desc limit 1", String.class, "target " + id + ":%"))
                .isEqualTo("target " + id + ": 3000 families from 2015-04-01 to 2020-03-31 (Families Matter Outcomes Plan)");
    }

    @Test
    @DisplayName("The API sets a target, or answers 422 with the problems by field")
    void setByTheApi() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        HttpResponse<String> refused = coordinator.postJson("/reports", "/api/reports/targets",
                "{\"plan_id\": \"southwark\", \"families\": 0, \"starts_on\": \"2015-04-01\", \"ends_on\": \"2015-04-01\"}");
        HttpResponse<String> set = coordinator.postJson("/reports", "/api/reports/targets",
                "{\"plan_id\": \"southwark\", \"families\": 700, \"starts_on\": \"2015-01-01\", "
                        + "\"ends_on\": \"2016-03-31\", \"basis\": \"Stronger Families Outcomes Plan\"}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"families\":\"The number of families must be between 1 and 1,000,000\"",
                "\"ends_on\":\"The last day of the period must be after its first day, 2015-04-01\"",
                "\"basis\"");
        assertThat(set.statusCode()).isEqualTo(201);
        assertThat(set.body()).contains("\"families\":700", "\"starts_on\":\"2015-01-01\"", "\"plan_id\":\"southwark\"");
    }

    @Test
    @DisplayName("A withdrawn target is kept, with who withdrew it and why, but no longer listed or shown; withdrawing "
            + "needs a reason")
    void withdrawn() {
        long id = server.getBean(Targets.class).set(new NewTarget("southwark", 120, LocalDate.of(2016, 4, 1),
                LocalDate.of(2017, 3, 31), "A typing slip"), "coordinator").id();
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        String noReason = coordinator.submit("/reports/target", "/reports/targets/" + id + "/withdrawal",
                Map.of("reason", " ")).body();
        HttpResponse<String> withdrawn = coordinator.submit("/reports/target", "/reports/targets/" + id + "/withdrawal",
                Map.of("reason", "Typed 120 for 1,200"));

        assertThat(noReason).contains("There is a problem", "Enter why the target is withdrawn");
        assertThat(withdrawn.headers().firstValue("Location").orElseThrow()).endsWith("/reports/target?withdrawn=" + id);
        assertThat(coordinator.get("/reports/target?target=" + id).statusCode()).isEqualTo(404);
        assertThat(coordinator.get("/api/reports/targets").body()).doesNotContain("A typing slip");
        assertThat(jdbc.queryForMap("select withdrawn_by, withdrawal_reason from programme_target where id = ?", id))
                .containsEntry("withdrawn_by", "coordinator").containsEntry("withdrawal_reason", "Typed 120 for 1,200");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'target withdrawn' and detail = ?",
                Long.class, "target " + id + ": Typed 120 for 1,200")).isEqualTo(1);
    }

    @Test
    @DisplayName("A target whose period begins after the review date counts nobody yet, and says so")
    void notBegunYet() {
        long id = server.getBean(Targets.class).set(new NewTarget("southwark", 600, LocalDate.of(2019, 4, 1),
                LocalDate.of(2020, 3, 31), "Next year's"), "coordinator").id();

        String page = staff.signedIn(Role.MANAGER).get("/reports/target?target=" + id).body();

        assertThat(page).contains("The target&#39;s period begins on 1 April 2019, after the review date: no family is "
                + "counted against it yet.").doesNotContain("hearth-report-table");
    }

    private HttpResponse<String> submit(Map<String, String> fields) {
        return staff.signedIn(Role.COORDINATOR).submit("/reports/target", "/reports/targets", fields);
    }

    private long targets() {
        return jdbc.queryForObject("select count(*) from programme_target", Long.class);
    }

    private static Map<String, String> form(String plan, String families, String startDay, String startMonth,
                                            String startYear, String endDay, String endMonth, String endYear,
                                            String basis) {
        Map<String, String> form = new LinkedHashMap<>();
        List<String> names = List.of("planId", "families", "startsOn-day", "startsOn-month", "startsOn-year", "endsOn-day",
                "endsOn-month", "endsOn-year", "basis");
        List<String> values = List.of(plan, families, startDay, startMonth, startYear, endDay, endMonth, endYear, basis);
        for (int i = 0; i < names.size(); i++) {
            form.put(names.get(i), values.get(i));
        }
        return form;
    }
}
