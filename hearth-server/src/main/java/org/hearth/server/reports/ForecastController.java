package org.hearth.server.reports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /reports/forecast}: the claims forecast, per quarter by certainty (a chart beside its table), and the families
 * behind the figures: all of them, or a quarter's and a certainty's ({@code ?quarter=2019-Q2&certainty=needs_figures}),
 * each figure linking to its own. {@code /reports/forecast.csv?table=quarters} or {@code families} (with the same
 * narrowing) downloads a table.
 */
@Controller
class ForecastController {
    static final String REPORT = "claims forecast";

    private final ClaimsForecast forecast;
    private final ReportViews views;

    ForecastController(ClaimsForecast forecast, ReportViews views) {
        this.forecast = forecast;
        this.views = views;
    }

    @GetMapping("/reports/forecast")
    String page(@RequestParam(required = false) String quarter, @RequestParam(required = false) String certainty,
                CurrentUser user, Model model) {
        Narrowed narrowed = Narrowed.of(quarter, certainty);
        if (views.page(model, user) != null) {
            ForecastReport report = forecast.report(views.reviewDate().today(), views.viewed(user, REPORT, narrowed.asked()));
            model.addAttribute("report", report);
            model.addAttribute("families", ForecastReport.familyTable(narrowed.caption(), narrowed.families(report)));
            model.addAttribute("narrowed", narrowed.any());
            model.addAttribute("familiesDownload", "/reports/forecast.csv?table=families" + narrowed.query());
        }
        return "reports/forecast";
    }

    @GetMapping("/reports/forecast.csv")
    ResponseEntity<String> download(@RequestParam(defaultValue = "quarters") String table,
                                    @RequestParam(required = false) String quarter,
                                    @RequestParam(required = false) String certainty, CurrentUser user) {
        Narrowed narrowed = Narrowed.of(quarter, certainty);
        if (views.latestRun() == null || !table.equals("quarters") && !table.equals("families")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ForecastReport report = forecast.report(views.reviewDate().today(),
                views.downloaded(user, REPORT, table, narrowed.asked()));
        return ReportCsv.download("claims-forecast", table.equals("quarters") ? report.quarterTable()
                : ForecastReport.familyTable(narrowed.caption(), narrowed.families(report)), views.reviewDate().today());
    }

    /** The quarter and certainty the family list is narrowed to, each null for any. */
    record Narrowed(FinancialQuarter quarter, Certainty certainty) {

        /**
         * @throws ResponseStatusException 400, naming what is wrong, for a quarter or certainty not so written
         */
        static Narrowed of(String quarter, String certainty) {
            try {
                return new Narrowed(quarter == null || quarter.isBlank() ? null : FinancialQuarter.parse(quarter),
                        certainty == null || certainty.isBlank() ? null : Arrays.stream(Certainty.values())
                                .filter(one -> one.code().equals(certainty)).findFirst()
                                .orElseThrow(() -> new IllegalArgumentException("the certainty is one of waiting_for_time, "
                                        + "needs_figures or needs_sign_off")));
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
            }
        }

        List<ForecastReport.ForecastFamily> families(ForecastReport report) {
            return report.families(quarter, certainty);
        }

        /** Narrowed to a quarter or a certainty. */
        boolean any() {
            return quarter != null || certainty != null;
        }

        /** The table's caption: which families it lists. */
        String caption() {
            return "Families expected to become claimable" + (quarter == null ? "" : " in " + quarter.code() + " ("
                    + quarter.months() + ")") + (certainty == null ? "" : ", " + certainty.words().toLowerCase(Locale.UK))
                    + ", the soonest first";
        }

        /** The narrowing as an address's parameters, each after an {@code &}: {@code &quarter=2019-Q2}. */
        String query() {
            return (quarter == null ? "" : "&quarter=" + quarter.param())
                    + (certainty == null ? "" : "&certainty=" + certainty.code());
        }

        /** What was asked, for the audit log. */
        String asked() {
            return (quarter == null ? "" : "quarter " + quarter.code()) + (quarter != null && certainty != null ? ", " : "")
                    + (certainty == null ? "" : "certainty " + certainty.code());
        }
    }
}
