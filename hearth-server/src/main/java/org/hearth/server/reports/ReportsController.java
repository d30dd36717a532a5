package org.hearth.server.reports;

import java.util.Comparator;
import java.util.List;

import org.hearth.server.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /reports}: the programme's reports, each with what it shows, in the order the listings give. */
@Controller
class ReportsController {
    private final List<ReportListing> listings;
    private final ReportViews views;

    ReportsController(List<ReportListing> listings, ReportViews views) {
        this.listings = listings.stream().sorted(Comparator.comparingInt(ReportListing::order)).toList();
        this.views = views;
    }

    @GetMapping("/reports")
    String index(CurrentUser user, Model model) {
        views.page(model, user);
        model.addAttribute("listings", listings);
        return "reports/index";
    }
}
