package org.hearth.engine.evaluation;

import java.time.LocalDate;

import org.hearth.engine.HearthException;
import org.hearth.engine.plan.Plan;

/**
 * Something went wrong while a family was being evaluated: names the plan and version, the family, the
 * review date and the indicator, outcome or claim route being tested, with the cause, so that an
 * operator can reproduce it with {@code hearth explain}. Raised where the failing test is known
 * ({@link #at}) and given the plan and family as it leaves {@link Evaluator#evaluate}.
 */
public final class EvaluationException extends HearthException {
    private static final long serialVersionUID = 1L;

    private final String plan;
    private final String familyId;
    private final LocalDate asOf;
    private final String item;

    private EvaluationException(String plan, String familyId, LocalDate asOf, String item, Throwable cause) {
        super(message(plan, familyId, asOf, item, cause), cause);
        this.plan = plan;
        this.familyId = familyId;
        this.asOf = asOf;
        this.item = item;
    }

    /** A failure while testing the item ("indicator 1A", "outcome 4.2"), before the family is named. */
    static EvaluationException at(String item, RuntimeException cause) {
        return cause instanceof EvaluationException known ? known : new EvaluationException(null, null, null, item, cause);
    }

    /** A failure while evaluating the family under the plan as at the day, in the item if one is known. */
    public static EvaluationException of(Plan plan, String familyId, LocalDate asOf, RuntimeException cause) {
        if (cause instanceof EvaluationException known) {
            return known.plan != null ? known
                    : new EvaluationException(plan.label(), familyId, asOf, known.item, known.getCause());
        }
        return new EvaluationException(plan.label(), familyId, asOf, null, cause);
    }

    /** A failure while working out the explanation of an item of a family's evaluation. */
    static EvaluationException explaining(FamilyEvaluation family, String item, RuntimeException cause) {
        return new EvaluationException(family.planId() + " " + family.planVersion(), family.familyId(), family.asOf(),
                item, cause);
    }

    /** The plan's id and version, or null when not yet known. */
    public String plan() {
        return plan;
    }

    public String familyId() {
        return familyId;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The indicator, outcome or claim route being tested, or null when the failure was outside one. */
    public String item() {
        return item;
    }

    private static String message(String plan, String familyId, LocalDate asOf, String item, Throwable cause) {
        StringBuilder out = new StringBuilder("evaluating");
        if (plan != null) {
            out.append(" plan ").append(plan).append(", family ").append(familyId).append(" as at ").append(asOf);
        }
        if (item != null) {
            out.append(plan != null ? ", " : " ").append(item);
        }
        String reason = cause.getMessage();
        return out.append(": ").append(reason != null ? reason : cause.getClass().getSimpleName()).toString();
    }
}
