package org.hearth.engine.measure;

import java.util.Objects;

import org.hearth.engine.explain.Explanation;

/** What testing a measure found, and why. */
public record MeasureResult(Status status, Explanation explanation) {

    public MeasureResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(explanation, "explanation");
    }

    public static MeasureResult met(Explanation why) {
        return new MeasureResult(Status.MET, why);
    }

    public static MeasureResult notMet(Explanation why) {
        return new MeasureResult(Status.NOT_MET, why);
    }

    /** Met or not met as the condition says. */
    public static MeasureResult of(boolean met, Explanation why) {
        return new MeasureResult(met ? Status.MET : Status.NOT_MET, why);
    }

    public static MeasureResult notApplicable(Explanation why) {
        return new MeasureResult(Status.NOT_APPLICABLE, why);
    }

    /**
     * The measure decided in the context, its explanation worked out only when read, by testing the
     * measure again in a fresh copy of the context.
     */
    public static MeasureResult decided(Measure measure, MeasureContext context) {
        return new MeasureResult(measure.decide(context),
                Explanation.later(() -> measure.evaluate(context.fresh()).explanation()));
    }

    public boolean met() {
        return status == Status.MET;
    }
}
