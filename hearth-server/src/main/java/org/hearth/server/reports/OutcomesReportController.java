package org.hearth.server.reports;

import java.util.Map;

import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /reports/outcomes}: outcomes achieved per problem and per outcome, each as a chart beside its table, and
 * {@code /reports/outcomes.csv?table=problems} or {@code outcomes} to download a table.
 */
@Controller
class OutcomesReportController {
    static final String REPORT = "outcomes achieved";

    private final OutcomesAchieved outcomes;
    private final PlansInUse plans;
    private final ReportViews views;

    OutcomesReportController(OutcomesAchieved outcomes, PlansInUse plans, ReportViews views) {
        this.outcomes = outcomes;
        this.plans = plans;
        this.views = views;
    }

    @GetMapping("/reports/outcomes")
    String page(CurrentUser user, Model model) {
        Map<String, Object> run = views.page(model, user);
        if (run != null) {
            model.addAttribute("report", outcomes.report(plans.ofRun(run), views.viewed(user, REPORT, "")));
        }
        return "reports/outcomes";
    }

    @GetMapping("/reports/outcomes.csv")
    ResponseEntity<String> download(@RequestParam(defaultValue = "outcomes") String table, CurrentUser user) {
        Map<String, Object> run = views.latestRun();
        if (run == null || !table.equals("problems") && !table.equals("outcomes")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        OutcomesReport report = outcomes.report(plans.ofRun(run), views.downloaded(user, REPORT, table, ""));
        return ReportCsv.download("outcomes", table.equals("problems") ? report.problemTable() : report.outcomeTable(),
                views.reviewDate().today());
    }
}
