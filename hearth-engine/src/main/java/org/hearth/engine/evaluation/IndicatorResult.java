package org.hearth.engine.evaluation;

import org.hearth.engine.measure.MeasureResult;

/** Whether one indicator held on the day tested, and why. */
public record IndicatorResult(String indicatorId, MeasureResult result) {

    public boolean met() {
        return result.met();
    }
}
