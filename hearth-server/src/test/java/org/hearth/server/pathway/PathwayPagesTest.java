package org.hearth.server.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Allocations;
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

/**
 * The early-help pathway over HTTP, on a server holding three families imported from the canonical files below and
 * reviewed as at 31 March 2019. F-1 stepped up on 1 April 2018 (the first day of the financial year) and down on 1 July,
 * closed on 31 August 2018, and engaged again on 28 February 2019, the last day six months on: a re-referral. F-2
 * closed on 31 August 2018 too and engaged again on 1 March 2019, a day too late to be one. F-3 is at tier 4, its step
 * down and closure dated after the review date. The key worker holds F-1.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathwayPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> FILES = Map.of(
            "people.csv", """
                    person_id,date_of_birth,sex
                    P-1,1985-04-02,female
                    P-2,1990-01-20,male
                    P-3,1979-07-07,female
                    """,
            "families.csv", """
                    family_id,reference
                    F-1,
                    F-2,
                    F-3,
                    """,
            "memberships.csv", """
                    family_id,person_id,role,parenting_responsibility,start_date,end_date
                    F-1,P-1,parent_carer,true,2014-01-01,
                    F-2,P-2,parent_carer,true,2014-01-01,
                    F-3,P-3,parent_carer,true,2014-01-01,
                    """,
            "interventions.csv", """
                    intervention_id,family_id,engaged_on,lead_worker,lead_organisation,tier,closed_on,closure_reason
                    I-1,F-1,2017-11-01,Jo Key,Early Help Service,targeted_early_help,2018-08-31,outcomes achieved
                    I-2,F-1,2019-02-28,,,universal_plus,,
                    I-3,F-2,2017-06-01,,,child_protection_or_looked_after,2018-08-31,stepped down to universal services
                    I-4,F-2,2019-03-01,,,targeted_early_help,,
                    I-5,F-3,2018-06-01,SW02,Children's Social Care,child_protection_or_looked_after,2019-05-01,stepped down
                    """,
            "tier_changes.csv", """
                    record_id,intervention_id,date,tier,reason
                    TC-1,I-1,2018-04-01,child_in_need,concerns escalated: single assessment by children's social care
                    TC-2,I-1,2018-07-01,targeted_early_help,needs met by early help: stepped down from children's social care
                    TC-3,I-5,2019-04-01,universal_plus,child protection plan ended
                    """,
            "team_around_family.csv", """
                    record_id,intervention_id,professional,role,organisation,start_date,end_date,source
                    TA-1,I-1,Sam Patel,school nurse,school nursing service,2017-11-01,,case file
                    TA-2,I-1,,housing officer,housing,2018-01-01,2018-05-31,case file
                    TA-3,I-5,,GP,GP practice,2019-04-02,,case file
                    """);

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;

    @BeforeAll
    void start() throws IOException {
        server = ServerFixture.serving(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 1, 1), "coordinator", done -> {
                });
        Path data = Files.createDirectories(temp.resolve("data"));
        FILES.forEach((file, text) -> write(data.resolve(file), text));
        server.getBean(DataImport.class).importFolder(data, "coordinator", ImportProgress.NONE);
        server.getBean(Allocations.class).allocate("F-1", "key_worker", staff.team(), "test");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theFamilyPageShowsEachInterventionsTiersTeamClosureAndTheReReferral() {
        String page = staff.signedIn(Role.COORDINATOR).get("/families/F-1").body();

        assertThat(page).contains("Case pathway", "Intervention I-1", "Intervention I-2",
                "1 November 2017, at Tier 2: targeted early help", "Jo Key, Early Help Service",
                "Stepped up", "from Tier 2: targeted early help", "Tier 3: children in need",
                "concerns escalated: single assessment by children&#39;s social care",
                "Stepped down", "needs met by early help: stepped down from children&#39;s social care",
                "31 August 2018: outcomes achieved", "Team Around the Family, intervention I-1", "Sam Patel", "school nurse",
                "housing officer", "31 May 2018", "Re-referral",
                "A re-referral: engaged on 28 February 2019, within six months of intervention I-1 closing on 31 August 2018"
                        + " (outcomes achieved). An engagement up to 28 February 2019 counts.",
                "No Team Around the Family is recorded for this intervention.");
    }

    @Test
    void anEngagementADayAfterTheSixMonthsIsNoReReferral() {
        String page = staff.signedIn(Role.COORDINATOR).get("/families/F-2").body();

        assertThat(page).contains("Intervention I-3", "Intervention I-4", "Tier 4: child protection and looked after",
                "31 August 2018: stepped down to universal services");
        assertThat(page).doesNotContain("Re-referral", "A re-referral");
    }

    @Test
    void whatHappensAfterTheReviewDateIsNotYetOnThePathway() throws IOException {
        JsonNode f3 = JSON.readTree(staff.signedIn(Role.COORDINATOR).get("/api/pathway/families/F-3").body());

        JsonNode open = f3.get("interventions").get(0);
        assertThat(f3.get("as_of").asText()).isEqualTo("2019-03-31");
        assertThat(open.get("tier").asText()).isEqualTo("child_protection_or_looked_after");
        assertThat(open.get("steps")).isEmpty();
        assertThat(open.get("closed_on").isNull()).isTrue();
        assertThat(open.get("team_around_family")).isEmpty();
    }

    @Test
    void theFamilyApiGivesStepsTeamAndReReferral() throws IOException {
        JsonNode f1 = JSON.readTree(staff.signedIn(Role.KEY_WORKER).get("/api/pathway/families/F-1").body());

        JsonNode first = f1.get("interventions").get(0);
        assertThat(first.get("intervention_id").asText()).isEqualTo("I-1");
        assertThat(first.get("steps").get(0).get("direction").asText()).isEqualTo("up");
        assertThat(first.get("steps").get(1).get("reason").asText())
                .isEqualTo("needs met by early help: stepped down from children's social care");
        assertThat(first.get("team_around_family").get(1).get("professional").isNull()).isTrue();
        assertThat(first.get("re_referral").isNull()).isTrue();
        JsonNode again = f1.get("interventions").get(1).get("re_referral");
        assertThat(again.get("earlier_intervention_id").asText()).isEqualTo("I-1");
        assertThat(again.get("last_day_counted").asText()).isEqualTo("2019-02-28");
    }

    @Test
    void thePathwayPageCountsTheFinancialYearToTheReviewDate() {
        String page = staff.signedIn(Role.COORDINATOR).get("/pathway").body();

        assertThat(page).contains("Early-help pathway", "1 April 2018 to 31 March 2019",
                "Cases open at the end of 31 March 2019, by tier", "name=\"from-day\"", "value=\"2018\"");
        assertThat(row(page, "Tier 1: universal and universal plus")).isEqualTo("1");
        assertThat(row(page, "Tier 2: targeted early help")).isEqualTo("1");
        assertThat(row(page, "Tier 3: children in need")).isEqualTo("0");
        assertThat(row(page, "Tier 4: child protection and looked after")).isEqualTo("1");
        assertThat(row(page, "Families engaged (interventions begun)")).isEqualTo("3");
        assertThat(row(page, "Re-referrals within six months of a closure")).isEqualTo("1 (33% of engagements)");
        assertThat(row(page, "Steps up")).isEqualTo("1");
        assertThat(row(page, "Steps down")).isEqualTo("1");
        assertThat(row(page, "Steps down from social care (tier 3 or 4) to early help (tier 1 or 2)")).isEqualTo("1");
        assertThat(row(page, "Cases closed")).isEqualTo("2");
        assertThat(page).contains("href=\"/families/F-1\"", "28 February 2019 (I-2)");
    }

    @Test
    void aPeriodFromTheSecondDayLeavesOutTheStepUpOnTheFirst() throws IOException {
        JsonNode report = JSON.readTree(staff.signedIn(Role.COORDINATOR).get("/api/pathway?from=2018-04-02&to=2019-03-31")
                .body());

        assertThat(report.get("step_ups").asInt()).isZero();
        assertThat(report.get("step_downs").asInt()).isEqualTo(1);
        assertThat(report.get("open_cases_by_tier").get("child_protection_or_looked_after").asInt()).isEqualTo(1);
        assertThat(report.get("re_referral_list").get(0).get("family_id").asText()).isEqualTo("F-1");
    }

    @Test
    void aKeyWorkerCountsTheirOwnFamiliesOnly() throws IOException {
        Browser keyWorker = staff.signedIn(Role.KEY_WORKER);

        JsonNode report = JSON.readTree(keyWorker.get("/api/pathway").body());

        assertThat(report.get("open_cases").asInt()).isEqualTo(1);
        assertThat(report.get("engagements").asInt()).isEqualTo(1);
        assertThat(report.get("re_referrals").asInt()).isEqualTo(1);
        assertThat(report.get("closures").asInt()).isEqualTo(1);
        assertThat(keyWorker.get("/api/pathway/families/F-2").statusCode()).isEqualTo(404);
        assertThat(keyWorker.get("/families/F-2").statusCode()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = 'key_worker'"
                + " and action = 'family refused' and subject = 'F-2'", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where username = 'key_worker'"
                + " and action = 'pathway viewed' and detail = '2018-04-01 to 2019-03-31'", Long.class)).isPositive();
    }

    @Test
    void aPeriodAfterTheReviewDateOrBackwardsIsRefusedWithWhy() throws IOException {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        HttpResponse<String> late = coordinator.get("/api/pathway?from=2018-04-01&to=2019-04-01");
        String backwards = coordinator.get("/pathway?from-day=1&from-month=3&from-year=2019&to-day=1&to-month=2"
                + "&to-year=2019").body();
        String notADay = coordinator.get("/pathway?from-day=30&from-month=2&from-year=2019&to-day=1&to-month=3"
                + "&to-year=2019").body();

        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(late.body()).get("errors").get(0).asText())
                .isEqualTo("The end of the period must be on or before the review date, 31 March 2019");
        assertThat(backwards).contains("There is a problem", "href=\"#from-day\"",
                "The start of the period must be on or before its end").doesNotContain("Cases open at the end");
        assertThat(notADay).contains("The start of the period must be a real date", "value=\"30\"");
    }

    /** The number in the table row headed {@code heading}. */
    private static String row(String page, String heading) {
        int at = page.indexOf(">" + heading + "</th>");
        assertThat(at).as(heading).isPositive();
        int cell = page.indexOf("govuk-table__cell--numeric\">", at) + "govuk-table__cell--numeric\">".length();
        return page.substring(cell, page.indexOf("</td>", cell));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
