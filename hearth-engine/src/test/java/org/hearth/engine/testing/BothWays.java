package org.hearth.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.hearth.engine.measure.Measure;
import org.hearth.engine.measure.MeasureContext;
import org.hearth.engine.measure.MeasureResult;

/**
 * A measure tested both ways: with its explanation ({@link Measure#evaluate}) and for its status alone
 * ({@link Measure#decide}), which must agree. Measure tests that go through here check the short way
 * on every boundary they check the long way.
 */
public final class BothWays {
    private BothWays() {
    }

    /** The measure's result in the context, after checking that deciding alone gives the same status. */
    public static MeasureResult evaluate(Measure measure, MeasureContext context) {
        MeasureResult result = measure.evaluate(context);
        assertThat(measure.decide(context)).as("the status decided without the explanation").isEqualTo(result.status());
        return result;
    }
}
