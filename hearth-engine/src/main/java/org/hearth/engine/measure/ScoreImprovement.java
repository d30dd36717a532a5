package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hearth.engine.explain.Deferred;
import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.Vocabulary;

/**
 * A standardised score that improved on the initial one, by a relative or absolute amount or a number
 * of levels, optionally held for months: "SDQ improvement where the initial score is clinically high
 * (above 18)" (Southwark 3.2), "DASH score reduced by 25% and sustained for 6 months" (5.1), "reduction
 * of at least one level on the Barnardo's matrix", "reduction in impact from significant to moderate
 * or less, no re-escalation for 6 months" (Worcestershire), WEMWBS improvement (6.11).
 *
 * <pre>
 * type: score_improvement
 * tool: sdq
 * people: children
 * quantifier: any
 * initial: {above: 18}         # optional: only people whose initial result satisfies this are in scope
 * by_percent: 25               # optional; or by_points, or by_levels; none given: any improvement
 * held_months: 6               # optional
 * after_months: 6              # optional: the latest assessment at least 6 months after the initial
 * </pre>
 *
 * <p>Rule: the initial assessment is chosen as in {@link ScoreCrossing}. An assessment is improved when
 * it is better than the initial by the amount asked ("better" follows the tool's direction; by_percent
 * is relative to the initial score; by_levels counts level positions). A person meets it when their
 * latest assessment on or before the reference day is improved, after the initial one, dated at least
 * {@code after_months} after the initial (initial + months ≤ latest: "after a six month period",
 * Southwark 3.2), and the unbroken run of improved assessments ending with it began at least
 * {@code held_months} before the reference day. Nobody in scope: not applicable.
 */
