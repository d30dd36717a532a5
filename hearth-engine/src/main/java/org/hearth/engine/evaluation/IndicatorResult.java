package org.hearth.engine.evaluation;

import org.hearth.engine.measure.Measure;
import org.hearth.engine.measure.MeasureContext;
import org.hearth.engine.measure.MeasureResult;
import org.hearth.engine.measure.Status;
import org.hearth.engine.measure.Witness;

/**
 * Whether one indicator held on the day tested, and why. It keeps what deciding the indicator
 * found, and makes the full {@link MeasureResult} (whose explanation is worked out when read) only
 * when it is asked for: most indicators are never explained.
 */
public final class IndicatorResult {
    private final String indicatorId;
    private final Status status;
    private final Measure measure;
    private final MeasureContext context;
    /** Made on first read; two threads reading at once may each make one, and they say the same. */
    private MeasureResult result;

    public IndicatorResult(String indicatorId, MeasureResult result) {
        this(indicatorId, result.status(), null, null);
        this.result = result;
    }

    private IndicatorResult(String indicatorId, Status status, Measure measure, MeasureContext context) {
        this.indicatorId = indicatorId;
        this.status = status;
        this.measure = measure;
        this.context = context;
    }

    /** The indicator's measure decided in the context. */
    static IndicatorResult decided(String indicatorId, Measure measure, MeasureContext context) {
        return new IndicatorResult(indicatorId, status(indicatorId, measure, context), measure, context);
    }

    /** The status alone, for a search that keeps no result; an error names the indicator and the day. */
    static Status status(String indicatorId, Measure measure, MeasureContext context) {
        try {
            return measure.test(context, Witness.SILENT); // Measure.decide, in one call through the interface, not two
        } catch (RuntimeException e) {
            throw EvaluationException.at("indicator " + indicatorId + " on " + context.referenceDay(), e);
        }
    }

    public String indicatorId() {
        return indicatorId;
    }

    public Status status() {
        return status;
    }

    public boolean met() {
        return status == Status.MET;
    }

    /** The result with its explanation, made when first asked for. */
    public MeasureResult result() {
        MeasureResult known = result;
        if (known == null) {
            known = MeasureResult.decided(status, measure, context);
            result = known;
        }
        return known;
    }

    @Override
    public String toString() {
        return indicatorId + " " + status;
    }
}
