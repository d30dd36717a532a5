package org.hearth.server.reports;

import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /reports/claims}: claims prepared, awaiting audit, accepted, submitted, rejected and withdrawn per claim
 * period and per organisation, each as a chart beside its table, and {@code /reports/claims.csv?table=periods} or
 * {@code organisations} to download a table. It counts the claims the user may see, as the claims pages show them
 * ({@link Access#claimsVisibleTo}: a manager's team's families, a partner organisation's own claims).
 */
@Controller
class ClaimsReportController {
    static final String REPORT = "claims";

    private final ClaimsPrepared claims;
    private final ReportViews views;

    ClaimsReportController(ClaimsPrepared claims, ReportViews views) {
        this.claims = claims;
        this.views = views;
    }

    @GetMapping("/reports/claims")
    String page(CurrentUser user, Model model) {
        views.page(model, user);
        model.addAttribute("report", claims.report(views.claimsViewed(user, REPORT, "")));
        return "reports/claims";
    }

    @GetMapping("/reports/claims.csv")
    ResponseEntity<String> download(@RequestParam(defaultValue = "periods") String table, CurrentUser user) {
        if (!table.equals("periods") && !table.equals("organisations")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ClaimsReport report = claims.report(views.claimsDownloaded(user, REPORT, table));
        return ReportCsv.download(REPORT, table.equals("periods") ? report.periodTable() : report.organisationTable(),
                views.reviewDate().today());
    }
}
