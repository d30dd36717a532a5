package org.hearth.engine.measure;

import java.util.List;

import org.hearth.engine.timeline.FamilyTimeline;

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
    public Status test(MeasureContext context, Witness witness) {
        Combined.NoneMet unmet = new Combined.NoneMet();
        for (int i = 0; i < of.size(); i++) {
            Witness part = witness.part();
            Status status = of.get(i).test(context, part);
            if (status == Status.MET) {
                witness.says("met by one of %d", of.size());
                witness.keepOnly(part);
                return Status.MET;
            }
            unmet.add(status);
        }
        witness.says("none of %d met", of.size());
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
