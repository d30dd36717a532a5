package org.hearth.engine.measure;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A test a plan applies to a family: an indicator that identifies a problem, or a measure of
 * significant and sustained progress. The vocabulary is closed: each type is one class, named in
 * the plan by its {@code type}, and documented in docs/plan-format.md.
 *
 * <p>Every measure is a pure function of its parameters and the context: no clock, no I/O.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = CountInWindow.class, name = "count_in_window"),
    @JsonSubTypes.Type(value = NoneInWindow.class, name = "none_in_window"),
    @JsonSubTypes.Type(value = CountAgainstBaseline.class, name = "count_against_baseline"),
    @JsonSubTypes.Type(value = AttendanceOverTerms.class, name = "attendance_over_terms"),
    @JsonSubTypes.Type(value = AttendanceImprovement.class, name = "attendance_improvement"),
    @JsonSubTypes.Type(value = ExclusionsOverTerms.class, name = "exclusions_over_terms"),
    @JsonSubTypes.Type(value = StatusHeld.class, name = "status_held"),
    @JsonSubTypes.Type(value = StatusEndedSustained.class, name = "status_ended_sustained"),
    @JsonSubTypes.Type(value = InterventionStepDown.class, name = "intervention_step_down"),
    @JsonSubTypes.Type(value = ContinuousEmployment.class, name = "continuous_employment"),
    @JsonSubTypes.Type(value = EarningsThreshold.class, name = "earnings_threshold"),
    @JsonSubTypes.Type(value = Participation.class, name = "participation"),
    @JsonSubTypes.Type(value = BalanceAtMost.class, name = "balance_at_most"),
    @JsonSubTypes.Type(value = NoEscalation.class, name = "no_escalation"),
    @JsonSubTypes.Type(value = ScoreCrossing.class, name = "score_crossing"),
    @JsonSubTypes.Type(value = ScoreImprovement.class, name = "score_improvement"),
    @JsonSubTypes.Type(value = ScoreReached.class, name = "score_reached"),
    @JsonSubTypes.Type(value = Motherhood.class, name = "motherhood"),
    @JsonSubTypes.Type(value = WorkerAssessmentSignedOff.class, name = "worker_assessment"),
    @JsonSubTypes.Type(value = AnyOf.class, name = "any_of"),
    @JsonSubTypes.Type(value = AllOf.class, name = "all_of")
})
public sealed interface Measure
        permits CountInWindow, NoneInWindow, CountAgainstBaseline, AttendanceOverTerms, AttendanceImprovement,
                ExclusionsOverTerms, StatusHeld, StatusEndedSustained, InterventionStepDown, ContinuousEmployment,
                EarningsThreshold, Participation, BalanceAtMost, NoEscalation, ScoreCrossing, ScoreImprovement,
                ScoreReached, Motherhood, WorkerAssessmentSignedOff, AnyOf, AllOf {

    /** Tests the measure in the context and says why. */
    MeasureResult evaluate(MeasureContext context);

    /**
     * Tests the measure in the context without saying why: always the status {@link #evaluate} gives.
     * Evaluating a population decides every indicator and outcome this way and works out an
     * explanation only when one is read; the measures tested most often find their status for less.
     */
    default Status decide(MeasureContext context) {
        return evaluate(context).status();
    }
}
