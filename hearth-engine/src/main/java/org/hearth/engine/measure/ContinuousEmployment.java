package org.hearth.engine.measure;

import java.util.List;

import org.hearth.engine.timeline.BenefitSpell;

/**
 * An adult who was on an out-of-work benefit when the problem was identified has moved off it and into
 * continuous work: "26 weeks in the last 30 for a JSA claimant, 13 for other benefits" (Southwark 4.1,
 * Sunderland), "14 consecutive weeks" for other benefits (Worcestershire), "6 months for JSA and UC,
 * 3 months for other benefits" (Southampton).
 *
 * <pre>
 * type: continuous_employment
 * people: adults
 * rules:                                  # the first rule naming the benefit the person was on applies
 *   - benefits: [jobseekers_allowance, universal_credit]
 *     weeks_in_work: 26
 *     within_weeks: 30
 *   - benefits: [employment_support_allowance, income_support, incapacity_benefit,
 *                severe_disablement_allowance, carers_allowance]
 *     weeks_in_work: 13
 *     within_weeks: 13                    # equal numbers mean consecutive weeks
 * min_hours_per_week: 16                  # optional
 * </pre>
 *
 * <p>Rule: a person is in scope when an out-of-work benefit spell of theirs covers the identification
 * day. The weeks are the {@code within_weeks} whole weeks of seven days ending on the reference day; a
 * week is in work when employment spells (of at least the minimum hours, where given) cover all its
 * seven days and no out-of-work benefit spell covers any of them. Met when any person in scope has at
 * least {@code weeks_in_work} such weeks and is on no out-of-work benefit on the reference day. Nobody
 * in scope: not applicable. The weeks must start on or after identification (else too early).
 */
public record ContinuousEmployment(People people, List<Rule> rules, Double minHoursPerWeek) implements Measure {

    public ContinuousEmployment {
        people = people == null ? new People(People.Group.ADULTS, null, null) : people;
        if (rules == null || rules.isEmpty()) {
            throw new IllegalArgumentException("continuous_employment needs at least one rule");
        }
        rules = List.copyOf(rules);
    }

    /** The weeks of work needed after leaving one of the named benefits. */
    public record Rule(List<BenefitSpell.Benefit> benefits, int weeksInWork, int withinWeeks) {
        public Rule {
            if (benefits == null || benefits.isEmpty()) {
                throw new IllegalArgumentException("a rule names at least one benefit");
            }
            benefits = List.copyOf(benefits);
            if (weeksInWork < 1 || withinWeeks < weeksInWork) {
                throw new IllegalArgumentException("weeks_in_work must be at least 1 and at most within_weeks");
            }
        }
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
