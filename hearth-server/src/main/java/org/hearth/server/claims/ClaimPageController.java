package org.hearth.server.claims;

import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /claims/{id}}: one claim and the evidence it froze (the family, the plan version and its hash, each problem
 * identified with the plan's rows cited by source_ref, each outcome's explanation, records and signed-off answers); for
 * the auditor, the form to accept or reject it ({@code POST /claims/{id}/decision}) and the way on to the next; for the
 * coordinator, the form to withdraw it ({@code POST /claims/{id}/withdraw}). A claim the user may not see is not found.
 */
@Controller
class ClaimPageController {
    private final ClaimViews views;
    private final ClaimRegister register;
    private final ClaimBatches batches;
    private final InternalAudit internalAudit;
    private final ProgrammePhases phases;

    ClaimPageController(ClaimViews views, ClaimRegister register, ClaimBatches batches, InternalAudit internalAudit,
                        ProgrammePhases phases) {
        this.views = views;
        this.register = register;
        this.batches = batches;
        this.internalAudit = internalAudit;
        this.phases = phases;
    }

    @GetMapping("/claims/{claimId}")
    String claim(@PathVariable long claimId, CurrentUser user, Model model) {
        return page(user, claimId, model, Map.of(), "");
    }

    @PostMapping("/claims/{claimId}/decision")
    String decide(@PathVariable long claimId, @RequestParam(defaultValue = "") String decision,
                  @RequestParam(required = false) String reason, CurrentUser user, Model model) {
        try {
            switch (decision) {
                case "accept" -> internalAudit.accept(user, claimId, reason);
                case "reject" -> internalAudit.reject(user, claimId, reason);
                default -> {
                    return page(user, claimId, model, Map.of("decision", "Choose to accept or to reject the claim"), reason);
                }
            }
        } catch (InvalidClaimException e) {
            return page(user, claimId, model, e.problems(), reason);
        } catch (HearthException e) {
            return page(user, claimId, model, Map.of("decision", e.getMessage()), reason);
        }
        return "redirect:/claims/" + claimId + "?decided";
    }

    @PostMapping("/claims/{claimId}/withdraw")
    String withdraw(@PathVariable long claimId, @RequestParam(required = false) String withdrawalReason, CurrentUser user,
                    Model model) {
        try {
            batches.withdraw(user, claimId, withdrawalReason);
        } catch (InvalidClaimException e) {
            return page(user, claimId, model, e.problems(), "");
        } catch (HearthException e) {
            return page(user, claimId, model, Map.of("withdrawalReason", e.getMessage()), "");
        }
        return "redirect:/claims/" + claimId + "?withdrawn";
    }

    private String page(CurrentUser user, long claimId, Model model, Map<String, String> problems, String reason) {
        Claim claim = views.claim(user, claimId);
        if (claim == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        ClaimBatch batch = register.batch(claim.batchId());
        boolean open = !batch.submitted();
        model.addAttribute("claim", claim);
        model.addAttribute("batch", batch);
        model.addAttribute("phase", phases.get(claim.phase()));
        model.addAttribute("evidence", views.evidence(claim));
        model.addAttribute("problems", problems);
        model.addAttribute("reason", reason == null ? "" : reason);
        model.addAttribute("mayAudit", user.role().auditsClaims() && open && claim.state() == ClaimState.AWAITING_AUDIT);
        model.addAttribute("mayWithdraw", user.role().preparesClaims() && open && claim.state() != ClaimState.WITHDRAWN
                && (user.organisation() == null || user.organisation().equals(batch.organisation())));
        model.addAttribute("auditor", user.role().auditsClaims());
        return "claims/claim";
    }
}
