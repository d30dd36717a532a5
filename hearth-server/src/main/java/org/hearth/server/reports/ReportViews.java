package org.hearth.server.reports;

import java.util.Map;

import org.hearth.server.ReviewDate;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every report asks first: which families the user may see ({@link Access}: every family for a coordinator or
 * an auditor, the families allocated to a manager's team now), and the audit log told who viewed or downloaded
 * which report, with what was asked; then the page's common parts.
 */
@Component
class ReportViews {
    private final Access access;
    private final AuditLog audit;
    private final FamilyDirectory directory;
    private final ReviewDate reviewDate;

    ReportViews(Access access, AuditLog audit, FamilyDirectory directory, ReviewDate reviewDate) {
        this.access = access;
        this.audit = audit;
        this.directory = directory;
        this.reviewDate = reviewDate;
    }

    /** The families the user's report counts; the view is audited as {@code report viewed}. */
    Access.VisibleFamilies viewed(CurrentUser user, String report, String asked) {
        audit.record(user.username(), "report viewed", report, asked);
        return access.familiesVisibleTo(user);
    }

    /** The families the user's download counts; audited as {@code report downloaded}. */
    Access.VisibleFamilies downloaded(CurrentUser user, String report, String table, String asked) {
        audit.record(user.username(), "report downloaded", report, "table " + table + (asked.isEmpty() ? "" : ", " + asked));
        return access.familiesVisibleTo(user);
    }

    /** The claims the user's report counts; the view is audited as {@code report viewed}. */
    Access.VisibleClaims claimsViewed(CurrentUser user, String report, String asked) {
        audit.record(user.username(), "report viewed", report, asked);
        return access.claimsVisibleTo(user);
    }

    /** The claims the user's download counts; audited as {@code report downloaded}. */
    Access.VisibleClaims claimsDownloaded(CurrentUser user, String report, String table) {
        audit.record(user.username(), "report downloaded", report, "table " + table);
        return access.claimsVisibleTo(user);
    }

    /** The latest run of every family, as FamilyDirectory describes it, or null before the first. */
    Map<String, Object> latestRun() {
        return directory.latestRun();
    }

    ReviewDate reviewDate() {
        return reviewDate;
    }

    /** The model's run and scope: which decisions the report stands on, and whose families it counts. */
    Map<String, Object> page(Model model, CurrentUser user) {
        Map<String, Object> run = latestRun();
        model.addAttribute("run", run);
        model.addAttribute("reviewDate", reviewDate.today());
        model.addAttribute("scope", user.role() == Role.MANAGER
                ? "It counts the families allocated to your team now; a coordinator's or an auditor's counts every family."
                : "It counts every family.");
        return run;
    }
}
