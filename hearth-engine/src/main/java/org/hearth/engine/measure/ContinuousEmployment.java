package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hearth.engine.explain.Deferred;
import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;

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
public record ContinuousEmployment(People people, List<Rule> rules, Double minHoursPerWeek) implements DataMeasure {

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

    /**
     * Met by the first person in scope who moved into work, whom the explanation names; when no one has,
     * it says of each person in scope how far they got.
     */
    @Override
    public Status test(MeasureContext context, Witness witness) {
        if (context.family().records(RecordKind.BENEFITS).isEmpty()) {
            return nobodyInScope(context, witness); // no claim, so nobody in scope
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
            inScope = true;
            Witness tried = witness.part();
            Period within = Period.ofWeeks(claimed.rule().withinWeeks());
            DateRange weeks = context.last(within);
            if (context.tooEarly(weeks)) {
                tooEarly = true;
                tried.says("%s: the %d weeks %s start before the problem was identified on %s; "
                        + "the earliest review date is %s", person.personId(), claimed.rule().withinWeeks(), weeks,
                        context.identifiedOn(), within.earliestEndFrom(context.identifiedOn()));
                tried.cites(() -> List.of(claimed.claim()));
            } else if (new Weeks(context, person, claims, weeks).inWork(claimed, tried)) {
                witness.keepOnly(tried);
                return Status.MET;
            }
        }
        if (!inScope) {
            return nobodyInScope(context, witness);
        }
        witness.says("nobody who was on an out-of-work benefit has moved into continuous work");
        return tooEarly ? Status.TOO_EARLY : Status.NOT_MET;
    }

    private Status nobodyInScope(MeasureContext context, Witness witness) {
        witness.says("nobody among %s was on an out-of-work benefit a rule names on %s, the day the problem was "
                + "identified", people, context.identifiedOn());
        return Status.NOT_APPLICABLE;
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

    /** One person's weeks ending on the reference day: their jobs and out-of-work claims in reach of them. */
    private final class Weeks {
        private final MeasureContext context;
        private final Person person;
        private final DateRange weeks;
        private final List<EmploymentSpell> jobs = new ArrayList<>();
        private final List<BenefitSpell> outOfWork = new ArrayList<>();

        Weeks(MeasureContext context, Person person, List<BenefitSpell> claims, DateRange weeks) {
            this.context = context;
            this.person = person;
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
         * day: the witness hears how many weeks were, which were not and any claim still open, citing the
         * claims and jobs. The silent witness stops as soon as the answer is known.
         */
        boolean inWork(Claimed claimed, Witness witness) {
            Rule rule = claimed.rule();
            BenefitSpell still = still();
            witness.cites(outOfWork);
            witness.cites(jobs);
            if (witness.decisionOnly() && (jobs.isEmpty() || still != null)) {
                return false; // no week can be in work, or a claim is still open
            }
            // The weeks not in work are gathered only for an explanation to list.
            List<MissedWeek> missed = witness.decisionOnly() ? null : new ArrayList<>();
            int worked = worked(rule, missed);
            witness.says("%s", Deferred.words(() -> String.format(Locale.UK,
                    "%s was on %s on %s; %d of the %d weeks %s in work%s, at least %d needed; weeks not in work "
                            + "(by first day): %s; %s on %s",
                    person.personId(), name(claimed.claim().benefit()), context.identifiedOn(), worked,
                    rule.withinWeeks(), weeks,
                    minHoursPerWeek == null ? "" : " (at least " + Figures.number(minHoursPerWeek) + " hours a week)",
                    rule.weeksInWork(), new Listing(missed, "none"),
                    still == null ? "on no out-of-work benefit"
                            : "still on " + name(still.benefit()) + " " + still.recordId(),
                    context.referenceDay())));
            return worked >= rule.weeksInWork() && still == null;
        }

        /**
         * How many of the rule's weeks were in work. With {@code missed} every week is looked at and those
         * not in work are added to it; without, the count stops, short, as soon as too many weeks are missed
         * for the rule to be met.
         */
        private int worked(Rule rule, List<MissedWeek> missed) {
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
                    return worked; // too many weeks missed already
                }
            }
            return worked;
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

    /** Data first: benefit or employment records about its people since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(RecordSelection.of(RecordKind.BENEFITS), people)
                || context.holdsRecordsSinceIdentified(RecordSelection.of(RecordKind.EMPLOYMENT), people);
    }

    /** Weeks in work need employment, so from the first day a job begins. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.selected(RecordSelection.of(RecordKind.EMPLOYMENT), family, Long.MAX_VALUE);
    }

    @Override
    public Set<String> reads() {
        return Set.of(RecordKind.BENEFITS.name(), RecordKind.EMPLOYMENT.name());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
