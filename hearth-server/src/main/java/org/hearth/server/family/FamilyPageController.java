package org.hearth.server.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.hearth.engine.plan.Plan;
import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.Allocation;
import org.hearth.server.security.Allocations;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.HearthUser;
import org.hearth.server.security.InvalidUserException;
import org.hearth.server.security.Role;
import org.hearth.server.security.Teams;
import org.hearth.server.security.Users;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /families/{id}}: one family, whole: on which run its decisions stand, its members over time, its
 * allocation and the allocations before, each problem's identification, progress and outcomes with their
 * explanations, the claim, and every record held about it with its provenance, under the problems that read it
 * ({@link RecordsByProblem}). A coordinator allocates the family
 * here ({@code POST /families/{id}/allocation}, coordinators only: SecurityConfiguration).
 */
@Controller
class FamilyPageController {
    private final FamilyDirectory directory;
    private final FamilyViews views;
    private final PlansInUse plans;
    private final Allocations allocations;
    private final Users users;
    private final Teams teams;

    FamilyPageController(FamilyDirectory directory, FamilyViews views, PlansInUse plans, Allocations allocations,
                         Users users, Teams teams) {
        this.directory = directory;
        this.views = views;
        this.plans = plans;
        this.allocations = allocations;
        this.users = users;
        this.teams = teams;
    }

    @GetMapping("/families/{familyId}")
    String family(@PathVariable String familyId, CurrentUser user, Model model) {
        return page(familyId, user, model, Map.of());
    }

    @PostMapping("/families/{familyId}/allocation")
    String allocate(@PathVariable String familyId, @RequestParam(defaultValue = "") String keyWorker, CurrentUser user,
                    Model model) {
        if (!exists(familyId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<HearthUser> worker = keyWorkers().stream().filter(one -> one.username().equals(keyWorker)).findFirst();
        if (worker.isEmpty()) {
            return page(familyId, user, model, Map.of("keyWorker", "Choose the key worker to allocate the family to"));
        }
        try {
            allocations.allocate(familyId, keyWorker, worker.get().teamId(), user.username());
        } catch (InvalidUserException e) {
            return page(familyId, user, model, Map.of("keyWorker", e.getMessage()));
        }
        return "redirect:/families/" + familyId + "?allocated";
    }

    private String page(String familyId, CurrentUser user, Model model, Map<String, String> problems) {
        if (!views.view(user, familyId)) {
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
        if (user.role().runsProgramme()) {
            model.addAttribute("keyWorkers", keyWorkers());
        }
        return "families/family";
    }

    private boolean exists(String familyId) {
        return !directory.members(familyId).isEmpty() || directory.decision(familyId) != null;
    }

    /** The key workers a family can be allocated to: enabled ones. */
    private List<HearthUser> keyWorkers() {
        return users.all().stream().filter(one -> one.role() == Role.KEY_WORKER && one.enabled()).toList();
    }
}
