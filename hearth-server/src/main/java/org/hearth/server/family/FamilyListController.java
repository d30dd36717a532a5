package org.hearth.server.family;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hearth.server.plan.PlansInUse;
import org.hearth.engine.timeline.Vocabulary;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Teams;
import org.hearth.server.security.Users;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code /families}: the families the user may see, filtered (a GET form, so a filtered list can be bookmarked and
 * shared with a colleague who may see it), a page at a time, or those a search term names.
 */
@Controller
class FamilyListController {
    static final int PAGE_SIZE = 50;

    private final FamilyDirectory directory;
    private final FamilyViews views;
    private final Access access;
    private final PlansInUse plans;
    private final Users users;
    private final Teams teams;

    FamilyListController(FamilyDirectory directory, FamilyViews views, Access access, PlansInUse plans, Users users,
                         Teams teams) {
        this.directory = directory;
        this.views = views;
        this.access = access;
        this.plans = plans;
        this.users = users;
        this.teams = teams;
    }

    @GetMapping("/families")
    String list(@RequestParam(required = false) Boolean eligible, @RequestParam(required = false) String problem,
                @RequestParam(required = false) String progress, @RequestParam(required = false) Boolean claimable,
                @RequestParam(name = "keyWorker", required = false) String keyWorker,
                @RequestParam(name = "team", required = false) Long teamId, @RequestParam(required = false) String tier,
                @RequestParam(required = false) String organisation, @RequestParam(required = false) String after,
                @RequestParam(name = "q", required = false) String term, CurrentUser user, Model model) {
        Map<String, Object> run = directory.latestRun();
        model.addAttribute("run", run);
        model.addAttribute("plan", plans.ofRun(run));
        // A key worker sees only their own families: filtering by another key worker or a team tells them nothing.
        boolean byAllocation = user.role() != Role.KEY_WORKER;
        model.addAttribute("byAllocation", byAllocation);
        model.addAttribute("tiers", Arrays.stream(Vocabulary.Tier.values()).map(each -> each.name().toLowerCase(Locale.ROOT))
                .toList());
        model.addAttribute("organisations", user.organisation() == null ? directory.organisations()
                : List.of(user.organisation())); // a partner's user sees their own organisation's families only
        if (byAllocation) {
            model.addAttribute("keyWorkers", users.all().stream().filter(one -> one.role() == Role.KEY_WORKER).toList());
            model.addAttribute("teams", teams.all());
        }
        if (term != null && !term.isBlank()) {
            model.addAttribute("found", views.search(user, term));
            return "families/list";
        }
        FamilyFilter filter = new FamilyFilter(eligible, blankAsNull(problem), blankAsNull(progress), claimable,
                blankAsNull(keyWorker), teamId, blankAsNull(tier), blankAsNull(organisation), blankAsNull(after), PAGE_SIZE,
                access.familiesVisibleTo(user));
        List<FamilySummary> families = run == null ? List.of() : directory.list(filter);
        model.addAttribute("filter", filter);
        model.addAttribute("families", families);
        model.addAttribute("count", run == null ? 0 : directory.count(filter));
        model.addAttribute("nextPage", families.size() < PAGE_SIZE ? null
                : page(filter, families.get(PAGE_SIZE - 1).familyId()));
        model.addAttribute("firstPage", filter.after() == null ? null : page(filter, null));
        return "families/list";
    }

    /** The link to the page of the same list that starts after {@code after} (the first page when null). */
    private static String page(FamilyFilter filter, String after) {
        return UriComponentsBuilder.fromPath("/families")
                .queryParamIfPresent("eligible", Optional.ofNullable(filter.eligible()))
                .queryParamIfPresent("problem", Optional.ofNullable(filter.problem()))
                .queryParamIfPresent("progress", Optional.ofNullable(filter.progress()))
                .queryParamIfPresent("claimable", Optional.ofNullable(filter.claimable()))
                .queryParamIfPresent("keyWorker", Optional.ofNullable(filter.keyWorker()))
                .queryParamIfPresent("team", Optional.ofNullable(filter.teamId()))
                .queryParamIfPresent("tier", Optional.ofNullable(filter.tier()))
                .queryParamIfPresent("organisation", Optional.ofNullable(filter.organisation()))
                .queryParamIfPresent("after", Optional.ofNullable(after))
                .encode().toUriString();
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
