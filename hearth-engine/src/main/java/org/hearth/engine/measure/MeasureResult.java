package org.hearth.engine.measure;

import java.util.Objects;

import org.hearth.engine.explain.Explanation;

/**
 * What testing a measure found, and why. A result {@link #decided} holds the measure and its context
 * instead of its explanation, and makes the explanation only when it is asked for.
 */
public final class MeasureResult {
    private final Status status;
    private final Measure measure;
    private final MeasureContext context;
    /** Given with the result when it is made; for a decided result, made on first read. */
    private Explanation explanation;

    public MeasureResult(Status status, Explanation explanation) {
        this.status = Objects.requireNonNull(status, "status");
        this.explanation = Objects.requireNonNull(explanation, "explanation");
        this.measure = null;
        this.context = null;
    }

    private MeasureResult(Status status, Measure measure, MeasureContext context) {
        this.status = status;
        this.measure = measure;
        this.context = context;
    }

    public Status status() {
        return status;
    }

    /**
     * Why: for a decided result, an explanation that re-tests the measure in a fresh copy of its
     * context when its words are first read. Two threads asking at once may each make one; they say
     * the same, and an Explanation is safe to share so.
     */
    public Explanation explanation() {
        Explanation known = explanation;
        if (known == null) {
            known = Explanation.later(() -> measure.evaluate(context.fresh()).explanation());
            explanation = known;
        }
        return known;
    }

    /**
     * The measure decided in the context, its explanation worked out only when read, by testing the
     * measure again in a fresh copy of the context.
     */
    public static MeasureResult decided(Measure measure, MeasureContext context) {
        // Measure.decide, in one call through the interface rather than two: every outcome of every family
        return new MeasureResult(measure.test(context, Witness.SILENT), measure, context);
    }

    /**
     * As {@link #decided(Measure, MeasureContext)}, for a status the caller has just found with
     * {@code measure.decide(context)}: a result kept apart from its decision is made only when read.
     */
    public static MeasureResult decided(Status status, Measure measure, MeasureContext context) {
        return new MeasureResult(Objects.requireNonNull(status, "status"), Objects.requireNonNull(measure, "measure"),
                Objects.requireNonNull(context, "context"));
    }

    public boolean met() {
        return status == Status.MET;
    }

    @Override
    public String toString() {
        return status + ": " + explanation().text();
    }
}
