package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports in JSON (docs/reports.md), the figures the pages show: {@code GET /api/reports/target?target=ID},
 * {@code /outcomes}, {@code /service-measures?from=&to=} (ISO dates; the year to the review date unless given) and
 * {@code /forecast}, each {@code {evaluation, report}} with the run the decisions stand on (null, and no report, before
 * the first); the targets, {@code GET /api/reports/targets} and, for coordinators, {@code POST} to set one. Each view
 * is audited as the pages' are.
 */
@RestController
@RequestMapping("/api/reports")
class ReportsApiController {
    private final Targets targets;
    private final TargetProgress progress;
    private final OutcomesAchieved outcomes;
    private final ServiceMeasures measures;
    private final ClaimsForecast forecast;
    private final ClaimsPrepared claims;
    private final PlansInUse plans;
    private final ReportViews views;

    ReportsApiController(Targets targets, TargetProgress progress, OutcomesAchieved outcomes, ServiceMeasures measures,
                         ClaimsForecast forecast, ClaimsPrepared claims, PlansInUse plans, ReportViews views) {
        this.targets = targets;
        this.progress = progress;
        this.outcomes = outcomes;
        this.measures = measures;
        this.forecast = forecast;
        this.claims = claims;
        this.plans = plans;
        this.views = views;
    }

    /** A target as a script sets it. */
    record TargetBody(String planId, Integer families, LocalDate startsOn, LocalDate endsOn, String basis) {
    }

    @GetMapping("/targets")
    List<ProgrammeTarget> targets() {
        return targets.programmes().stream().flatMap(programme -> targets.of(programme).stream()).toList();
    }

    @PostMapping("/targets")
    ResponseEntity<Object> set(@RequestBody TargetBody body, CurrentUser user) {
        try {
            ProgrammeTarget set = targets.set(new NewTarget(body.planId(), body.families(), body.startsOn(), body.endsOn(),
                    body.basis()), user.username());
            return ResponseEntity.status(HttpStatus.CREATED).body(set);
        } catch (InvalidTargetException e) {
            Map<String, String> problems = new LinkedHashMap<>();
            e.problems().forEach((field, problem) -> problems.put(field.replaceAll("([A-Z])", "_$1")
                    .toLowerCase(Locale.ROOT), problem));
            return ResponseEntity.unprocessableContent().body(Map.of("problems", problems));
        }
    }

    @GetMapping("/target")
    ResponseEntity<Map<String, Object>> target(@RequestParam long target, CurrentUser user) {
        ProgrammeTarget chosen = targets.get(target);
        if (chosen == null) {
            return ResponseEntity.notFound().build();
        }
        Map<String, Object> run = views.latestRun();
        return ResponseEntity.ok(answer(run, run == null ? null : progress.report(chosen,
                views.viewed(user, TargetReportController.REPORT, "target " + target), views.reviewDate().today())));
    }

    @GetMapping("/outcomes")
    Map<String, Object> outcomes(CurrentUser user) {
        Map<String, Object> run = views.latestRun();
        return answer(run, run == null ? null : outcomes.report(plans.ofRun(run),
                views.viewed(user, OutcomesReportController.REPORT, "")));
    }

    @GetMapping("/service-measures")
    ResponseEntity<Map<String, Object>> serviceMeasures(@RequestParam(required = false) String from,
                                                        @RequestParam(required = false) String to, CurrentUser user) {
        LocalDate reviewDate = views.reviewDate().today();
        ReportPeriod period = ReportPeriod.yearTo(reviewDate);
        Map<String, String> problems = new LinkedHashMap<>();
        if (from != null || to != null) {
            LocalDate start = day(from, "from", problems);
            LocalDate end = day(to, "to", problems);
            if (problems.isEmpty()) {
                problems.putAll(ReportPeriod.check(start, end, reviewDate));
                period = new ReportPeriod(start, end);
            }
        }
        if (!problems.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("problems", problems));
        }
        return ResponseEntity.ok(answer(views.latestRun(), measures.report(period.from(), period.to(), reviewDate,
                views.viewed(user, ServiceMeasuresController.REPORT, period.asked()))));
    }

    @GetMapping("/forecast")
    Map<String, Object> forecast(CurrentUser user) {
        Map<String, Object> run = views.latestRun();
        return answer(run, run == null ? null : forecast.report(views.reviewDate().today(),
                views.viewed(user, ForecastController.REPORT, "")));
    }

    @GetMapping("/claims")
    Map<String, Object> claims(CurrentUser user) {
        return answer(views.latestRun(), claims.report(views.claimsViewed(user, ClaimsReportController.REPORT, "")));
    }

    private static Map<String, Object> answer(Map<String, Object> run, Object report) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("evaluation", run);
        body.put("report", report);
        return body;
    }

    /** An ISO date the request gives, or null with the problem noted when it gives none or another thing. */
    private static LocalDate day(String text, String name, Map<String, String> problems) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            problems.put(name, name + " must be a date written as 2019-03-31, with from and to both given");
            return null;
        }
    }
}
