package org.hearth.server.protection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.server.audit.AuditLog;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.evaluation.Evaluations;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.ingest.ImportMadeInHearth;
import org.hearth.server.ingest.ImportRejectedException;
import org.hearth.server.ingest.Locks;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A request to correct or erase records approved, or refused, by a coordinator other than the one who asked
 * ({@link CorrectionRequests}). An approval is one transaction, holding {@link Locks#DATA} as an import does: what the
 * change touches is flagged for review as it stood before ({@link CorrectionReviews}); the record is corrected
 * ({@link Rectification}) or the person erased ({@link Erasure}) under an import of its own, whose provenance is the
 * request; each family the record belonged to is evaluated again, read alone; and the whole is audited with the
 * request's reason. Rows that would not be valid together refuse the approval, and nothing is changed.
 */
@Service
public class Corrections {
    private final JdbcTemplate jdbc;
    private final CorrectionRequests requests;
    private final CorrectionReviews reviews;
    private final Rectification rectification;
    private final Erasure erasure;
    private final CohortEvaluation cohort;
    private final AuditLog audit;
    private final FamilyDirectory directory;

    Corrections(JdbcTemplate jdbc, CorrectionRequests requests, CorrectionReviews reviews, Rectification rectification,
                Erasure erasure, CohortEvaluation cohort, AuditLog audit, FamilyDirectory directory) {
        this.jdbc = jdbc;
        this.requests = requests;
        this.reviews = reviews;
        this.rectification = rectification;
        this.erasure = erasure;
        this.cohort = cohort;
        this.audit = audit;
        this.directory = directory;
    }

    /** What an approval did: the import it made, the families evaluated again, and what it flagged. */
    public record Approved(long importId, List<String> families, int flagged) {
    }

    /**
     * Approves the request and makes its change, all in one transaction.
     *
     * @throws InvalidCorrectionException when the approver may not approve it, or the rows would not be valid after it
     */
    @Transactional
    public Approved approve(CurrentUser by, long requestId, String note) {
        jdbc.execute("select pg_advisory_xact_lock(" + Locks.DATA + ")");
        CorrectionRequest request = decidable(by, requestId);
        String written = note == null ? "" : note.strip();
        if (written.length() > 2000) {
            throw new InvalidCorrectionException("note", "Say what you checked in up to 2,000 characters");
        }
        List<String> families = families(request);
        List<CorrectionReviews.Flag> flags = reviews.find(request, families);
        long importId = ImportMadeInHearth.open(jdbc, by.username(), request.kind().code() + " of request " + requestId,
                request.kind() == CorrectionRequest.Kind.RECTIFICATION ? 1 : 0);
        Map<String, Long> erased = null;
        if (request.kind() == CorrectionRequest.Kind.RECTIFICATION) {
            Rectification.Row row = rectification.current(request.file(), request.recordId());
            if (row == null) {
                throw new InvalidCorrectionException("", "The record is no longer held as it was asked about: an import or "
                        + "another correction has changed it since. Refuse this request, and ask again if it is still wrong");
            }
            rectification.apply(row, Rectification.changes(row, request.corrections()), importId);
        } else {
            erased = erasure.erase(request.personId(), importId);
        }
        List<Long> runs = new ArrayList<>();
        try {
            for (String family : families) {
                if (directory.held(family)) {
                    Long run = cohort.evaluateFamily(family, importId, Evaluations.Reason.CORRECTION);
                    if (run != null) {
                        runs.add(run);
                    }
                }
            }
        } catch (ImportRejectedException e) {
            throw new InvalidCorrectionException("", "After the " + request.kind().code() + " the family's records would not "
                    + "be valid together, so nothing was changed: " + String.join("; ", e.errors()));
        }
        if (erased != null) {
            erased.put("family_evaluation", erasure.supersededEvaluations(families));
        }
        reviews.store(requestId, flags);
        jdbc.update("""
                update correction_request set state = 'approved', decided_by = ?, decided_at = now(),
                    decision_reason = nullif(?, ''), import_id = ?
                where id = ?""", by.username(), written, importId, requestId);
        audit.record(by.username(), request.kind().code() + " approved",
                request.auditSubject(),
                "request " + requestId + " (" + request.subject() + ", asked by " + request.requestedBy() + "; reason: "
                        + request.reason() + ")" + (written.isEmpty() ? "" : "; approval: " + written) + "; import "
                        + importId + (erased == null ? "" : "; erased " + erased) + "; families evaluated again "
                        + families + (runs.isEmpty() ? "" : " (runs " + runs + ")") + "; " + flags.size() + " flagged for review");
        return new Approved(importId, families, flags.size());
    }

    /**
     * Refuses the request, saying why; nothing held changes.
     *
     * @throws InvalidCorrectionException when the refuser may not decide it, or gives no reason
     */
    @Transactional
    public void refuse(CurrentUser by, long requestId, String reason) {
        CorrectionRequest request = decidable(by, requestId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 2000) {
            throw new InvalidCorrectionException("decisionReason", "Say why the request is refused, in up to 2,000 characters");
        }
        jdbc.update("""
                update correction_request set state = 'refused', decided_by = ?, decided_at = now(), decision_reason = ?
                where id = ?""", by.username(), why, requestId);
        audit.record(by.username(), request.kind().code() + " refused",
                request.auditSubject(),
                "request " + requestId + " (" + request.subject() + ", asked by " + request.requestedBy() + "); refusal: " + why);
    }

    private CorrectionRequest decidable(CurrentUser by, long requestId) {
        CorrectionRequest request = requests.locked(requestId);
        if (request == null || !request.awaiting()) {
            throw new InvalidCorrectionException("", "Request " + requestId + " is not awaiting approval: someone may have "
                    + "decided it");
        }
        if (!by.role().decidesCorrections() || by.organisation() != null) {
            throw new InvalidCorrectionException("", "Only the authority's coordinators decide requests to correct or "
                    + "erase records");
        }
        if (request.requestedBy().equals(by.username())) {
            throw new InvalidCorrectionException("", "A second person decides a request: you asked for this one");
        }
        return request;
    }

    /** The families whose records the change touches: the one asked from, and the record's person's. */
    private List<String> families(CorrectionRequest request) {
        Set<String> families = new LinkedHashSet<>();
        families.add(request.familyId());
        if (request.personId() != null) {
            families.addAll(erasure.familiesOf(request.personId()));
        }
        return new ArrayList<>(families);
    }
}
