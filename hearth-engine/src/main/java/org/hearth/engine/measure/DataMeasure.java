package org.hearth.engine.measure;

import java.util.List;

/**
 * A measure that reads the family's records itself: it has no parts and asks key workers nothing.
 * What does vary between such measures (the days they could be met, whether a member meets one only
 * with the family, what data they read) each still says for itself.
 */
public sealed interface DataMeasure extends Measure
        permits CountInWindow, NoneInWindow, CountAgainstBaseline, AttendanceOverTerms, AttendanceImprovement,
                ExclusionsOverTerms, StatusHeld, StatusEndedSustained, InterventionStepDown, ContinuousEmployment,
                EarningsThreshold, Participation, BalanceAtMost, NoEscalation, ScoreCrossing, ScoreImprovement,
                ScoreReached, Motherhood {

    @Override
    default List<Measure> parts() {
        return List.of();
    }

    @Override
    default List<String> questions(String outcomeId) {
        return List.of();
    }

    @Override
    default boolean keyWorkersAnswer() {
        return false;
    }

    @Override
    default boolean needsKeyWorkersAnswer() {
        return false;
    }
}
