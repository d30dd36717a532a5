package org.hearth.engine.measure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How the statuses of a combinator's parts make the status of the whole, as any_of and all_of define it. */
final class Combined {
    private Combined() {
    }

    /** True when any of the parts holds data ({@link Measure#holdsData}). */
    static boolean anyHoldsData(List<Measure> parts, MeasureContext context) {
        for (Measure part : parts) {
            if (part.holdsData(context)) {
                return true;
            }
        }
        return false;
    }

    /** The questions the parts ask, each once, in the parts' order. */
    static List<String> questions(List<Measure> parts, String outcomeId) {
        Set<String> asked = new LinkedHashSet<>();
        for (Measure part : parts) {
            asked.addAll(part.questions(outcomeId));
        }
        return List.copyOf(asked);
    }

    /** Parts of which none was met: too early if any part is, not applicable if every part is, else not met. */
    static final class NoneMet {
        private boolean tooEarly;
        private boolean allNotApplicable = true;

        void add(Status part) {
            tooEarly |= part == Status.TOO_EARLY;
            allNotApplicable &= part == Status.NOT_APPLICABLE;
        }

        Status status() {
            return allNotApplicable ? Status.NOT_APPLICABLE : tooEarly ? Status.TOO_EARLY : Status.NOT_MET;
        }
    }

    /**
     * Parts that must all be met, those not applicable left out: not applicable when no part applies,
     * else met when every applicable part is, too early when one is, else not met.
     */
    static final class EveryPart {
        private boolean allMet = true;
        private boolean tooEarly;
        private int applicable;

        void add(Status part) {
            if (part == Status.NOT_APPLICABLE) {
                return;
            }
            applicable++;
            allMet &= part == Status.MET;
            tooEarly |= part == Status.TOO_EARLY;
        }

        Status status() {
            return applicable == 0 ? Status.NOT_APPLICABLE
                    : allMet ? Status.MET : tooEarly ? Status.TOO_EARLY : Status.NOT_MET;
        }
    }
}
