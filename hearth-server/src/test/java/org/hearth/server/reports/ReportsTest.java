package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.measure.Status;
import org.hearth.engine.outlook.Outlook;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.io.Population;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Allocations;
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
import org.springframework.web.util.HtmlUtils;

/**
 * The reports of a generated authority under Southwark's plan, as the server gives them by page, CSV and API, each
 * figure checked against a count made here from the same folder by the engine directly ({@link Evaluator}, {@link
 * Outlook}) and from the interventions as the reader gives them: outcomes, the target month by month, the service
 * measures and the forecast; a manager's figures only of their team's families; each CSV the table its page shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsTest {
    private static final LocalDate REVIEW_DATE = SyntheticAuthority.DATA_END;
    private static final LocalDate PERIOD_FROM = LocalDate.of(2018, 4, 1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern REPORT_TABLE = Pattern.compile(
            "<table class=\"govuk-table hearth-report-table\">(.*?)</table>.*?<a class=\"govuk-link\" href=\"([^\"]+)\" download",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Staff staff;
    private Population population;
    /** Each family's decision, made here by the engine from the folder the server imported. */
    private Map<String, FamilyEvaluation> decisions;
    /** The families allocated to the manager's team. */
    private Set<String> team;
    private long targetId;

    @BeforeAll
    void importAnAuthority() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        staff = Staff.ofEachRole(server);
        Southwark.inForce(server);
        Path folder = ServerFixture.authority(temp.resolve("data"), 300, 13);
        server.getBean(DataImport.class).importFolder(folder, "test", ImportProgress.NONE);
        population = CanonicalReader.read(folder);
        decisions = population.timelines().stream().collect(Collectors.toMap(FamilyTimeline::familyId,
                timeline -> Evaluator.evaluate(Southwark.PLAN, timeline, REVIEW_DATE)));
        team = decisions.keySet().stream().sorted().limit(40).collect(Collectors.toSet());
        team.forEach(family -> server.getBean(Allocations.class).allocate(family, "key_worker", staff.team(), "test"));
        targetId = server.getBean(Targets.class).set(new NewTarget("southwark", 3000, LocalDate.of(2015, 4, 1),
                LocalDate.of(2020, 3, 31), "Families Matter Outcomes Plan"), "coordinator").id();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("Outcomes achieved: per outcome, the families at each status among those whose problem is identified "
            + "and to whom it is relevant; per problem, identified and progress made, as the engine decides them")
    void outcomesAsTheEngineDecidesThem() {
        JsonNode report = api(Role.COORDINATOR, "/api/reports/outcomes").path("report");

        assertThat(report.path("families").asLong()).isEqualTo(decisions.size());
        assertOutcomes(report, family -> true);
    }

    @Test
    @DisplayName("A manager's reports count only the families allocated to their team now")
    void aManagerCountsTheirTeamsFamilies() {
        JsonNode outcomes = api(Role.MANAGER, "/api/reports/outcomes").path("report");
        JsonNode forecast = api(Role.MANAGER, "/api/reports/forecast").path("report");

        assertThat(outcomes.path("families").asLong()).isEqualTo(team.size());
        assertOutcomes(outcomes, team::contains);
        assertThat(forecast.path("families").findValuesAsText("family_id")).isNotEmpty().allMatch(team::contains);
        assertThat(staff.signedIn(Role.MANAGER).get("/reports/forecast").body()).contains("allocated to your team");
    }

    @Test
    @DisplayName("The target month by month: identified, engaged and eligible families since its start, counted by "
            + "the days the engine gives, beside the target's share at an even pace (3,000 over 1,827 days)")
    void targetMonthByMonth() {
        JsonNode report = api(Role.AUDITOR, "/api/reports/target?target=" + targetId).path("report");
        List<FamilyEvaluation> engaged = decisions.values().stream().filter(family -> family.interventionId() != null)
                .toList();

        JsonNode months = report.path("months");
        assertThat(months).hasSize(48);
        assertThat(months.get(0).path("month").asText()).isEqualTo("2015-04");
        assertThat(report.path("counted_to").asText()).isEqualTo("2019-03-31");
        for (JsonNode month : months) {
            LocalDate end = YearMonth.parse(month.path("month").asText()).atEndOfMonth();
            Predicate<LocalDate> counted = day -> !day.isBefore(LocalDate.of(2015, 4, 1)) && !day.isAfter(end);
            assertThat(month.path("engaged").asLong()).as(end.toString())
                    .isEqualTo(engaged.stream().filter(family -> counted.test(family.identifiedOn())).count());
            assertThat(month.path("eligible").asLong()).as(end.toString()).isEqualTo(engaged.stream()
                    .filter(family -> family.eligible() && counted.test(family.identifiedOn())).count());
            assertThat(month.path("identified").asLong()).as(end.toString()).isEqualTo(decisions.values().stream()
                    .map(ReportsTest::firstIdentified).filter(day -> day != null && counted.test(day)).count());
            long elapsed = ChronoUnit.DAYS.between(LocalDate.of(2015, 4, 1), end) + 1;
            assertThat(month.path("due_by_then").asLong()).as(end.toString()).isEqualTo(Math.round(3000.0 * elapsed / 1827));
        }
        assertThat(months.get(0).path("due_by_then").asLong()).as("30 days of 1,827: 49.3").isEqualTo(49);
        assertThat(months.get(47).path("due_by_then").asLong()).as("1,461 days of 1,827: 2,399.0").isEqualTo(2399);
    }

    @Test
    @DisplayName("Service measures over 1 April 2018 to 31 March 2019: step downs from social care, cases open at "
            + "each tier, re-referrals within six months of a closure and measurable progress, each counted here from "
            + "the interventions the reader gives and the engine's decisions")
    void serviceMeasures() {
        JsonNode report = api(Role.COORDINATOR, "/api/reports/service-measures?from=2018-04-01&to=2019-03-31")
                .path("report");
        Map<YearMonth, long[]> steps = new TreeMap<>();
        Map<Integer, Long> open = new TreeMap<>();
        for (Intervention intervention : population.interventions()) {
            int before = intervention.tier().level();
            for (Intervention.TierChange change : intervention.tierChanges()) {
                int after = change.tier().level();
                if (change.date().isAfter(intervention.engagedOn()) && !change.date().isBefore(PERIOD_FROM)
                        && !change.date().isAfter(REVIEW_DATE) && after < before && before >= 3) {
                    steps.computeIfAbsent(YearMonth.from(change.date()), month -> new long[2])[4 - before]++;
                }
                before = after;
            }
            boolean engagedBy = !intervention.engagedOn().isAfter(REVIEW_DATE);
            boolean closedBy = intervention.closedOn() != null && !intervention.closedOn().isAfter(REVIEW_DATE);
            if (engagedBy && !closedBy) {
                int tier = intervention.tier().level();
                for (Intervention.TierChange change : intervention.tierChanges()) {
                    tier = change.date().isAfter(REVIEW_DATE) ? tier : change.tier().level();
                }
                open.merge(tier, 1L, Long::sum);
            }
        }

        assertThat(report.path("months")).hasSize(12);
        for (JsonNode month : report.path("months")) {
            long[] expected = steps.getOrDefault(YearMonth.parse(month.path("month").asText()), new long[2]);
            assertThat(month.path("step_downs_from_tier4").asLong()).as(month.toString()).isEqualTo(expected[0]);
            assertThat(month.path("step_downs_from_tier3").asLong()).as(month.toString()).isEqualTo(expected[1]);
            assertThat(month.path("engaged").asLong()).isEqualTo(population.interventions().stream()
                    .filter(one -> YearMonth.from(one.engagedOn()).toString().equals(month.path("month").asText())).count());
        }
        assertThat(steps.values().stream().mapToLong(counts -> counts[0] + counts[1]).sum()).as("the data has step downs")
                .isPositive();
        for (JsonNode tier : report.path("open_cases")) {
            assertThat(tier.path("cases").asLong()).as(tier.toString()).isEqualTo(open.getOrDefault(tier.path("level").asInt(), 0L));
        }
        assertThat(report.path("cases").asLong()).isEqualTo(decisions.values().stream()
                .filter(family -> family.interventionId() != null).count());
        assertThat(report.path("with_measurable_progress").asLong()).isEqualTo(decisions.values().stream()
                .filter(family -> family.interventionId() != null && outcomes(family).anyMatch(OutcomeResult::met)).count());
    }

    @Test
    @DisplayName("The forecast: the families waiting only for time are those whose outlook gives a claim day after "
            + "the review date, on that day; those claimable now are counted apart; each near miss waits for what its "
            + "outlook says")
    void forecastAsTheOutlookGivesIt() {
        JsonNode report = api(Role.COORDINATOR, "/api/reports/forecast").path("report");
        Map<String, LocalDate> waitingForTime = new TreeMap<>();
        Map<String, FamilyTimeline> timelines = population.timelines().stream()
                .collect(Collectors.toMap(FamilyTimeline::familyId, timeline -> timeline));
        for (FamilyEvaluation family : decisions.values()) {
            if (family.interventionId() != null && family.eligible() && !family.claim().claimable()) {
                LocalDate day = Outlook.of(Southwark.PLAN, timelines.get(family.familyId()), REVIEW_DATE).claimableOn();
                if (day != null) {
                    waitingForTime.put(family.familyId(), day);
                }
            }
        }
        Map<String, LocalDate> forecastForTime = new TreeMap<>();
        Map<String, String> certainties = new HashMap<>();
        for (JsonNode family : report.path("families")) {
            certainties.put(family.path("family_id").asText(), family.path("certainty").asText());
            if (family.path("certainty").asText().equals("waiting_for_time")) {
                forecastForTime.put(family.path("family_id").asText(), LocalDate.parse(family.path("expected_on").asText()));
            }
            assertThat(family.path("quarter").asText()).isEqualTo(FinancialQuarter.of(
                    LocalDate.parse(family.path("expected_on").asText())).code());
        }

        assertThat(waitingForTime).isNotEmpty();
        assertThat(forecastForTime).isEqualTo(waitingForTime);
        assertThat(report.path("claimable_now").asLong()).isEqualTo(decisions.values().stream()
                .filter(family -> family.claim().claimable()).count());
        assertThat(certainties).containsValues("needs_figures");
        for (JsonNode family : report.path("families")) {
            if (family.path("certainty").asText().equals("needs_figures")) {
                assertThat(Outlook.of(Southwark.PLAN, timelines.get(family.path("family_id").asText()), REVIEW_DATE).outcomes())
                        .anyMatch(outcome -> outcome.waitsForFigures());
            }
        }
        long listed = 0;
        for (JsonNode quarter : report.path("quarters")) {
            listed += quarter.path("waiting_for_time").asLong() + quarter.path("needs_figures").asLong()
                    + quarter.path("needs_sign_off").asLong();
        }
        assertThat(listed).isEqualTo(report.path("families").size());
    }

    @Test
    @DisplayName("Every table a report page shows is its CSV download, cell for cell")
    void eachCsvIsItsTable() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        int tables = 0;
        for (String page : List.of("/reports/target?target=" + targetId, "/reports/outcomes",
                "/reports/service-measures?from-day=1&from-month=4&from-year=2018&to-day=31&to-month=3&to-year=2019",
                "/reports/forecast", "/reports/forecast?quarter=2019-Q1&certainty=needs_figures")) {
            Matcher table = REPORT_TABLE.matcher(coordinator.get(page).body());
            while (table.find()) {
                HttpResponse<String> csv = coordinator.get(HtmlUtils.htmlUnescape(table.group(2)));
                assertThat(csv.statusCode()).as(table.group(2)).isEqualTo(200);
                assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
                assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment",
                        "2019-03-31.csv");
                assertThat(csv.body()).startsWith("\uFEFF");
                assertThat(csvRows(csv.body().substring(1))).as(page + " " + table.group(2))
                        .isEqualTo(htmlRows(table.group(1).replaceFirst("(?s)<caption.*?</caption>", "")));
                tables++;
            }
        }
        assertThat(tables).as("tables compared").isEqualTo(1 + 2 + 4 + 2 + 2);
    }

    @Test
    @DisplayName("Every view and download of a report is in the audit log, with what was asked")
    void viewsAndDownloadsAreAudited() {
        Browser auditor = staff.signedIn(Role.AUDITOR);
        auditor.get("/reports/forecast?quarter=2019-Q2");
        auditor.get("/reports/outcomes.csv?table=problems");

        JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
        List<Map<String, Object>> entries = jdbc.queryForList("select action, subject, detail from audit_entry "
                + "where username = 'auditor' and action like 'report %' order by id");
        assertThat(entries).extracting(entry -> entry.get("action") + "|" + entry.get("subject") + "|" + entry.get("detail"))
                .contains("report viewed|claims forecast|quarter 2019/20 Q2",
                        "report downloaded|outcomes achieved|table problems");
    }

    /** The API's outcomes, per outcome and per problem, against the engine's decisions of the families counted. */
    private void assertOutcomes(JsonNode report, Predicate<String> counted) {
        List<FamilyEvaluation> families = decisions.values().stream().filter(family -> counted.test(family.familyId()))
                .toList();
        Map<String, Map<Status, Long>> expected = new HashMap<>();
        for (FamilyEvaluation family : families) {
            for (ProblemEvaluation problem : family.problems()) {
                for (OutcomeResult outcome : relevantOutcomes(problem)) {
                    expected.computeIfAbsent(outcome.outcomeId(), id -> new HashMap<>()).merge(outcome.status(), 1L, Long::sum);
                }
            }
        }
        assertThat(report.path("outcomes")).hasSize(Southwark.PLAN.problems().stream().mapToInt(problem -> problem.outcomes().size()).sum());
        long met = 0;
        for (JsonNode line : report.path("outcomes")) {
            Map<Status, Long> statuses = expected.getOrDefault(line.path("outcome_id").asText(), Map.of());
            String id = line.path("outcome_id").asText();
            assertThat(line.path("met").asLong()).as(id).isEqualTo(statuses.getOrDefault(Status.MET, 0L));
            assertThat(line.path("too_early").asLong()).as(id).isEqualTo(statuses.getOrDefault(Status.TOO_EARLY, 0L));
            assertThat(line.path("not_met").asLong()).as(id).isEqualTo(statuses.getOrDefault(Status.NOT_MET, 0L));
            assertThat(line.path("not_applicable").asLong()).as(id).isEqualTo(statuses.getOrDefault(Status.NOT_APPLICABLE, 0L));
            assertThat(line.path("relevant").asLong()).as(id).isEqualTo(statuses.values().stream().mapToLong(Long::longValue).sum());
            met += line.path("met").asLong();
        }
        assertThat(met).as("outcomes met").isPositive();
        for (JsonNode line : report.path("problems")) {
            String id = line.path("problem_id").asText();
            assertThat(line.path("identified").asLong()).as(id).isEqualTo(families.stream()
                    .filter(family -> family.problem(id).identified()).count());
            assertThat(line.path("progress_made").asLong()).as(id).isEqualTo(families.stream()
                    .filter(family -> family.problem(id).identified() && family.problem(id).progressMet()).count());
        }
    }

    /** The relevant outcomes of a problem identified; none of one not identified. */
    private static List<OutcomeResult> relevantOutcomes(ProblemEvaluation problem) {
        return problem.identified() ? problem.outcomes().stream().filter(OutcomeResult::relevant).toList() : List.of();
    }

    private static Stream<OutcomeResult> outcomes(FamilyEvaluation family) {
        return family.problems().stream().flatMap(problem -> relevantOutcomes(problem).stream());
    }

    /** The earliest day one of the family's problems was identified, or null when none is. */
    private static LocalDate firstIdentified(FamilyEvaluation family) {
        return family.problems().stream().filter(ProblemEvaluation::identified).map(ProblemEvaluation::identifiedOn)
                .min(LocalDate::compareTo).orElse(null);
    }

    private JsonNode api(Role role, String path) {
        HttpResponse<String> response = staff.signedIn(role).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file's rows, each its cells' text. */
    private static List<List<String>> csvRows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(csv))) {
            reader.forEach(record -> rows.add(record.getFields()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** An HTML table's rows, header first, each its cells' text as a reader sees it. */
    private static List<List<String>> htmlRows(String table) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(HtmlUtils.htmlUnescape(cell.group(1).replaceAll("<[^>]+>", "").strip()));
            }
            rows.add(cells);
        }
        return rows;
    }
}
