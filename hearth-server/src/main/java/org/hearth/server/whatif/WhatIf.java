package org.hearth.server.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hearth.engine.HearthException;
import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.PopulationEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.Population;
import org.hearth.io.screening.ScreeningWorklist;
import org.hearth.server.ReadSnapshot;
import org.hearth.server.ReviewDate;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.ingest.StoredData;
import org.hearth.server.plan.PlanVersion;
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.plan.PlansInUse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * What if the authority adopted a draft plan (issue 13, item 6): every family evaluated on the data held, as at the
 * review date, under the plan in force and under the draft, and the families whose eligibility, any problem's
 * identification or progress, or claim would change listed with both plans' explanations. The draft is checked as
 * {@code hearth plan validate} checks it and never stored; the data is read in a read-only transaction, so the
 * comparison changes nothing held. Only the audit log remembers it was made. The draft may be one of the plans shipped
 * with Hearth ({@link #checkBuiltIn}), and the comparison keeps the identification worklist under the draft too
 * ({@link ScreeningWorklist}, as {@code hearth screen} writes it): another plan's worklist on the data held.
 */
@Service
public class WhatIf {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final StoredData stored;
    private final PlanVersions versions;
    private final PlansInUse plans;
    private final ReviewDate reviewDate;
    private final AuditLog audit;
    private final TransactionTemplate readOnly;

    WhatIf(StoredData stored, PlanVersions versions, PlansInUse plans, ReviewDate reviewDate, AuditLog audit,
           TransactionTemplate transaction) {
        this.stored = stored;
        this.versions = versions;
        this.plans = plans;
        this.reviewDate = reviewDate;
        this.audit = audit;
        this.readOnly = ReadSnapshot.of(transaction.getTransactionManager()); // one snapshot of the data
    }

    /**
     * Checks an uploaded draft (named "draft.yaml" when the upload gives no name) and that there is something to
     * compare it with.
     *
     * @throws org.hearth.engine.plan.InvalidPlanException when the file is not a valid plan (the validator's errors)
     * @throws HearthException when no data is held, or no plan is in force on the review date
     */
    Draft check(MultipartFile upload) {
        String name = upload.getOriginalFilename() == null || upload.getOriginalFilename().isBlank() ? "draft.yaml"
                : upload.getOriginalFilename();
        try {
            return check(name, upload.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks one of the plans shipped with Hearth, to compare as a draft: another authority's plan over this
     * authority's data, and its identification worklist.
     *
     * @throws HearthException when there is no such built-in plan, or nothing to compare it with
     */
    Draft checkBuiltIn(String id) {
        if (!PlanLoader.BUILT_IN.contains(id)) {
            throw new HearthException("There is no built-in plan '" + id + "': choose one of "
                    + String.join(", ", PlanLoader.BUILT_IN));
        }
        return check(id + ".yaml", PlanLoader.builtInFile(id));
    }

    private Draft check(String fileName, byte[] file) {
        Plan plan = PlanLoader.withBuiltInSchema().load(fileName, file);
        LocalDate asOf = reviewDate.today();
        PlanVersion inForce = versions.inForceOn(asOf);
        if (inForce == null) {
            throw new HearthException("No plan is in force on the review date, " + DAY.format(asOf)
                    + ", to compare the draft with: add the plan in force on the plans page first");
        }
        if (stored.latestImport() == null) {
            throw new HearthException("No data is held to evaluate: import the authority's data folder first");
        }
        return new Draft(plan, fileName, PlanVersions.sha256(file), inForce, asOf);
    }

    /** Evaluates every family under both plans, telling the job how far it has gone, and audits the comparison. */
    WhatIfResult compare(Draft draft, WhatIfJob job, String by) {
        WhatIfResult result = readOnly.execute(status -> {
            job.phase("Reading the data held", 0);
            long importId = stored.latestImport();
            Population held = stored.held();
            List<FamilyTimeline> timelines = held.timelines();
            job.phase("Evaluating every family under both plans", timelines.size());
            Plan inForce = plans.plan(draft.inForce().id());
            List<FamilyDifference> differences = new ArrayList<>();
            ScreeningWorklist worklist = new ScreeningWorklist(draft.plan(), false);
            PopulationEvaluation.map(timelines, family -> {
                FamilyEvaluation underDraft = Evaluator.evaluate(draft.plan(), family, draft.asOf());
                return new Compared(FamilyDifference.between(Evaluator.evaluate(inForce, family, draft.asOf()), underDraft),
                        underDraft, ScreeningWorklist.entry(family, underDraft, held.familyReference(family.familyId()), false));
            }, compared -> {
                if (compared.difference() != null) {
                    differences.add(compared.difference());
                }
                worklist.add(compared.underDraft(), compared.entry());
            }, job::advance);
            return new WhatIfResult(named(inForce), named(draft.plan()), draft.sha256(), draft.fileName(), draft.asOf(),
                    importId, timelines.size(), List.copyOf(differences), worklist);
        });
        audit.record(by, "what-if compared", draft.plan().id() + " " + draft.plan().version(), "draft " + draft.fileName()
                + " (SHA-256 " + draft.sha256() + ") beside " + draft.inForce().planId() + " " + draft.inForce().version()
                + " as at " + draft.asOf() + " on import " + result.dataImportId() + ": " + result.families()
                + " families evaluated, " + result.familiesChanged() + " would change");
        return result;
    }

    /** A family under both plans: what would change (or null), its evaluation under the draft and its worklist entry. */
    private record Compared(FamilyDifference difference, FamilyEvaluation underDraft, ScreeningWorklist.Entry entry) {
    }

    private static WhatIfResult.PlanNamed named(Plan plan) {
        return new WhatIfResult.PlanNamed(plan.id(), plan.version(), plan.title());
    }
}
