package org.hearth.server.family;

import java.util.Map;
import java.util.Optional;

import org.hearth.server.security.Allocations;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.HearthUser;
import org.hearth.server.security.InvalidUserException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /families/{id}}: one family, whole ({@link FamilyPage}): on which run its decisions stand, its members over
 * time and the decisions on its composition, its allocation and the allocations before, each problem's
 * identification, progress and outcomes with their explanations, the claim, and every record held about it with its
 * provenance, under the problems that read it ({@link RecordsByProblem}). A coordinator allocates the family here
 * ({@code POST /families/{id}/allocation}, coordinators only: SecurityConfiguration).
 */
@Controller
class FamilyPageController {
    private final FamilyPage page;
    private final Allocations allocations;

    FamilyPageController(FamilyPage page, Allocations allocations) {
        this.page = page;
        this.allocations = allocations;
    }

    @GetMapping("/families/{familyId}")
    String family(@PathVariable String familyId, CurrentUser user, Model model) {
        return page.show(familyId, user, model, Map.of());
    }

    @PostMapping("/families/{familyId}/allocation")
    String allocate(@PathVariable String familyId, @RequestParam(defaultValue = "") String keyWorker, CurrentUser user,
                    Model model) {
        if (!page.exists(familyId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Optional<HearthUser> worker = page.keyWorkers().stream().filter(one -> one.username().equals(keyWorker)).findFirst();
        if (worker.isEmpty()) {
            return page.show(familyId, user, model, Map.of("keyWorker", "Choose the key worker to allocate the family to"));
        }
        try {
            allocations.allocate(familyId, keyWorker, worker.get().teamId(), user.username());
        } catch (InvalidUserException e) {
            return page.show(familyId, user, model, Map.of("keyWorker", e.getMessage()));
        }
        return "redirect:/families/" + familyId + "?allocated";
    }
}
