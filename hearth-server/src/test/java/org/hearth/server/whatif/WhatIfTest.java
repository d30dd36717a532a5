package org.hearth.server.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
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
 * What if: on a server holding a generated authority of 150 families under Southampton's plan, a draft that raises
 * indicator 2.1's attendance threshold from 90% to 93% lists exactly the families whose decisions differ when the
 * engine evaluates both plans on the same folder here, stores nothing, and an invalid draft gets the validator's
 * errors.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WhatIfTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FAMILIES = 150;
    /** Indicator 2.1's test, as the plan file writes it. */
    private static final String THRESHOLD = String.join("\n", "          quantifier: any", "          terms: 3",
            "          terms_ending: before_identification_quarter", "          of: attendance",
            "          comparison: at_most", "          percent: 90");

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;
    private byte[] draft;
    /** The families whose decisions differ under the two plans, as the engine decides them here. */
    private Set<String> differing;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
        byte[] inForce = ServerFixture.builtInPlan("southampton");
        server.getBean(CohortEvaluation.class).uploadPlan("southampton.yaml", inForce, LocalDate.of(2015, 1, 1),
                "coordinator", done -> {
                });
        Path data = ServerFixture.authority(temp.resolve("data"), FAMILIES, 2018);
        server.getBean(DataImport.class).importFolder(data, "coordinator", ImportProgress.NONE);
        String text = new String(inForce, StandardCharsets.UTF_8);
        assertThat(text.split(THRESHOLD, -1)).as("indicator 2.1's threshold, once").hasSize(2);
        draft = text.replace(THRESHOLD, THRESHOLD.replace("percent: 90", "percent: 93"))
                .replace("version: \"2018.1\"", "version: \"2018.2-draft\"").getBytes(StandardCharsets.UTF_8);
        differing = differingByTheEngine(PlanLoader.withBuiltInSchema().load("southampton.yaml", inForce),
                PlanLoader.withBuiltInSchema().load("draft.yaml", draft), data);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theApiListsExactlyTheFamiliesTheEngineDecidesOtherwiseAndStoresNothing() throws IOException {
        long versions = count("plan_version");
        long runs = count("evaluation_run");
        String decisions = jdbc.queryForObject("select string_agg(family_id || eligible || claimable, ',' order by family_id)"
                + " from current_decision", String.class);

        HttpResponse<String> answer = new Browser(server).uploadAs("/api/plans/what-if", "coordinator", Staff.PASSWORD,
                "file", Map.of("draft.yaml", draft));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode result = JSON.readTree(answer.body());
        Set<String> listed = new TreeSet<>();
        result.get("families").forEach(family -> listed.add(family.get("family_id").asText()));
        assertThat(differing).isNotEmpty().hasSizeLessThan(FAMILIES);
        assertThat(listed).isEqualTo(differing);
        assertThat(result.get("families_evaluated").asInt()).isEqualTo(FAMILIES);
        assertThat(result.get("families_changed").asInt()).isEqualTo(differing.size());
        assertThat(result.get("plan_in_force").get("version").asText()).isEqualTo("2018.1");
        assertThat(result.get("draft").get("version").asText()).isEqualTo("2018.2-draft");
        assertThat(result.get("as_of").asText()).isEqualTo(SyntheticAuthority.DATA_END.toString());
        assertThat(result.get("counts").get("identification").get("gained").asLong()).isPositive();
        assertThat(result.get("counts").get("identification").get("lost").asLong()).isZero();
        JsonNode identified = firstChange(result, "identification");
        assertThat(identified.get("problem_id").asText()).isEqualTo("2");
        assertThat(identified.get("plan_in_force").asText()).isEqualTo("not identified");
        assertThat(identified.get("draft").asText()).startsWith("identified, ");
        assertThat(identified.get("why_plan_in_force").asText()).startsWith("2.1: ").contains("90");
        assertThat(identified.get("why_draft").asText()).startsWith("2.1: ").contains("93");

        assertThat(count("plan_version")).isEqualTo(versions);
        assertThat(count("evaluation_run")).isEqualTo(runs);
        assertThat(jdbc.queryForObject("select string_agg(family_id || eligible || claimable, ',' order by family_id)"
                + " from current_decision", String.class)).isEqualTo(decisions);
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'what-if compared' and username ="
                + " 'coordinator' and subject = 'southampton 2018.2-draft' order by id desc limit 1", String.class))
                .contains("beside southampton 2018.1", FAMILIES + " families evaluated", differing.size() + " would change");
    }

    @Test
    void aCoordinatorFollowsTheComparisonOnThePageAndDownloadsItsChanges() throws InterruptedException {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        HttpResponse<String> started = coordinator.upload("/plans/what-if", "/plans/what-if", Map.of(), "file",
                Map.of("draft.yaml", draft));
        String page = awaitResult(coordinator);
        HttpResponse<String> csv = coordinator.get("/plans/what-if/differences.csv");

        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(page).contains("What would change", "(southampton version 2018.2-draft, draft.yaml) beside southampton"
                        + " version 2018.1",
                "Download every change (CSV)");
        differing.forEach(family -> assertThat(page).contains("href=\"/families/" + family + "\""));
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"what-if-southampton-2018.2-draft.csv\"");
        assertThat(csv.body()).startsWith("family_id,decision,problem_id,shift,plan_in_force,draft,why_plan_in_force,"
                + "why_draft\r\n");
        Set<String> inCsv = new TreeSet<>();
        csv.body().lines().skip(1).filter(line -> line.matches("^F\\d{6},.*")).forEach(line -> inCsv.add(line.substring(0, 7)));
        assertThat(inCsv).isEqualTo(differing);
        // The comparison is the session's: another session of the same user has none.
        assertThat(staff.signedIn(Role.COORDINATOR).get("/plans/what-if/differences.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherAuthoritysBuiltInPlanGivesItsWorklistOnTheDataHeldAsHearthScreenWouldList() throws InterruptedException {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        Plan sunderland = PlanLoader.withBuiltInSchema().load("sunderland.yaml", ServerFixture.builtInPlan("sunderland"));
        Map<String, String> expected = new TreeMap<>();
        for (FamilyTimeline family : CanonicalReader.read(temp.resolve("data")).timelines()) {
            FamilyEvaluation evaluation = Evaluator.evaluate(sunderland, family, SyntheticAuthority.DATA_END);
            if (evaluation.eligible() && evaluation.interventionId() == null) {
                expected.put(family.familyId(), evaluation.problems().stream().filter(ProblemEvaluation::identified)
                        .map(ProblemEvaluation::problemId).collect(Collectors.joining(";")));
            }
        }

        HttpResponse<String> started = coordinator.submit("/plans/what-if", "/plans/what-if", Map.of("builtIn", "sunderland"));
        String page = awaitResult(coordinator);
        HttpResponse<String> csv = coordinator.get("/plans/what-if/worklist.csv");

        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(page).contains("(sunderland version", "sunderland.yaml) beside southampton version 2018.1",
                "and " + expected.size() + " of them are not engaged in an intervention",
                "Download the worklist under the draft (CSV)");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment; filename=\"worklist-sunderland-").endsWith("-" + SyntheticAuthority.DATA_END + ".csv\"");
        List<String> rows = csv.body().lines().toList();
        assertThat(rows.get(0)).isEqualTo("family_id,reference,intervention_id,problems_identified,problems,indicators,"
                + "members,children,why");
        Map<String, String> listed = new TreeMap<>();
        rows.stream().skip(1).map(row -> row.split(",", -1))
                .forEach(cells -> listed.put(cells[0], cells[4]));
        assertThat(expected).isNotEmpty();
        assertThat(listed).isEqualTo(expected);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'what-if worklist downloaded'"
                + " and username = 'coordinator' and detail like ?", Long.class, expected.size() + " families on the worklist%"))
                .isPositive();
    }

    @Test
    void aBuiltInPlanThatIsNotOneIsRefusedByName() {
        String page = staff.signedIn(Role.COORDINATOR).submit("/plans/what-if", "/plans/what-if",
                Map.of("builtIn", "atlantis")).body();

        assertThat(page).contains("There is a problem", "no built-in plan &#39;atlantis&#39;",
                "southwark, sunderland, southampton, worcestershire");
    }

    @Test
    void anInvalidDraftGetsTheValidatorsErrorsAndNothingIsCompared() throws IOException {
        byte[] broken = new String(draft, StandardCharsets.UTF_8).replace("percent: 93", "percent: ninety-three")
                .getBytes(StandardCharsets.UTF_8);
        long versions = count("plan_version");
        long compared = jdbc.queryForObject("select count(*) from audit_entry where action = 'what-if compared'", Long.class);

        HttpResponse<String> api = new Browser(server).uploadAs("/api/plans/what-if", "coordinator", Staff.PASSWORD, "file",
                Map.of("broken.yaml", broken));
        String page = staff.signedIn(Role.COORDINATOR).upload("/plans/what-if", "/plans/what-if", Map.of(), "file",
                Map.of("broken.yaml", broken)).body();

        assertThat(api.statusCode()).isEqualTo(422);
        JsonNode errors = JSON.readTree(api.body()).get("errors");
        assertThat(errors).isNotEmpty();
        assertThat(errors.get(0).asText()).startsWith("broken.yaml:").contains("percent");
        assertThat(page).contains("There is a problem", "href=\"#file\"", "broken.yaml:", "govuk-file-upload--error");
        assertThat(count("plan_version")).isEqualTo(versions);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'what-if compared'", Long.class))
                .isEqualTo(compared);
    }

    @Test
    void onlyACoordinatorComparesADraft() {
        assertThat(staff.signedIn(Role.AUDITOR).get("/plans/what-if").statusCode()).isEqualTo(403);
        assertThat(new Browser(server).uploadAs("/api/plans/what-if", "auditor", Staff.PASSWORD, "file",
                Map.of("draft.yaml", draft)).statusCode()).isEqualTo(403);
    }

    /**
     * The families whose eligibility, any problem's identification or progress, or claim (claimable, route) differ
     * under the two plans, each family evaluated by the engine from the folder as the server was given it.
     */
    private static Set<String> differingByTheEngine(Plan inForce, Plan draft, Path data) {
        Set<String> families = new TreeSet<>();
        for (FamilyTimeline family : CanonicalReader.read(data).timelines()) {
            FamilyEvaluation before = Evaluator.evaluate(inForce, family, SyntheticAuthority.DATA_END);
            FamilyEvaluation after = Evaluator.evaluate(draft, family, SyntheticAuthority.DATA_END);
            boolean differs = before.eligible() != after.eligible()
                    || before.claim().claimable() != after.claim().claimable()
                    || !Objects.equals(before.claim().route(), after.claim().route());
            for (ProblemEvaluation problem : before.problems()) {
                ProblemEvaluation other = after.problem(problem.problemId());
                differs |= problem.identified() != other.identified() || problem.progressMet() != other.progressMet();
            }
            if (differs) {
                families.add(family.familyId());
            }
        }
        return families;
    }

    private static JsonNode firstChange(JsonNode result, String decision) {
        for (JsonNode family : result.get("families")) {
            for (JsonNode change : family.get("changes")) {
                if (change.get("decision").asText().equals(decision)) {
                    return change;
                }
            }
        }
        throw new AssertionError("no " + decision + " change");
    }

    private String awaitResult(Browser browser) throws InterruptedException {
        for (int tries = 0; tries < 600; tries++) {
            String page = browser.get("/plans/what-if").body();
            if (!page.contains("Check again")) {
                return page;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the comparison did not end in two minutes");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
