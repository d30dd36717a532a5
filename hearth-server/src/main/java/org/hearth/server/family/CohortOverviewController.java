package org.hearth.server.family;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.server.ReviewDate;
import org.hearth.server.ingest.StoredData;
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriUtils;

/**
 * {@code /}: the cohort overview, the first page after signing in. How the families the user may see stand in the
 * latest evaluation run (which it names: review date, plan version, import), counted and drawn as bars, each count
 * a link to the list of those families; before any run, what is missing and who can supply it.
 */
@Controller
class CohortOverviewController {
    private final FamilyDirectory directory;
    private final CohortOverview overview;
    private final Access access;
    private final PlansInUse plans;
    private final PlanVersions versions;
    private final StoredData stored;
    private final ReviewDate reviewDate;

    CohortOverviewController(FamilyDirectory directory, CohortOverview overview, Access access, PlansInUse plans,
                             PlanVersions versions, StoredData stored, ReviewDate reviewDate) {
        this.directory = directory;
        this.overview = overview;
        this.access = access;
        this.plans = plans;
        this.versions = versions;
        this.stored = stored;
        this.reviewDate = reviewDate;
    }

    /** A problem's line in the overview: its name in the plan, and its two counts. */
    record ProblemLine(String id, String name, Bar identified, Bar progressMade) {
    }

    @GetMapping("/")
    String overview(CurrentUser user, Model model) {
        Map<String, Object> run = directory.latestRun();
        model.addAttribute("run", run);
        if (run == null) {
            model.addAttribute("reviewDate", reviewDate.today());
            model.addAttribute("dataImported", stored.latestImport() != null);
            model.addAttribute("planInForce", versions.inForceOn(reviewDate.today()) != null);
            return "families/overview";
        }
        Access.VisibleFamilies visible = access.familiesVisibleTo(user);
        CohortOverview.Headline headline = overview.headline(visible);
        long all = headline.families();
        model.addAttribute("headline", headline);
        model.addAttribute("bars", List.of(
                new Bar("Identified with a problem", headline.identified(), all, null),
                new Bar("Engaged in an intervention", headline.engaged(), all, null),
                new Bar("Eligible for the programme", headline.eligible(), all, "/families?eligible=true"),
                new Bar("Made progress on a problem", headline.withProgress(), all, null),
                new Bar("Claimable", headline.claimable(), all, "/families?claimable=true")));
        Plan plan = plans.ofRun(run);
        CohortOverview.ProblemCounts counts = overview.problems(visible);
        List<ProblemLine> problems = new ArrayList<>();
        for (Problem problem : plan.problems()) {
            String id = UriUtils.encodeQueryParam(problem.id(), StandardCharsets.UTF_8);
            problems.add(new ProblemLine(problem.id(), problem.name(),
                    new Bar("Identified", counts.identified().getOrDefault(problem.id(), 0L), all,
                            "/families?problem=" + id),
                    new Bar("Progress made", counts.progressMade().getOrDefault(problem.id(), 0L), all,
                            "/families?progress=" + id)));
        }
        model.addAttribute("problems", problems);
        return "families/overview";
    }
}