public record ScoreImprovement(AssessmentTool tool, People people, Quantifier quantifier, Bound initial,
                               Double byPercent, Double byPoints, Integer byLevels, Integer heldMonths,
                               Integer afterMonths)
        implements DataMeasure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final double WHOLE_LIMIT = 1e9;

    public ScoreImprovement {
        if (tool == null) {
            throw new IllegalArgumentException("score_improvement needs a tool");
        }
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
        heldMonths = heldMonths == null ? 0 : heldMonths;
        afterMonths = afterMonths == null ? 0 : afterMonths;
        int given = (byPercent == null ? 0 : 1) + (byPoints == null ? 0 : 1) + (byLevels == null ? 0 : 1);
        if (given > 1) {
            throw new IllegalArgumentException("give at most one of by_percent, by_points, by_levels");
        }
        if (initial != null) {
            initial.requireFits(tool, "initial");
        }
        if (byLevels != null && !tool.levelled()) {
            throw new IllegalArgumentException("by_levels needs a levelled tool; " + Vocabulary.code(tool)
                    + " records scores");
        }
        if ((byPercent != null || byPoints != null) && tool.levelled()) {
            throw new IllegalArgumentException("by_percent and by_points need a scoring tool; " + Vocabulary.code(tool)
                    + " records levels: use by_levels");
        }
        if ((byPercent != null && byPercent <= 0) || (byPoints != null && byPoints <= 0)
                || (byLevels != null && byLevels <= 0) || heldMonths < 0 || afterMonths < 0) {
            throw new IllegalArgumentException("by_percent, by_points and by_levels must be above 0, held_months and "
                    + "after_months not negative");
        }
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        List<AssessmentHistory> histories = AssessmentHistory.of(context, tool, people);
        InScope.Tally tally = new InScope.Tally();
        for (int i = 0; i < histories.size(); i++) {
            tally.add(improvement(histories.get(i), context, witness.part()));
        }
        return tally.decide(quantifier, Status.NOT_APPLICABLE, witness, Deferred.words(
                () -> people + " with an initial " + Vocabulary.code(tool) + (initial == null ? "" : " " + initial)));
    }

    /** One subject's own status: not applicable when out of scope. */
    private Status improvement(AssessmentHistory history, MeasureContext context, Witness witness) {
        ScoredAssessment first = history.initial(context.identifiedOn());
        if (initial != null && !initial.test(first)) {
            witness.says("%s: initial %s is not %s, so out of scope", history.subject(),
                    AssessmentHistory.describe(first), initial);
            witness.cites(() -> List.of(first));
            return Status.NOT_APPLICABLE;
        }
        List<ScoredAssessment> assessed = history.since(first);
        witness.cites(assessed);
        LocalDate day = context.referenceDay();
        if (assessed.size() == 1) {
            witness.says("%s: initial %s; no later assessment by %s", history.subject(),
                    AssessmentHistory.describe(first), day);
            return Status.NOT_MET;
        }
        ScoredAssessment latest = history.latest();
        Deferred change = Deferred.words(() -> change(first, latest));
        if (!improved(first, latest)) {
            witness.says("%s: initial %s; latest %s on %s, %s; %s needed", history.subject(),
                    AssessmentHistory.describe(first), AssessmentHistory.result(latest), latest.date(), change,
                    Deferred.words(this::needed));
            return Status.NOT_MET;
        }
        LocalDate soonest = first.date().plusMonths(afterMonths);
        if (latest.date().isBefore(soonest)) {
            witness.says("%s: initial %s; latest %s on %s, %s; %s needed; but made less than %s after the initial "
                    + "(a later assessment from %s counts)", history.subject(), AssessmentHistory.describe(first),
                    AssessmentHistory.result(latest), latest.date(), change, Deferred.words(this::needed),
                    Deferred.words(() -> Figures.count(afterMonths, "month", "months")), soonest);
            return Status.NOT_MET;
        }
        // The run of improved results that ends with the latest: a result that falls back (a
        // re-escalation) in between restarts the months held.
        AssessmentHistory.Held held = new AssessmentHistory.Held(
                history.runStart(first, later -> improved(first, later)).date(), day, heldMonths);
        witness.says("%s: initial %s; latest %s on %s, %s; %s needed; improved since %s: %s", history.subject(),
                AssessmentHistory.describe(first), AssessmentHistory.result(latest), latest.date(), change,
                Deferred.words(this::needed), held.since(), held);
        return held.met() ? Status.MET : Status.NOT_MET;
    }

    /**
     * How much better the later result is than the initial, in the tool's direction: score points, or
     * level positions for levelled tools. Negative when it is worse.
     */
    private BigDecimal betterBy(ScoredAssessment first, ScoredAssessment later) {
        if (tool.levelled()) {
            int from = tool.levels().indexOf(first.level());
            return BigDecimal.valueOf((long) from - tool.levels().indexOf(later.level()));
        }
        BigDecimal rise = BigDecimal.valueOf(later.score()).subtract(BigDecimal.valueOf(first.score()));
        return tool.better() == AssessmentTool.Better.HIGHER ? rise : rise.negate();
    }

    /** True when the later result is better than the initial by the amount the plan asks. */
    private boolean improved(ScoredAssessment first, ScoredAssessment later) {
        if (!tool.levelled() && whole(first.score()) && whole(later.score()) && whole(byPercent) && whole(byPoints)) {
            return improvedInWholeNumbers((long) first.score().doubleValue(), (long) later.score().doubleValue());
        }
        BigDecimal by = betterBy(first, later);
        if (by.signum() <= 0) {
            return false;
        }
        if (byPercent != null) {
            // by / |initial| >= percent / 100, cross-multiplied so that 25% of 12 is exactly 3.
            return by.multiply(HUNDRED).compareTo(BigDecimal.valueOf(byPercent)
                    .multiply(BigDecimal.valueOf(first.score()).abs())) >= 0;
        }
        if (byPoints != null) {
            return by.compareTo(BigDecimal.valueOf(byPoints)) >= 0;
        }
        return byLevels == null || by.compareTo(BigDecimal.valueOf(byLevels)) >= 0;
    }

    /**
     * {@link #improved} for whole scores and a whole amount (as the tools and plans mostly give them),
     * in longs: the same exact answer without turning each score into a decimal.
     */
    private boolean improvedInWholeNumbers(long first, long later) {
        long by = tool.better() == AssessmentTool.Better.HIGHER ? later - first : first - later;
        if (by <= 0) {
            return false;
        }
        if (byPercent != null) {
            return by * 100 >= (long) byPercent.doubleValue() * Math.abs(first);
        }
        return byPoints == null || by >= (long) byPoints.doubleValue();
    }

    /** Absent, or a whole number small enough that the sums above cannot overflow. */
    private static boolean whole(Double value) {
        return value == null || (value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT);
    }

    /** "better by 3 (25% of 12)", "better by 1 level", "no change", "worse by 2". */
    private String change(ScoredAssessment first, ScoredAssessment later) {
        BigDecimal by = betterBy(first, later);
        if (by.signum() == 0) {
            return "no change";
        }
        String amount = (by.signum() > 0 ? "better by " : "worse by ") + plain(by.abs())
                + (tool.levelled() ? (by.abs().compareTo(BigDecimal.ONE) == 0 ? " level" : " levels") : "");
        if (byPercent == null || by.signum() < 0) {
            return amount;
        }
        BigDecimal base = BigDecimal.valueOf(first.score()).abs();
        if (base.signum() == 0) {
            return amount + " (from 0)";
        }
        BigDecimal percent = by.multiply(HUNDRED).divide(base, 1, RoundingMode.HALF_UP);
        return amount + " (" + Figures.percent(percent) + " of " + plain(base) + ")";
    }

    /** "at least 25% better", "at least 1 level better", "any improvement". */
    private String needed() {
        if (byPercent != null) {
            return "at least " + Figures.percent(BigDecimal.valueOf(byPercent)) + " better";
        }
        if (byPoints != null) {
            return "at least " + plain(BigDecimal.valueOf(byPoints)) + " better";
        }
        if (byLevels != null) {
            return "at least " + Figures.count(byLevels, "level", "levels") + " better";
        }
        return "any improvement";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
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
