package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.SchoolTerm;

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
                                    AttendanceOverTerms.AbsenceCounted absenceCounted) implements DataMeasure {

    /** The measure's sentence: who needs which improvement, from which terms to which. */
    private static final String HEADING =
            "%s the %s needs attendance improved by at least %s (the threshold on %s) from %s to %s%s";
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
    public Status test(MeasureContext context, Witness witness) {
        LocalDate day = context.referenceDay();
        BigDecimal needed = improvementAtLeastPercent.on(day);
        BigDecimal below = baselineBelowPercent == null ? null : baselineBelowPercent.on(day);
        Thresholds thresholds = new Thresholds(needed, below);
        FullTerms baseline = FullTerms.of(context, TermsEnding.BEFORE_IDENTIFICATION_QUARTER, terms);
        // What an earlier day decided settles the status, but an explanation quotes each child's figures.
        List<SchoolTerm> termsRead = termsRead(FullTerms.of(context, TermsEnding.REFERENCE_DAY, terms), baseline);
        Status known = witness.decisionOnly() ? context.recalled(this, termsRead, thresholds) : null;
        if (known != null) {
            return known;
        }
        FullTerms.Scope scope = FullTerms.scope(context, people, TermsEnding.REFERENCE_DAY, terms, witness);
        if (scope.instead() != null) {
            return scope.instead();
        }
        List<Person> children = scope.children();
        FullTerms recent = scope.terms();
        Status noBaseline = baseline.unusable(context, witness);
        if (noBaseline != null) {
            return noBaseline;
        }
        if (needed == null || (baselineBelowPercent != null && below == null)) {
            witness.says("no threshold is in force on %s (the plan's steps: %s, %s)", day, improvementAtLeastPercent,
                    baselineBelowPercent);
            return Status.NOT_MET;
        }
        FullTerms.Labels baselineTerms = baseline.labels();
        FullTerms.Labels recentTerms = recent.labels();
        TermSessions before = new TermSessions(baseline.terms(), people, absenceCounted, witness);
        TermSessions after = new TermSessions(recent.terms(), people, absenceCounted, witness);
        InScope.Tally tally = new InScope.Tally();
        for (int i = 0; i < children.size(); i++) {
            Person child = children.get(i);
            tally.add(child(context, child, before.of(context, child), after, thresholds, baselineTerms, recentTerms,
                    witness.part()));
        }
        witness.says(tally.inScope() == 0 ? HEADING + ": no child is in scope" : HEADING + ", %d of %d in scope do",
                quantifier == Quantifier.EVERY ? "every one of" : "any one of", people, thresholds.neededWords(), day,
                baseline, recent, thresholds.belowWords(), tally.met(), tally.inScope());
        return context.remember(this, termsRead, thresholds, tally.status(quantifier, Status.NOT_APPLICABLE));
    }

    /** The recent terms then the baseline terms: what a decision remembered from an earlier day must have read. */
    private static List<SchoolTerm> termsRead(FullTerms recent, FullTerms baseline) {
        List<SchoolTerm> read = new ArrayList<>(recent.terms().size() + baseline.terms().size());
        read.addAll(recent.terms());
        read.addAll(baseline.terms());
        return read;
    }

    /**
     * The child's test: out of scope (not applicable) with no baseline sessions, or a baseline not
     * below the level asked for; otherwise met when every recent term is recorded, with some possible
     * sessions, and the improvement reaches the percentage. The recent terms are summed only for a child
     * in scope.
     */
    private static Status child(MeasureContext context, Person child, TermSessions before, TermSessions after,
                                Thresholds thresholds, FullTerms.Labels baselineTerms, FullTerms.Labels recentTerms,
                                Witness witness) {
        String id = child.personId();
        witness.cites(before.records());
        if (before.possible() == 0) {
            witness.says("%s: no baseline sessions over %s: out of scope", id, baselineTerms);
            return Status.NOT_APPLICABLE;
        }
        BigDecimal below = thresholds.below();
        Object[] base = {id, before.attended(), before.possible(), baselineTerms, new BaselineGaps(before.missingTerms()),
            Percentages.shown(before.attended(), before.possible(), below)};
        if (below != null && !Percentages.test(before.attended(), before.possible(), Comparison.BELOW, below)) {
            witness.says(BASELINE + ", not below %s: out of scope", with(base, thresholds.belowPercent()));
            return Status.NOT_APPLICABLE;
        }
        after.of(context, child);
        witness.cites(after.records());
        if (!after.complete()) {
            witness.says(BASELINE + "; no attendance record for %s, so the recent rate cannot be shown: not met",
                    with(base, after.missingTerms()));
            return Status.NOT_MET;
        }
        if (after.possible() == 0) {
            witness.says(BASELINE + "; no possible sessions recorded over %s: not met", with(base, recentTerms));
            return Status.NOT_MET;
        }
        Improvement improvement = new Improvement(before.attended(), before.possible(), after.attended(),
                after.possible(), thresholds.needed());
        witness.says(BASELINE + "; recent %d of %d sessions over %s = %s: %s, at least %s needed: %s",
                with(base, after.attended(), after.possible(), recentTerms,
                        Percentages.shown(after.attended(), after.possible()), improvement, thresholds.neededWords(),
                        improvement.met() ? "met" : "not met"));
        return improvement.met() ? Status.MET : Status.NOT_MET;
    }

    private static Object[] with(Object[] first, Object... more) {
        Object[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /**
     * The improvement needed and the level the baseline must be below (null when any will do), in force
     * on the reference day; their words are written only when read.
     */
    private record Thresholds(BigDecimal needed, BigDecimal below) {
        /** "30%". */
        Words neededWords() {
            return new Words("", needed);
        }

        /** "90%". */
        Words belowPercent() {
            return new Words("", below);
        }

        /** ", where the baseline was below 90%", or nothing when any baseline will do. */
        Words belowWords() {
            return new Words(", where the baseline was below ", below);
        }
    }

    /** A percentage after some words, or nothing without one: written when read. */
    private record Words(String lead, BigDecimal percent) {
        @Override
        public String toString() {
            return percent == null ? "" : lead + Figures.percent(percent);
        }
    }

    /** " (no record for summer 2016/17 (2017-04-01 to 2017-07-31))" for baseline terms without a record. */
    private record BaselineGaps(FullTerms.Labels missing) {
        @Override
        public String toString() {
            return missing.terms().isEmpty() ? "" : " (no record for " + missing + ")";
        }
    }

    /**
     * A child's improvement from baseline rate a₀ = A₀/P₀ to recent rate a₁ = A₁/P₁: (a₁ − a₀) ÷ a₀,
     * tested exactly as (A₁P₀ − A₀P₁) × 100 against the percentage × A₀P₁. From nil attendance no
     * percentage can be worked out; any attendance at all is improvement.
     */
    private record Improvement(long beforeAttended, long beforePossible, long afterAttended, long afterPossible,
                               BigDecimal needed) {

        boolean met() {
            if (beforeAttended == 0) {
                return afterAttended > 0;
            }
            return Percentages.test(gain(), base(), Comparison.AT_LEAST, needed);
        }

        private BigDecimal gain() {
            return BigDecimal.valueOf(afterAttended * beforePossible - beforeAttended * afterPossible);
        }

        private BigDecimal base() {
            return BigDecimal.valueOf(beforeAttended * afterPossible);
        }

        /** "an improvement of 30.0%", "a fall of 25.0%". */
        @Override
        public String toString() {
            if (beforeAttended == 0) {
                return afterAttended > 0 ? "attending from nil attendance" : "still nil attendance";
            }
            BigDecimal gain = gain();
            return gain.signum() < 0 ? "a fall of " + Percentages.shown(gain.negate(), base(), null)
                    : "an improvement of " + Percentages.shown(gain, base(), needed);
        }
    }

    /** Data first: the attendance records about its children since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(RecordSelection.of(RecordKind.ATTENDANCE), people);
    }

    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.EVERY_DAY;
    }

    @Override
    public Set<String> reads() {
        return Set.of(RecordKind.ATTENDANCE.name());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
