package org.hearth.server.evaluation;

import java.time.LocalDate;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

import org.hearth.io.Population;
import org.hearth.server.ReviewDate;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.ingest.Locks;
import org.hearth.server.ingest.StoredData;
import org.hearth.server.plan.PlanVersion;
import org.hearth.server.plan.PlanVersions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every family evaluated again on the data held, after something other than an import changed a decision:
 * a plan version uploaded, an answer signed off, a new review date. One transaction: the run is stored
 * whole or not at all, and waits for an import in progress.
 */
@Service
public class CohortEvaluation {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final StoredData stored;
    private final PlanVersions plans;
    private final Evaluations evaluations;
    private final ReviewDate reviewDate;
    private final AuditLog audit;

    CohortEvaluation(JdbcTemplate jdbc, TransactionTemplate transaction, StoredData stored, PlanVersions plans,
                     Evaluations evaluations, ReviewDate reviewDate, AuditLog audit) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.stored = stored;
        this.plans = plans;
        this.evaluations = evaluations;
        this.reviewDate = reviewDate;
        this.audit = audit;
    }

    /** Stores a plan version and, when data is held, evaluates every family under the plan then in force. */
    public PlanVersion uploadPlan(String fileName, byte[] file, LocalDate inForceFrom, String by, IntConsumer evaluated) {
        return transaction.execute(status -> {
            jdbc.execute("select pg_advisory_xact_lock(" + Locks.DATA + ")");
            PlanVersion version = plans.upload(fileName, file, inForceFrom, by);
            Long run = reevaluate(Evaluations.Reason.PLAN, evaluated);
            audit.record(by, "plan version added", version.planId() + " " + version.version(), "SHA-256 " + version.sha256()
                    + ", in force from " + version.inForceFrom() + (run == null ? "" : ", evaluation run " + run));
            return version;
        });
    }

    /**
     * Evaluates every family on the data held under the plan in force on the review date, in the caller's
     * transaction (which holds {@link Locks#DATA}).
     *
     * @return the run, or null when no data or no plan is held
     */
    Long reevaluate(Evaluations.Reason reason, IntConsumer evaluated) {
        Long latestImport = stored.latestImport();
        return latestImport == null ? null : evaluate(stored::current, latestImport, reason, evaluated);
    }

    /**
     * Evaluates one family again, read alone, under the plan in force on the review date, in the caller's
     * transaction (which holds {@link Locks#DATA}).
     *
     * @param importId the import that changed the family's data: a sign-off's, a correction's
     * @return the run, or null when no plan is in force
     * @throws org.hearth.server.ingest.ImportRejectedException when the family's rows are not valid together
     */
    public Long evaluateFamily(String familyId, long importId, Evaluations.Reason reason) {
        LocalDate asOf = reviewDate.today();
        PlanVersion plan = plans.inForceOn(asOf);
        return plan == null ? null : evaluations.evaluateFamily(stored.family(familyId), familyId, plan, asOf, importId,
                reason);
    }

    /**
     * Evaluates every family of the population, the data as it stands after the import named, under the plan
     * in force on the review date, in the caller's transaction (which holds {@link Locks#DATA}).
     *
     * @return the run, or null when no plan is in force (the population is then not read)
     */
    public Long evaluate(Supplier<Population> population, long importId, Evaluations.Reason reason, IntConsumer evaluated) {
        LocalDate asOf = reviewDate.today();
        PlanVersion plan = plans.inForceOn(asOf);
        return plan == null ? null : evaluations.evaluate(population.get(), plan, asOf, importId, reason, evaluated);
    }
}
