package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hearth.engine.explain.Deferred;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.Vocabulary;

/**
 * The latest assessment reached a level: "reached level 7 to 10 of the Family Star" (Southwark 3.2,
 * 3.6, 4.8, 6.13), or, with {@code within}, the latest assessment as at the reference day: "a child
 * identified as at risk of sexual exploitation" (Southwark 3I, Sunderland 3e), "an early help
 * assessment rating the impact significant or moderate" (Worcestershire 3.2).
 *
 * <pre>
 * type: score_reached
 * tool: family_star
 * people: family
 * quantifier: any
 * latest: {at_least: 7}
 * within: {months: 12}       # optional: the latest assessment in this period up to the reference day
 * </pre>
 *
 * <p>Rule: a person's latest assessment with the tool dated in the look-back satisfies {@code latest}.
 * Without {@code within} the look-back runs from the identification day to the reference day, so an
 * outcome reads only assessments made since the family was identified. With {@code within} it is the
 * period ending on the reference day: for an indicator, the latest assessment on or before the
 * identification day, if it is no older than the period; for an outcome the period still starts no
 * earlier than the identification day (as {@code worker_assessment}'s {@code within}), since an
 * assessment made before the family was helped is no evidence of progress. A person with no
 * assessment in the look-back does not meet it. Met as the quantifier says over the people in the
 * group who have any assessment with this tool by the reference day; nobody with one: not met (there
 * is no evidence).
 *
 * <p>Example (Southwark 3I, {@code within: {months: 12}}, identified on 2015-06-01): the look-back is
 * 2014-06-02 to 2015-06-01; a child's cse_risk assessment of 2015-05-31 decides, one of 2014-06-01 is
 * too old, and one of 2015-06-02 was not yet made.
 *
 * @param within the look-back ending on the reference day; null for "since identification"
 */
public record ScoreReached(AssessmentTool tool, People people, Quantifier quantifier, Bound latest, Period within)
        implements DataMeasure {

    public ScoreReached {
        if (tool == null || latest == null) {
            throw new IllegalArgumentException("score_reached needs tool and latest");
        }
        latest.requireFits(tool, "latest");
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        LocalDate from = lookBackStart(context);
        LocalDate to = context.referenceDay();
        List<AssessmentHistory> histories = AssessmentHistory.of(context, tool, people);
        int met = 0;
        for (int i = 0; i < histories.size(); i++) {
            met += reached(histories.get(i), from, to, witness.part()) ? 1 : 0;
        }
        return InScope.decide(quantifier, histories.size(), met, Status.NOT_MET, witness,
                Deferred.words(() -> people + " with an assessment of " + Vocabulary.code(tool) + " by " + to));
    }

    /** True when the subject's latest assessment in the look-back reached the level; everyone with one is in scope. */
    private boolean reached(AssessmentHistory history, LocalDate from, LocalDate to, Witness witness) {
        List<ScoredAssessment> since = history.from(from);
        if (since.isEmpty()) {
            ScoredAssessment before = history.latest();
            witness.says("%s: no %s assessment from %s to %s (the last was %s)", history.subject(),
                    Deferred.words(() -> Vocabulary.code(tool)), from, to, AssessmentHistory.describe(before));
            witness.cites(() -> List.of(before));
            return false;
        }
        ScoredAssessment last = since.get(since.size() - 1);
        witness.says("%s: latest %s assessment from %s to %s is %s on %s, %s needed", history.subject(),
                Deferred.words(() -> Vocabulary.code(tool)), from, to, AssessmentHistory.result(last), last.date(),
                latest);
        witness.cites(() -> List.of(last));
        return latest.test(last);
    }

    /** The first day of the look-back: identification, or the start of {@code within} (not before identification in an outcome). */
    private LocalDate lookBackStart(MeasureContext context) {
        if (within == null) {
            return context.identifiedOn();
        }
        LocalDate windowStart = context.last(within).start();
        if (context.purpose() == MeasureContext.Purpose.IDENTIFICATION || windowStart.isAfter(context.identifiedOn())) {
            return windowStart;
        }
        return context.identifiedOn();
    }

    /** Data first: an assessment with the tool of someone in its group since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(AssessmentHistory.selection(tool), people);
    }

    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.EVERY_DAY;
    }

    @Override
    public Set<String> reads() {
        return Set.of(RecordKind.ASSESSMENTS.name());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
