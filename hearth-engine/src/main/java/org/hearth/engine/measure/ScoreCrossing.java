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
 * A standardised score that started on the wrong side of a threshold and has stayed on the right side
 * for a number of months: "RIC score 14 or above (high) falls below 14 for 3 continuous months"
 * (Southwark 5.1), "risk level reduces if high, sustained for 6 months" (Sunderland 5.1).
 *
 * <pre>
 * type: score_crossing
 * tool: dash_ric
 * people: members
 * quantifier: any
 * from: {at_least: 14}
 * to: {below: 14}
 * held_months: 3
 * </pre>
 *
 * <p>Rule: a person's initial assessment is their latest with this tool on or before the
 * identification day, or failing that their earliest after it. They are in scope when the initial
 * result satisfies {@code from}. They meet it when their latest assessment on or before the reference
 * day satisfies {@code to}, and the earliest assessment of the unbroken run of {@code to}-satisfying
 * assessments that ends with it is dated at least {@code held_months} before the reference day
 * (date + months ≤ reference day). Household-level assessments are one subject for people: family.
 * Nobody in scope: not applicable.
 */
public record ScoreCrossing(AssessmentTool tool, People people, Quantifier quantifier, Bound from, Bound to,
                            Integer heldMonths) implements DataMeasure {

    public ScoreCrossing {
        if (tool == null || from == null || to == null) {
            throw new IllegalArgumentException("score_crossing needs tool, from and to");
        }
        from.requireFits(tool, "from");
        to.requireFits(tool, "to");
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
        heldMonths = heldMonths == null ? 0 : heldMonths;
        if (heldMonths < 0) {
            throw new IllegalArgumentException("held_months must not be negative");
        }
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        List<AssessmentHistory> histories = AssessmentHistory.of(context, tool, people);
        InScope.Tally tally = new InScope.Tally();
        for (int i = 0; i < histories.size(); i++) {
            tally.add(crossing(histories.get(i), context, witness.part()));
        }
        return tally.decide(quantifier, Status.NOT_APPLICABLE, witness,
                Deferred.words(() -> people + " with an initial " + Vocabulary.code(tool) + " " + from));
    }

    /** One subject's own status: not applicable when out of scope. */
    private Status crossing(AssessmentHistory history, MeasureContext context, Witness witness) {
        ScoredAssessment initial = history.initial(context.identifiedOn());
        if (!from.test(initial)) {
            witness.says("%s: initial %s is not %s, so out of scope", history.subject(),
                    AssessmentHistory.describe(initial), from);
            witness.cites(() -> List.of(initial));
            return Status.NOT_APPLICABLE;
        }
        List<ScoredAssessment> assessed = history.since(initial);
        witness.cites(assessed);
        LocalDate day = context.referenceDay();
        if (assessed.size() == 1) {
            witness.says("%s: initial %s (%s); no later assessment by %s", history.subject(),
                    AssessmentHistory.describe(initial), from, day);
            return Status.NOT_MET;
        }
        ScoredAssessment latest = history.latest();
        if (!to.test(latest)) {
            witness.says("%s: initial %s (%s); latest %s on %s, not %s", history.subject(),
                    AssessmentHistory.describe(initial), from, AssessmentHistory.result(latest), latest.date(), to);
            return Status.NOT_MET;
        }
        // The run of results on the right side that ends with the latest: a result back on the wrong
        // side in between restarts the months held.
        AssessmentHistory.Held held = new AssessmentHistory.Held(history.runStart(initial, to::test).date(), day,
                heldMonths);
        witness.says("%s: initial %s (%s); latest %s on %s, %s since %s: %s", history.subject(),
                AssessmentHistory.describe(initial), from, AssessmentHistory.result(latest), latest.date(), to,
                held.since(), held);
        return held.met() ? Status.MET : Status.NOT_MET;
    }

    /** Data first: an assessment with the tool of someone in its group since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(AssessmentHistory.selection(tool), people);
    }

    /** Met only on a latest assessment with the tool, so from the first day one is made. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.selected(AssessmentHistory.selection(tool), family, Long.MAX_VALUE);
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
