package org.hearth.engine.measure;

import java.util.List;

/**
 * Met when any of its measures is met: the plans' "or". When none is met, the result is too early
 * if any part is too early, and not applicable if every part is.
 *
 * <p>Data first (docs/evaluation.md §6): where the parts are data and a key worker's signed-off answer,
 * the data parts are tested first, and the worker's yes counts only where the data holds nothing for a
 * data part ({@link Measure#holdsData}): a yes never overrides data that shows every alternative not
 * met. The explanation says which was used.
 */
public record AnyOf(List<Measure> of) implements Combination {

    public AnyOf {
        if (of == null || of.isEmpty()) {
            throw new IllegalArgumentException("any_of needs at least one measure");
        }
        of = List.copyOf(of);
    }

    /** Met by any part, so it needs an answer only when every part does. */
    @Override
    public boolean needsKeyWorkersAnswer() {
        return Combined.everyPart(of, Measure::needsKeyWorkersAnswer);
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        Combined.NoneMet unmet = new Combined.NoneMet();
        boolean anyData = false;
        for (int i = 0; i < of.size(); i++) {
            Measure measure = of.get(i);
            if (measure.keyWorkersAnswer()) {
                continue;
            }
            anyData = true;
            Witness part = witness.part();
            Status status = measure.test(context, part);
            if (status == Status.MET) {
                witness.says("met by one of %d", of.size());
                witness.keepOnly(part);
                return Status.MET;
            }
            unmet.add(status);
        }
        for (int i = 0; i < of.size(); i++) {
            Measure measure = of.get(i);
            if (!measure.keyWorkersAnswer()) {
                continue;
            }
            Witness part = witness.part();
            Status status = measure.test(context, part);
            if (status == Status.MET && anyData && !someDataHoldsNothing(context)) {
                witness.part().says("the key worker's yes is not used: the data shows none of the other ways met, "
                        + "and data comes first");
                status = Status.NOT_MET;
            }
            if (status == Status.MET) {
                witness.says(anyData ? "met by one of %d: the key worker's signed-off answer, where the data holds "
                        + "nothing for a part" : "met by one of %d", of.size());
                witness.keepOnly(part);
                return Status.MET;
            }
            unmet.add(status);
        }
        witness.says("none of %d met", of.size());
        return unmet.status();
    }

    /** True when a data part has nothing in the family's records for its people and period. */
    private boolean someDataHoldsNothing(MeasureContext context) {
        for (int i = 0; i < of.size(); i++) {
            Measure measure = of.get(i);
            if (!measure.keyWorkersAnswer() && !measure.holdsData(context)) {
                return true;
            }
        }
        return false;
    }

    /** Met by a member only through a part, so only if every part is met by a member only with the family. */
    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return Combined.everyPart(of, Measure::metByMemberOnlyIfByFamily);
    }
}
