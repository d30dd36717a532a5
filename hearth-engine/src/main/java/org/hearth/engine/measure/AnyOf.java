package org.hearth.engine.measure;

import org.hearth.engine.timeline.FamilyTimeline;

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

    @Override
    public List<Measure> parts() {
        return of;
    }

    @Override
    public List<String> questions(String outcomeId) {
        return Combined.questions(of, outcomeId);
    }

    /** Met only when a part is met. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family) {
        return MeetableDays.anyPart(of, family);
    }

    /** Met by a member only through a part, so only if every part is met by a member only with the family. */
    @Override
    public boolean metByMemberOnlyIfByFamily() {
        for (Measure part : of) {
            if (!part.metByMemberOnlyIfByFamily()) {
                return false;
            }
        }
        return true;
    }
}
