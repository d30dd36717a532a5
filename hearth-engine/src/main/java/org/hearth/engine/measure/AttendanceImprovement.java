package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.TermAttendance;

/**
 * A child's attendance over the last full terms improved by a relative percentage on their
 * attendance over the baseline terms (Southampton strand 2: "attendance has improved by 30%, where
 * poor attendance has been a long term and enduring issue").
 *
 * <pre>
 * type: attendance_improvement
 * people: school_age_children
 * quantifier: every
 * terms: 3                     # the last 3 full terms, against the 3 full terms before the quarter of identification
 * improvement_at_least_percent: 30
 * baseline_below_percent: 90   # optional: only children whose baseline attendance was below this are in scope
 * absence_counted: all
 * </pre>
 *
 * <p>Rule: baseline rate a₀ over the baseline terms, recent rate a₁ over the last terms; improvement
 * (a₁ − a₀) ÷ a₀ compared exactly with the percentage (at least). A child with no baseline sessions
 * is out of scope; a child in scope missing a recent term's record fails. Outcome terms must end after
 * identification (else too early).
 *
 * <p>Settled here: the baseline uses whichever baseline terms have records (the explanation names
 * any without); a child whose baseline attendance was nil has improved when they attend at all, since
 * no percentage of nothing can be reached; baseline_below_percent keeps only children strictly below it.
 */
