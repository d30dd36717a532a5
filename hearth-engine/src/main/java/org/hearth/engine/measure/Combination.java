package org.hearth.engine.measure;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.hearth.engine.timeline.FamilyTimeline;

/**
 * A measure made of others, "any of" or "all of": what it knows it knows from its parts. It is met only
 * when a part is, so it may be met only on the days a part may; it holds data when a part does; it asks
 * the questions its parts ask; it is never itself a key worker's answer.
 */
public sealed interface Combination extends Measure permits AnyOf, AllOf {

    /** The parts, in the plan's order. */
    List<Measure> of();

    @Override
    default List<Measure> parts() {
        return of();
    }

    @Override
    default List<String> questions(String outcomeId) {
        return Combined.questions(of(), outcomeId);
    }

    @Override
    default MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.anyPart(of(), family, outcomeId);
    }

    @Override
    default boolean holdsData(MeasureContext context) {
        return Combined.anyHoldsData(of(), context);
    }

    @Override
    default Set<String> reads() {
        Set<String> kinds = new TreeSet<>();
        for (Measure part : of()) {
            kinds.addAll(part.reads());
        }
        return Set.copyOf(kinds);
    }

    @Override
    default boolean keyWorkersAnswer() {
        return false;
    }
}
