package org.hearth.server.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.hearth.server.security.CurrentUser;
import org.hearth.server.web.DateInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /reports/service-measures}: the early help strategy's service measures over a period the user chooses (a
 * GET form of two dates; the year to the review date unless asked), each a chart beside its table, and {@code
 * /reports/service-measures.csv?table=step-downs}, {@code tiers}, {@code re-referrals} or {@code progress} (with the
 * same period) to download a table.
 */
@Controller
class ServiceMeasuresController {
    static final String REPORT = "service measures";
    private static final String FROM = "the start of the period";
    private static final String TO = "the end of the period";
    private static final Set<String> TABLES = Set.of("step-downs", "tiers", "re-referrals", "progress");

    private final ServiceMeasures measures;
    private final ReportViews views;

    ServiceMeasuresController(ServiceMeasures measures, ReportViews views) {
        this.measures = measures;
        this.views = views;
    }

    @GetMapping("/reports/service-measures")
    String page(@RequestParam Map<String, String> asked, CurrentUser user, Model model) {
        views.page(model, user);
        DateInput from = date(asked, "from", FROM);
        DateInput to = date(asked, "to", TO);
        Map<String, String> problems = new LinkedHashMap<>();
        ReportPeriod period = ReportPeriod.of(from, to, views.reviewDate().today(), problems);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("problems", problems);
        if (problems.isEmpty()) {
            model.addAttribute("report", measures.report(period.from(), period.to(), views.reviewDate().today(),
                    views.viewed(user, REPORT, period.asked())));
            Map<String, String> downloads = new LinkedHashMap<>();
            for (String table : TABLES) {
                downloads.put(table, "/reports/service-measures.csv?table=" + table + "&" + period.query());
            }
            model.addAttribute("downloads", downloads);
        }
        return "reports/service-measures";
    }

    @GetMapping("/reports/service-measures.csv")
    ResponseEntity<String> download(@RequestParam Map<String, String> asked, CurrentUser user) {
        String table = asked.getOrDefault("table", "step-downs");
        if (!TABLES.contains(table)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, String> problems = new LinkedHashMap<>();
        ReportPeriod period = ReportPeriod.of(date(asked, "from", FROM), date(asked, "to", TO),
                views.reviewDate().today(), problems);
        if (!problems.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, String.join("; ", problems.values()));
        }
        ServiceMeasuresReport report = measures.report(period.from(), period.to(), views.reviewDate().today(),
                views.downloaded(user, REPORT, table, period.asked()));
        ReportTable chosen = switch (table) {
            case "step-downs" -> report.stepDownTable();
            case "tiers" -> report.tierTable();
            case "re-referrals" -> report.reReferralTable();
            default -> report.progressTable();
        };
        return ReportCsv.download("service-measures", chosen, views.reviewDate().today());
    }

    /** The GOV.UK date input's three fields, {@code name-day}, {@code name-month} and {@code name-year}, as asked. */
    private static DateInput date(Map<String, String> asked, String name, String what) {
        return new DateInput(asked.getOrDefault(name + "-day", ""), asked.getOrDefault(name + "-month", ""),
                asked.getOrDefault(name + "-year", ""), what);
    }
}