public record AttendanceImprovement(People people, Quantifier quantifier, Integer terms,
                                    DatedValue improvementAtLeastPercent, DatedValue baselineBelowPercent,
                                    AttendanceOverTerms.AbsenceCounted absenceCounted) implements Measure {

    /** A child's baseline, for every explanation of a child who has one. */
    private static final String BASELINE = "%s: baseline %d of %d sessions attended over %s%s = %s";

    public AttendanceImprovement {
        people = people == null ? People.of(People.Group.SCHOOL_AGE_CHILDREN, null, null) : people;
        quantifier = quantifier == null ? Quantifier.EVERY : quantifier;
        terms = terms == null ? 3 : terms;
        absenceCounted = absenceCounted == null ? AttendanceOverTerms.AbsenceCounted.ALL : absenceCounted;
        if (terms < 1) {
            throw new IllegalArgumentException("terms must be at least 1, not " + terms);
        }
        if (improvementAtLeastPercent == null) {
            throw new IllegalArgumentException("attendance_improvement needs improvement_at_least_percent");
        }
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        LocalDate day = context.referenceDay();
        FullTerms.Scope scope = FullTerms.scope(context, people, TermsEnding.REFERENCE_DAY, terms);
        if (scope.instead() != null) {
            return scope.instead();
        }
        List<Person> children = scope.children();
        FullTerms recent = scope.terms();
        FullTerms baseline = FullTerms.of(context, TermsEnding.BEFORE_IDENTIFICATION_QUARTER, terms);
        MeasureResult noBaseline = baseline.unusable(context);
        if (noBaseline != null) {
            return noBaseline;
        }
        BigDecimal needed = improvementAtLeastPercent.on(day);
        BigDecimal below = baselineBelowPercent == null ? null : baselineBelowPercent.on(day);
        if (needed == null || (baselineBelowPercent != null && below == null)) {
            return MeasureResult.notMet(Explanation.of("no threshold is in force on %s (the plan's steps: %s, %s)",
                    day, improvementAtLeastPercent, baselineBelowPercent));
        }
        String neededText = Figures.percent(needed);
        List<Explanation> parts = new ArrayList<>();
        int inScope = 0;
        int met = 0;
        for (Person child : children) {
            TermSessions before = TermSessions.of(context, child, baseline.terms(), absenceCounted);
            if (before.possible() == 0) {
                parts.add(Explanation.of("%s: no baseline sessions over %s: out of scope", child.personId(),
                        baseline.labels()).citing(before.records()));
                continue;
            }
            Object[] base = {child.personId(), before.attended(), before.possible(), baseline.labels(), new BaselineGaps(before),
                    Percentages.shown(before.attended(), before.possible(), below)};
            if (below != null && !Percentages.test(before.attended(), before.possible(), Comparison.BELOW, below)) {
                parts.add(Explanation.of(BASELINE + ", not below %s: out of scope", with(base, Figures.percent(below)))
                        .citing(before.records()));
                continue;
            }
            inScope++;
            TermSessions after = TermSessions.of(context, child, recent.terms(), absenceCounted);
            List<TermAttendance> cited = new ArrayList<>(before.records());
            cited.addAll(after.records());
            if (!after.missing().isEmpty()) {
                parts.add(Explanation.of(BASELINE + "; no attendance record for %s, so the recent rate cannot be shown: "
                        + "not met", with(base, after.missingTerms())).citing(cited));
            } else if (after.possible() == 0) {
                parts.add(Explanation.of(BASELINE + "; no possible sessions recorded over %s: not met",
                        with(base, recent.labels())).citing(cited));
            } else {
                Improvement improvement = new Improvement(before, after, needed);
                met += improvement.met() ? 1 : 0;
                parts.add(Explanation.of(BASELINE + "; recent %d of %d sessions over %s = %s: %s, at least %s needed: %s",
                        with(base, after.attended(), after.possible(), recent.labels(),
                                Percentages.shown(after.attended(), after.possible()), improvement, neededText,
                                improvement.met() ? "met" : "not met")).citing(cited));
            }
        }
        String heading = "%s the %s needs attendance improved by at least %s (the threshold on %s) from %s to %s%s";
        Object[] args = {quantifier == Quantifier.EVERY ? "every one of" : "any one of", people, neededText, day, baseline,
            recent, below == null ? "" : ", where the baseline was below " + Figures.percent(below), met, inScope};
        if (inScope == 0) {
            return MeasureResult.notApplicable(Explanation.of(parts, heading + ": no child is in scope", args));
        }
        boolean result = quantifier == Quantifier.EVERY ? met == inScope : met > 0;
        return MeasureResult.of(result, Explanation.of(parts, heading + ", %d of %d in scope do", args));
    }

    private static Object[] with(Object[] first, Object... more) {
        Object[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** " (no record for summer 2016/17 (2017-04-01 to 2017-07-31))" for baseline terms without a record. */
    private record BaselineGaps(TermSessions before) {
        @Override
        public String toString() {
            return before.missing().isEmpty() ? "" : " (no record for " + before.missingTerms() + ")";
        }
    }

    /**
     * A child's improvement from baseline rate a₀ = A₀/P₀ to recent rate a₁ = A₁/P₁: (a₁ − a₀) ÷ a₀,
     * tested exactly as (A₁P₀ − A₀P₁) × 100 against the percentage × A₀P₁. From nil attendance no
     * percentage can be worked out; any attendance at all is improvement.
     */
    private record Improvement(TermSessions before, TermSessions after, BigDecimal needed) {

        boolean met() {
            if (before.attended() == 0) {
                return after.attended() > 0;
            }
            return Percentages.test(gain(), base(), Comparison.AT_LEAST, needed);
        }

        private BigDecimal gain() {
            return BigDecimal.valueOf(after.attended() * before.possible() - before.attended() * after.possible());
        }

        private BigDecimal base() {
            return BigDecimal.valueOf(before.attended() * after.possible());
        }

        /** "an improvement of 30.0%", "a fall of 25.0%". */
        @Override
        public String toString() {
            if (before.attended() == 0) {
                return after.attended() > 0 ? "attending from nil attendance" : "still nil attendance";
            }
            BigDecimal gain = gain();
            return gain.signum() < 0 ? "a fall of " + Percentages.shown(gain.negate(), base(), null)
                    : "an improvement of " + Percentages.shown(gain, base(), needed);
        }
    }

    /** Until this measure is written as one rule ({@link Measure#test}). */
    @Override
    public Status decide(MeasureContext context) {
        return evaluate(context).status();
    }

    @Override
    public List<Measure> parts() {
        return List.of();
    }

    @Override
    public List<String> questions(String outcomeId) {
        return List.of();
    }

    @Override
    public MeetableDays meetableDays(FamilyTimeline family) {
        return MeetableDays.EVERY_DAY;
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
