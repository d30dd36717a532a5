package org.hearth.engine.measure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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

    /** True when every part has the property (a measure's own, such as {@link Measure#needsKeyWorkersAnswer}). */
    static boolean everyPart(List<Measure> parts, Predicate<Measure> property) {
        for (Measure part : parts) {
            if (!property.test(part)) {
                return false;
            }
        }
        return true;
    }

    /** True when some part has the property. */
    static boolean somePart(List<Measure> parts, Predicate<Measure> property) {
        return !everyPart(parts, property.negate());
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
