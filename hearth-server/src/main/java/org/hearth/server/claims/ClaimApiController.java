package org.hearth.server.claims;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.engine.HearthException;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Claims in JSON, under the pages' rules (docs/claims.md, The JSON API): the phases and the families claimable now;
 * batches listed, prepared, read, submitted, sampled and given a discretionary claim; the register; a claim with its
 * frozen evidence, decided by the auditor or withdrawn. Input that cannot be accepted is 422 with the problems by field,
 * a change the user may not make 403, a change the claim's or batch's state does not allow 409; a batch or claim the
 * user may not see is not found.
 */
@RestController
@RequestMapping("/api/claims")
class ClaimApiController {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ClaimViews views;
    private final ClaimBatches batches;
    private final DiscretionaryClaims discretionary;
    private final InternalAudit internalAudit;
    private final ProgrammePhases phases;

    ClaimApiController(ClaimViews views, ClaimBatches batches, DiscretionaryClaims discretionary, InternalAudit internalAudit,
                       ProgrammePhases phases) {
        this.views = views;
        this.batches = batches;
        this.discretionary = discretionary;
        this.internalAudit = internalAudit;
        this.phases = phases;
    }

    /** A batch to prepare; {@code family_ids} left out claims for every family claimable now. */
    record PrepareBody(LocalDate periodFrom, LocalDate periodTo, List<String> familyIds) {
    }

    record DiscretionaryBody(String familyId, String route, String reason, String approver) {
    }

    /** A sample to draw; {@code seed} left out draws with a new one. */
    record SampleBody(Integer size, Long seed) {
    }

    /** {@code decision}: {@code accepted} or {@code rejected}; a reason is needed to reject. */
    record DecisionBody(String decision, String reason) {
    }

    record WithdrawalBody(String reason) {
    }

    @GetMapping("/phases")
    List<ProgrammePhase> phases() {
        return phases.all();
    }

    @GetMapping("/candidates")
    List<ClaimBatches.Candidate> candidates(CurrentUser user) {
        return batches.candidates(user);
    }

    @GetMapping("/batches")
    List<BatchView> list(CurrentUser user) {
        return views.batches(user);
    }

    @PostMapping("/batches")
    ResponseEntity<BatchView> prepare(@RequestBody PrepareBody body, CurrentUser user) {
        List<String> families = body.familyIds() != null ? body.familyIds()
                : batches.candidates(user).stream().map(ClaimBatches.Candidate::familyId).toList();
        long batch = batches.prepare(user, body.periodFrom(), body.periodTo(), families);
        return ResponseEntity.status(HttpStatus.CREATED).body(views.batch(user, batch));
    }

    @GetMapping("/batches/{batchId}")
    ResponseEntity<BatchView> batch(@PathVariable long batchId, CurrentUser user) {
        BatchView view = views.batch(user, batchId);
        return view == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(view);
    }

    @PostMapping("/batches/{batchId}/submit")
    BatchView submit(@PathVariable long batchId, CurrentUser user) {
        batches.submit(user, batchId);
        return views.batch(user, batchId);
    }

    @PostMapping("/batches/{batchId}/discretionary")
    ResponseEntity<Map<String, Object>> discretionary(@PathVariable long batchId, @RequestBody DiscretionaryBody body,
                                                      CurrentUser user) {
        long claim = discretionary.add(user, batchId, body.familyId(), body.route(), body.reason(), body.approver());
        return ResponseEntity.status(HttpStatus.CREATED).body(claim(claim, user).getBody());
    }

    @PostMapping("/batches/{batchId}/sample")
    ClaimRegister.Sample sample(@PathVariable long batchId, @RequestBody SampleBody body, CurrentUser user) {
        return internalAudit.drawSample(user, batchId, body.size(), body.seed());
    }

    @GetMapping
    List<Claim> register(CurrentUser user) {
        return views.register(user, "json");
    }

    @GetMapping("/{claimId}")
    ResponseEntity<Map<String, Object>> claim(@PathVariable long claimId, CurrentUser user) {
        Claim claim = views.claim(user, claimId);
        if (claim == null) {
            return ResponseEntity.notFound().build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("claim", claim);
        body.put("evidence", parse(views.evidence(claim).json()));
        return ResponseEntity.ok(body);
    }

    @PostMapping("/{claimId}/decision")
    ResponseEntity<Map<String, Object>> decide(@PathVariable long claimId, @RequestBody DecisionBody body, CurrentUser user) {
        if ("accepted".equals(body.decision())) {
            internalAudit.accept(user, claimId, body.reason());
        } else if ("rejected".equals(body.decision())) {
            internalAudit.reject(user, claimId, body.reason());
        } else {
            throw new InvalidClaimException(Map.of("decision", "Give the decision: accepted or rejected"));
        }
        return claim(claimId, user);
    }

    @PostMapping("/{claimId}/withdraw")
    ResponseEntity<Map<String, Object>> withdraw(@PathVariable long claimId, @RequestBody WithdrawalBody body,
                                                 CurrentUser user) {
        batches.withdraw(user, claimId, body.reason());
        return claim(claimId, user);
    }

    @ExceptionHandler(InvalidClaimException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidClaimException e) {
        return ResponseEntity.unprocessableContent().body(Map.of("problems", e.problems()));
    }

    @ExceptionHandler(NotYoursException.class)
    ResponseEntity<Map<String, Object>> notYours(NotYoursException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("refused", e.getMessage()));
    }

    @ExceptionHandler(HearthException.class)
    ResponseEntity<Map<String, Object>> conflict(HearthException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("refused", e.getMessage()));
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a claim's evidence is always JSON", e);
        }
    }
}
