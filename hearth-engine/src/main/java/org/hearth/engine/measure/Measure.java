package org.hearth.engine.measure;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.hearth.engine.timeline.FamilyTimeline;

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
public sealed interface Measure permits DataMeasure, Combination, WorkerAssessmentSignedOff {

    /** What {@link #reads} names for the family's interventions and their tier changes. */
    String INTERVENTIONS = "interventions";

    /**
     * The measure's rule, written once: decides the measure in the context, telling the witness what it
     * looked at and found as it goes. With {@link Witness#SILENT} it only decides, and may stop as soon
     * as the decision is settled; with a {@link Witness#recording()} witness the same code also gives
     * the explanation. A measure implements this alone: {@link #evaluate} and {@link #decide} are the
     * two witnesses, never overridden.
     */
    Status test(MeasureContext context, Witness witness);

    /** Tests the measure in the context and says why: the rule heard by a recording witness. */
    default MeasureResult evaluate(MeasureContext context) {
        Witness.Recording witness = Witness.recording();
        Status status = test(context, witness);
        return new MeasureResult(status, witness.explanation());
    }

    /**
     * Tests the measure in the context without saying why: the rule heard by the silent witness, so
     * always the status {@link #evaluate} gives. Evaluating a population decides every indicator and
     * outcome this way and works out an explanation only when one is read.
     */
    default Status decide(MeasureContext context) {
        return test(context, Witness.SILENT);
    }

    /**
     * True when the family's records hold something this measure reads, about its people, for the period
     * it looks at (docs/evaluation.md, "Data first"): a key worker's answer beside it counts only where
     * the data holds nothing. A key worker's answer itself is not data.
     */
    boolean holdsData(MeasureContext context);

    /**
     * What this measure reads: the kinds of record it looks at, by the kind's name ({@code "offences"}, the
     * name of the data folder's file without {@code .csv}), with {@link #INTERVENTIONS} where it reads the
     * family's interventions and their tier changes; a combination's are its parts'. A key worker's answer is
     * a {@code worker_assessments} record. What a family's page shows under a problem: the records its
     * indicators and outcomes read. Every record an explanation cites is of a kind its measure reads
     * (DecisionsAgreeWithExplanationsTest).
     */
    Set<String> reads();

    /** True for a key worker's signed-off answer, which data first sets beside the data. */
    boolean keyWorkersAnswer();

    /**
     * True when no data can meet this measure without a key worker's signed-off yes: a worker assessment,
     * an "all of" with such a part, an "any of" whose every part is such. Such a measure is never not
     * applicable (an answer is yes or no). An outlook (docs/evaluation.md §13) says such an outcome waits
     * for the answer, where the answers held do not meet it.
     */
    boolean needsKeyWorkersAnswer();

    /** The measures this one combines ({@code any_of}, {@code all_of}); none for one that reads records itself. */
    List<Measure> parts();

    /**
     * The key-worker questions this measure and its parts ask when tested for the outcome of the given
     * id (null for a programme rule such as a claim route): an outcome's own question unless the
     * measure names another. The synthetic authority answers some of them; the server asks them.
     */
    List<String> questions(String outcomeId);

    /**
     * The days on which the family may meet this measure, given its records: generous, ruling out only
     * days the rule makes certain. The search for emerging problems tests an indicator only on these, an
     * outlook an outcome.
     *
     * @param outcomeId the outcome the measure is tested for, whose question a key worker's answer answers
     *                  unless the measure names another; null for an indicator
     */
    MeetableDays meetableDays(FamilyTimeline family, String outcomeId);

    /** The days on which the family may meet this measure as an indicator. */
    default MeetableDays meetableDays(FamilyTimeline family) {
        return meetableDays(family, null);
    }

    /**
     * True when one member can meet this measure only if the whole family does (a count: a member's
     * records are some of the family's): then a same-person {@code all_of} with such a part unmet by
     * the family is unmet by every member, and its members need not be tried one by one.
     */
    boolean metByMemberOnlyIfByFamily();
}
