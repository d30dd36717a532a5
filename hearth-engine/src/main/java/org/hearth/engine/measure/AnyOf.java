package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.explain.Explanation;

/**
 * Met when any of its measures is met: the plans' "or". When none is met, the result is too early
 * if any part is too early, and not applicable if every part is.
 */
public record AnyOf(List<Measure> of) implements Measure {

    public AnyOf {
        if (of == null || of.isEmpty()) {
            throw new IllegalArgumentException("any_of needs at least one measure");
        }
        of = List.copyOf(of);
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        List<Explanation> parts = new ArrayList<>();
        Combined.NoneMet unmet = new Combined.NoneMet();
        for (Measure measure : of) {
            MeasureResult result = measure.evaluate(context);
            parts.add(result.explanation());
            if (result.met()) {
                return MeasureResult.met(Explanation.of(List.of(result.explanation()), "met by one of %d", of.size()));
            }
            unmet.add(result.status());
        }
        return new MeasureResult(unmet.status(), Explanation.of(parts, "none of %d met", of.size()));
    }

    @Override
    public Status decide(MeasureContext context) {
        Combined.NoneMet unmet = new Combined.NoneMet();
        for (int i = 0; i < of.size(); i++) {
            Status status = of.get(i).decide(context);
            if (status == Status.MET) {
                return Status.MET;
            }
            unmet.add(status);
        }
        return unmet.status();
    }
}
