package org.hearth.server.family;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hearth.engine.plan.Plan;
import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.Allocation;
import org.hearth.server.security.Allocations;
import org.hearth.server.security.Access;
import org.hearth.server.security.BreakGlass;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.HearthUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Teams;
import org.hearth.server.security.Users;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * The family page ({@code families/family}) made for a user, with the problems of a form posted on it: the page's own
 * (the allocation, FamilyPageController) or a part's posted elsewhere (a composition decision,
 * org.hearth.server.composition), which shows the page again with what was typed. The view is asked of
 * {@link FamilyViews} (Access, audited); a family the user may not see, or that no data names, is 404.
 */
@Component
public class FamilyPage {
    private final FamilyDirectory directory;
    private final FamilyViews views;
    private final PlansInUse plans;
    private final Allocations allocations;
    private final Users users;
    private final Teams teams;
    private final BreakGlass breakGlass;

    FamilyPage(FamilyDirectory directory, FamilyViews views, PlansInUse plans, Allocations allocations, Users users,
               Teams teams, BreakGlass breakGlass) {
        this.directory = directory;
        this.views = views;
        this.plans = plans;
        this.allocations = allocations;
        this.users = users;
        this.teams = teams;
        this.breakGlass = breakGlass;
    }

    /** The page's template, its model filled. */
    public String show(String familyId, CurrentUser user, Model model, Map<String, String> problems) {
        Access.Reading reading = views.read(user, familyId);
        if (reading == Access.Reading.NONE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<Map<String, Object>> members = directory.members(familyId);
        String decision = directory.decision(familyId);
        if (members.isEmpty() && decision == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Map<String, Object> run = directory.runOf(familyId);
        List<Allocation> history = allocations.history(familyId);
        Plan plan = plans.ofRun(run);
        FamilyDecision decided = decision == null ? null : FamilyDecision.parse(decision);
        model.addAttribute("familyId", familyId);
        model.addAttribute("run", run);
        model.addAttribute("plan", plan);
        model.addAttribute("decision", decided);
        model.addAttribute("outlook", OutcomeOutlookView.byOutcome(directory.outlook(familyId)));
        model.addAttribute("members", members);
        model.addAttribute("records", RecordsByProblem.group(plan, HeldRecord.byFile(directory.records(familyId)),
                decided == null ? Set.of() : decided.identifiedProblems()));
        model.addAttribute("allocations", history);
        model.addAttribute("allocation", history.isEmpty() || history.get(history.size() - 1).endedAt() != null ? null
                : history.get(history.size() - 1));
        model.addAttribute("staff", users.all().stream().collect(Collectors.toMap(HearthUser::username, one -> one)));
        model.addAttribute("teamNames", teams.all().stream().collect(Collectors.toMap(Teams.Team::id, Teams.Team::name)));
        model.addAttribute("problems", problems);
        model.addAttribute("breakGlass", breakGlass.ofFamily(familyId));
        model.addAttribute("readingUnderBreakGlass", reading == Access.Reading.BREAK_GLASS);
        // Asking for a record to be corrected or erased is a change: for those who see the family, not under break-glass.
        model.addAttribute("mayCorrect", reading == Access.Reading.SEES && user.role().requestsCorrections());
        if (user.role().runsProgramme()) {
            model.addAttribute("keyWorkers", keyWorkers());
        }
        return "families/family";
    }

    /** Whether the data names the family: it has members, or a decision. */
    public boolean exists(String familyId) {
        return !directory.members(familyId).isEmpty() || directory.decision(familyId) != null;
    }

    /** The key workers a family can be allocated to: enabled ones. */
    List<HearthUser> keyWorkers() {
        return users.all().stream().filter(one -> one.role() == Role.KEY_WORKER && one.enabled()).toList();
    }
}
