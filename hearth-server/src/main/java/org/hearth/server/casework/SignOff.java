package org.hearth.server.casework;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.server.ReviewDate;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.evaluation.Evaluations;
import org.hearth.server.ingest.ImportMadeInHearth;
import org.hearth.server.ingest.Locks;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A manager signs an answer off: in one transaction, the answer becomes a row of worker_assessments.csv
 * (docs/data-format.md), the very record an authority's own folder would hold, brought in by an import of its
 * own whose provenance is the sign-off; the answer is marked signed off; and the family is evaluated again
 * (alone: one answer does not re-read a whole authority), so that its page shows the outcome's new status.
 */
@Service
public class SignOff {
    /** The source of rows recorded in Hearth itself, so that no extract of another source withdraws them. */
    static final String SOURCE = "Hearth";
    private static final String FILE = "worker_assessments.csv";

    private final JdbcTemplate jdbc;
    private final Answers answers;
    private final CohortEvaluation cohort;
    private final ReviewDate reviewDate;
    private final AuditLog audit;

    SignOff(JdbcTemplate jdbc, Answers answers, CohortEvaluation cohort, ReviewDate reviewDate, AuditLog audit) {
        this.jdbc = jdbc;
        this.answers = answers;
        this.cohort = cohort;
        this.reviewDate = reviewDate;
        this.audit = audit;
    }

    /** @return the evaluation run of the family that followed, or null when no plan is in force */
    @Transactional
    public Long signOff(CurrentUser manager, long answerId) {
        jdbc.execute("select pg_advisory_xact_lock(" + Locks.DATA + ")");
        Answer answer = answers.decidable(manager, answerId);
        long importId = ImportMadeInHearth.open(jdbc, manager.username(), "sign-off of answer " + answerId, 1);
        String recordId = answer.recordId();
        Map<String, String> values = values(recordId, answer, manager);
        ImportMadeInHearth.addRow(jdbc, importId, FILE, recordId, SOURCE, answer.personId(), answer.familyId(), values);
        jdbc.update("""
                update worker_answer set state = 'signed_off', decided_by = ?, decided_at = now(), import_id = ?
                where id = ? and state = 'awaiting_sign_off'""", manager.username(), importId, answerId);
        Long run = cohort.evaluateFamily(answer.familyId(), importId, Evaluations.Reason.SIGN_OFF);
        audit.record(manager.username(), "answer signed off", answer.familyId(), "answer " + answerId + " (import "
                + importId + (run == null ? "" : ", evaluation run " + run) + ")");
        return run;
    }

    /** The row's values by column, as worker_assessments.csv gives them. */
    private Map<String, String> values(String recordId, Answer answer, CurrentUser manager) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("record_id", recordId);
        values.put("person_id", answer.personId() == null ? "" : answer.personId());
        values.put("family_id", answer.familyId());
        values.put("plan_id", answer.planId());
        values.put("question", answer.question());
        values.put("answer", Boolean.toString(answer.answer()));
        values.put("assessed_on", answer.assessedOn().toString());
        values.put("assessed_by", answer.assessedBy());
        values.put("signed_off_on", reviewDate.today().toString());
        values.put("signed_off_by", manager.username());
        values.put("signed_off_role", manager.role().code());
        values.put("source", SOURCE);
        return values;
    }
}
