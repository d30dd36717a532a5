package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;

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
        people = people == null ? People.of(People.Group.ADULTS, null, null) : people;
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
        List<Explanation> tried = new ArrayList<>();
        boolean inScope = false;
        boolean tooEarly = false;
        for (Person person : context.people(people)) {
            List<BenefitSpell> claims = context.records(RecordKind.BENEFITS, person);
            Claimed claimed = claimed(claims, context.identifiedOn());
            if (claimed == null) {
                continue;
            }
            Rule rule = claimed.rule();
            BenefitSpell claim = claimed.claim();
            inScope = true;
            DateRange weeks = context.last(Period.ofWeeks(rule.withinWeeks()));
            if (context.tooEarly(weeks)) {
                tooEarly = true;
                tried.add(Explanation.of("%s: the %d weeks %s start before the problem was identified on %s; "
                        + "the earliest review date is %s", person.personId(), rule.withinWeeks(), weeks,
                        context.identifiedOn(), Period.ofWeeks(rule.withinWeeks()).earliestEndFrom(context.identifiedOn()))
                        .citing(List.of(claim)));
                continue;
            }
            MeasureResult result = inWork(context, person, claims, claim, rule, weeks);
            if (result.met()) {
                return result;
            }
            tried.add(result.explanation());
        }
        if (!inScope) {
            return MeasureResult.notApplicable(Explanation.of(
                    "nobody among %s was on an out-of-work benefit a rule names on %s, the day the problem was identified",
                    people, context.identifiedOn()));
        }
        return new MeasureResult(tooEarly ? Status.TOO_EARLY : Status.NOT_MET,
                Explanation.of("nobody who was on an out-of-work benefit has moved into continuous work", tried));
    }

    /** A person's out-of-work claim on the identification day and the first rule naming its benefit. */
    private record Claimed(Rule rule, BenefitSpell claim) {
    }

    /** The first rule with an out-of-work claim of one of its benefits covering the day, or null. */
    private Claimed claimed(List<BenefitSpell> claims, LocalDate day) {
        for (int r = 0; r < rules.size(); r++) {
            BenefitSpell claim = claimCovered(claims, rules.get(r), day);
            if (claim != null) {
                return new Claimed(rules.get(r), claim);
            }
        }
        return null;
    }

    /** The out-of-work claim of one of the rule's benefits that covers the day, or null. */
    private static BenefitSpell claimCovered(List<BenefitSpell> claims, Rule rule, LocalDate day) {
        for (BenefitSpell claim : claims) {
            if (claim.outOfWork() && claim.coversDay(day) && rule.benefits().contains(claim.benefit())) {
                return claim;
            }
        }
        return null;
    }

    @Override
    public Status decide(MeasureContext context) {
        if (context.family().records(RecordKind.BENEFITS).isEmpty()) {
            return Status.NOT_APPLICABLE; // no claim, so nobody in scope
        }
        boolean inScope = false;
        boolean tooEarly = false;
        List<Person> group = context.people(people);
        for (int i = 0; i < group.size(); i++) {
            Person person = group.get(i);
            List<BenefitSpell> claims = context.records(RecordKind.BENEFITS, person);
            Claimed claimed = claimed(claims, context.identifiedOn());
            if (claimed == null) {
                continue;
            }
            Rule rule = claimed.rule();
            inScope = true;
            DateRange weeks = context.last(Period.ofWeeks(rule.withinWeeks()));
            if (context.tooEarly(weeks)) {
                tooEarly = true;
            } else if (new Weeks(context, person, claims, weeks).met(rule, null)) {
                return Status.MET;
            }
        }
        return !inScope ? Status.NOT_APPLICABLE : tooEarly ? Status.TOO_EARLY : Status.NOT_MET;
    }

    private MeasureResult inWork(MeasureContext context, Person person, List<BenefitSpell> claims, BenefitSpell claim,
                                 Rule rule, DateRange weeks) {
        Weeks counted = new Weeks(context, person, claims, weeks);
        List<MissedWeek> missed = new ArrayList<>();
        boolean met = counted.met(rule, missed);
        BenefitSpell still = counted.still();
        List<TimelineRecord> cited = new ArrayList<>(counted.outOfWork);
        cited.addAll(counted.jobs);
        return MeasureResult.of(met, Explanation.of(
                "%s was on %s on %s; %d of the %d weeks %s in work%s, at least %d needed; weeks not in work "
                        + "(by first day): %s; %s on %s",
                person.personId(), name(claim.benefit()), context.identifiedOn(), rule.withinWeeks() - missed.size(),
                rule.withinWeeks(), weeks,
                minHoursPerWeek == null ? "" : " (at least " + Figures.number(minHoursPerWeek) + " hours a week)",
                rule.weeksInWork(), new Listing(missed, "none"),
                still == null ? "on no out-of-work benefit" : "still on " + name(still.benefit()) + " " + still.recordId(),
                context.referenceDay()).citing(cited));
    }

    /** One person's weeks ending on the reference day: their jobs and out-of-work claims in reach of them. */
    private final class Weeks {
        private final MeasureContext context;
        private final DateRange weeks;
        private final List<EmploymentSpell> jobs = new ArrayList<>();
        private final List<BenefitSpell> outOfWork = new ArrayList<>();

        Weeks(MeasureContext context, Person person, List<BenefitSpell> claims, DateRange weeks) {
            this.context = context;
            this.weeks = weeks;
            for (EmploymentSpell job : context.records(RecordKind.EMPLOYMENT, person)) {
                if (weeks.overlaps(job) && enoughHours(job)) {
                    jobs.add(job);
                }
            }
            for (BenefitSpell other : claims) {
                if (other.outOfWork() && (weeks.overlaps(other) || other.coversDay(context.identifiedOn()))) {
                    outOfWork.add(other);
                }
            }
        }

        /**
         * True when at least the rule's weeks were in work and no out-of-work claim covers the reference
         * day. With {@code missed} every week is looked at and those not in work are added to it;
         * without, the count stops as soon as the answer is known.
         */
        boolean met(Rule rule, List<MissedWeek> missed) {
            if (missed == null && (jobs.isEmpty() || still() != null)) {
                return false;
            }
            int worked = 0;
            for (int week = 0; week < rule.withinWeeks(); week++) {
                LocalDate first = weeks.start().plusDays(7L * week);
                DateRange days = new DateRange(first, first.plusDays(6));
                BenefitSpell onBenefit = firstOverlapping(outOfWork, days);
                if (onBenefit == null && SpellCoverage.firstGap(jobs, days) == null) { // jobs may follow one another
                    worked++;
                } else if (missed != null) {
                    missed.add(new MissedWeek(days.start(), onBenefit));
                } else if (rule.withinWeeks() - (week + 1 - worked) < rule.weeksInWork()) {
                    return false; // too many weeks missed already
                }
            }
            return worked >= rule.weeksInWork() && still() == null;
        }

        /** The out-of-work claim that covers the reference day, or null. */
        BenefitSpell still() {
            for (BenefitSpell other : outOfWork) {
                if (other.coversDay(context.referenceDay())) {
                    return other;
                }
            }
            return null;
        }
    }

    /** Spells without recorded hours cannot show the plan's minimum, so they count only when none is set. */
    private boolean enoughHours(EmploymentSpell job) {
        if (minHoursPerWeek == null) {
            return true;
        }
        return job.hoursPerWeek() != null
                && BigDecimal.valueOf(job.hoursPerWeek()).compareTo(BigDecimal.valueOf(minHoursPerWeek)) >= 0;
    }

    private static BenefitSpell firstOverlapping(List<BenefitSpell> claims, DateRange days) {
        for (BenefitSpell claim : claims) {
            if (days.overlaps(claim)) {
                return claim;
            }
        }
        return null;
    }

    private static String name(BenefitSpell.Benefit benefit) {
        return benefit.name().toLowerCase(Locale.ROOT);
    }

    /** A week that was not in work, and the out-of-work claim that covered part of it if any. */
    private record MissedWeek(LocalDate from, BenefitSpell claim) {
        @Override
        public String toString() {
            return from + (claim == null ? " (not employed every day)"
                    : " (" + name(claim.benefit()) + " " + claim.recordId() + ")");
        }
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
