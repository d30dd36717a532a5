package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.explain.Figures;
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

    public AttendanceImprovement {
        people = people == null ? new People(People.Group.SCHOOL_AGE_CHILDREN, null, null) : people;
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
        List<Person> children = context.people(people);
        if (children.isEmpty()) {
            return MeasureResult.notApplicable(Explanation.of("no %s in the family on %s", people, day));
        }
        FullTerms recent = FullTerms.of(context, TermsEnding.REFERENCE_DAY, terms);
        MeasureResult unusable = recent.unusable(context);
        if (unusable != null) {
            return unusable;
        }
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
        List<Explanation> parts = new ArrayList<>();
        int inScope = 0;
        int met = 0;
        for (Person child : children) {
            TermSessions before = TermSessions.of(context, child, baseline.terms(), absenceCounted);
            String baselineText = child.personId() + ": baseline " + describe(before, baseline, below);
            if (before.possible() == 0) {
                parts.add(Explanation.of("%s: no baseline sessions over %s: out of scope", child.personId(),
                        baseline.labels()).citing(before.records()));
                continue;
            }
            if (below != null && !Percentages.test(before.attended(), before.possible(), Comparison.BELOW, below)) {
                parts.add(Explanation.of("%s, not below %s: out of scope", baselineText, Figures.percent(below))
                        .citing(before.records()));
                continue;
            }
            inScope++;
            TermSessions after = TermSessions.of(context, child, recent.terms(), absenceCounted);
            List<TermAttendance> cited = new ArrayList<>(before.records());
            cited.addAll(after.records());
            if (!after.missing().isEmpty() || after.possible() == 0) {
                parts.add(Explanation.of("%s; %s, so the recent rate cannot be shown: not met", baselineText,
                        after.missing().isEmpty() ? "no possible sessions recorded over " + recent.labels()
                                : "no attendance record for " + after.missingTerms()).citing(cited));
                continue;
            }
            boolean childMet = improved(before, after, needed);
            met += childMet ? 1 : 0;
            parts.add(Explanation.of("%s; recent %d of %d sessions over %s = %s: %s, at least %s needed: %s", baselineText,
                    after.attended(), after.possible(), recent.labels(),
                    Percentages.format(after.attended(), after.possible()),
                    improvement(before, after, needed), Figures.percent(needed), childMet ? "met" : "not met")
                    .citing(cited));
        }
        String heading = String.format(Locale.UK, "%s the %s needs attendance improved by at least %s (the threshold "
                        + "on %s) from %s to %s%s", quantifier == Quantifier.EVERY ? "every one of" : "any one of", people,
                Figures.percent(needed), day, baseline, recent,
                below == null ? "" : ", where the baseline was below " + Figures.percent(below));
        if (inScope == 0) {
            return MeasureResult.notApplicable(Explanation.of(heading + ": no child is in scope", parts));
        }
        boolean result = quantifier == Quantifier.EVERY ? met == inScope : met > 0;
        return MeasureResult.of(result, Explanation.of(String.format(Locale.UK, "%s, %d of %d in scope do", heading,
                met, inScope), parts));
    }

    private static String describe(TermSessions before, FullTerms baseline, BigDecimal below) {
        String rate = before.possible() == 0 ? ""
                : " = " + (below == null ? Percentages.format(before.attended(), before.possible())
                        : Percentages.format(before.attended(), before.possible(), below));
        String gaps = before.missing().isEmpty() ? "" : " (no record for " + before.missingTerms() + ")";
        return before.attended() + " of " + before.possible() + " sessions attended over " + baseline.labels() + gaps + rate;
    }

    /**
     * (a₁ − a₀) ÷ a₀ at least the percentage, with a₀ = A₀/P₀ and a₁ = A₁/P₁: cross-multiplied,
     * (A₁P₀ − A₀P₁) × 100 against percentage × A₀P₁. From nil attendance any attendance is improvement.
     */
    private static boolean improved(TermSessions before, TermSessions after, BigDecimal needed) {
        if (before.attended() == 0) {
            return after.attended() > 0;
        }
        return Percentages.test(gain(before, after), base(before, after), Comparison.AT_LEAST, needed);
    }

    private static String improvement(TermSessions before, TermSessions after, BigDecimal needed) {
        if (before.attended() == 0) {
            return after.attended() > 0 ? "attending from nil attendance" : "still nil attendance";
        }
        BigDecimal gain = gain(before, after);
        return (gain.signum() < 0 ? "a fall of " + Percentages.format(gain.negate(), base(before, after))
                : "an improvement of " + Percentages.format(gain, base(before, after), needed));
    }

    private static BigDecimal gain(TermSessions before, TermSessions after) {
        return BigDecimal.valueOf(after.attended() * before.possible() - before.attended() * after.possible());
    }

    private static BigDecimal base(TermSessions before, TermSessions after) {
        return BigDecimal.valueOf(before.attended() * after.possible());
    }
}
