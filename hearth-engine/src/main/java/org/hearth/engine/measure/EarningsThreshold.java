package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * A Universal Credit claimant whose earnings met the administrative earnings threshold in every
 * assessment period over a number of continuous weeks: Southampton's £338 a month for a single
 * person or £541 for a couple for 26 continuous weeks; Sunderland's £330 for adults of 25 and over,
 * £270 under 25.
 *
 * <pre>
 * type: earnings_threshold
 * people: adults
 * weeks: 26
 * thresholds:                     # the first band that fits the period's claim and the person's age applies
 *   - claim_type: single
 *     monthly_gbp: 338            # or dated steps
 *   - claim_type: couple
 *     monthly_gbp: 541
 * below_at_identification: true   # optional: only someone not meeting it at engagement can meet it
 * </pre>
 *
 * <p>Rule: a person's window is the {@code weeks} whole weeks ending on the last day of their latest
 * assessment period to end on or before the reference day; that period must have ended within the
 * month before the reference day (earnings are known only when a period ends, as the review date
 * falls mid-period: docs/evaluation.md, "Records as they stood on the review date"). A person meets
 * it when a Universal Credit spell covers the reference day, their earnings periods cover every day of
 * the window with no gap, and each period overlapping the window earned at least the threshold in
 * force at the period's end for the first band whose claim type (if given) and ages (the person's age
 * at the period's end, if given) fit. A period with no fitting band fails, saying so. Met when any
 * person in the group meets it. The window must start on or after identification (else too early):
 * too early for all when the weeks ending on the reference day would start before it.
 *
 * <p>With {@code below_at_identification: true} the threshold met must be a change (Southwark 4.2, a
 * continuous-employment outcome): the person must not have been meeting it when the problem was
 * identified. Their readings then are the assessment period covering the identification day and the
 * latest to have ended before it, if that ended within the month before it (the same month's grace
 * as on the review date). They were below when either reading earned less than its threshold, or,
 * with no reading, when no employment covered the identification day (out of work). Every reading at
 * or above its threshold (exactly the threshold is meeting it): already met, so not met now. No
 * reading but in work that day: their earnings then are not known, so a change cannot be shown.
 */
public record EarningsThreshold(People people, Integer weeks, List<Band> thresholds, Boolean belowAtIdentification)
        implements DataMeasure {

    public EarningsThreshold {
        people = people == null ? People.of(People.Group.ADULTS, null, null) : people;
        weeks = weeks == null ? 26 : weeks;
        if (thresholds == null || thresholds.isEmpty()) {
            throw new IllegalArgumentException("earnings_threshold needs at least one threshold");
        }
        thresholds = List.copyOf(thresholds);
        belowAtIdentification = belowAtIdentification != null && belowAtIdentification;
    }

    /** A monthly threshold for a claim type and age band; unset fields fit anything. */
    public record Band(BenefitSpell.ClaimType claimType, Integer minAge, Integer maxAge, DatedValue monthlyGbp) {
        public Band {
            if (monthlyGbp == null) {
                throw new IllegalArgumentException("a threshold needs monthly_gbp");
            }
        }

        /** True when the band is for this claim type and age. */
        boolean fits(BenefitSpell.ClaimType claim, int age) {
            return (claimType == null || claimType == claim) && (minAge == null || age >= minAge)
                    && (maxAge == null || age <= maxAge);
        }

        /** "single", "couple, aged 25 or over", "any claim". */
        String describe() {
            String claim = claimType == null ? "any claim" : claimType.name().toLowerCase(Locale.ROOT);
            if (minAge != null && maxAge != null) {
                return claim + ", aged " + minAge + " to " + maxAge;
            }
            if (minAge != null) {
                return claim + ", aged " + minAge + " or over";
            }
            return maxAge == null ? claim : claim + ", aged " + maxAge + " or under";
        }
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        Period period = Period.ofWeeks(weeks);
        DateRange window = context.last(period);
        if (context.tooEarly(window)) {
            return context.tooEarly(window, period.earliestEndFrom(context.identifiedOn()), witness);
        }
        if (context.family().records(RecordKind.EARNINGS).isEmpty()) {
            witness.says("no earnings recorded for anyone in the family, so no assessment period ends by %s",
                    context.referenceDay());
            return Status.NOT_MET;
        }
        List<Person> group = context.people(people);
        if (group.isEmpty()) {
            witness.says("nobody among %s on %s", people, context.referenceDay());
            return Status.NOT_MET;
        }
        boolean tooEarly = false;
        for (Person person : group) {
            Witness tried = witness.part();
            Status status = earnings(context, person, period, tried);
            if (status == Status.MET) {
                witness.keepOnly(tried); // the one who met it is the explanation
                return Status.MET;
            }
            tooEarly |= status == Status.TOO_EARLY;
        }
        witness.says("nobody among %s earned at least the threshold throughout %d weeks of assessment periods", people,
                weeks);
        return tooEarly ? Status.TOO_EARLY : Status.NOT_MET;
    }

    /**
     * Met when the person is on Universal Credit and earned at least the threshold throughout the weeks
     * ending with their latest assessment period, which ended within the month before the reference day.
     */
    private Status earnings(MeasureContext context, Person person, Period period, Witness witness) {
        LocalDate day = context.referenceDay();
        BenefitSpell claim = universalCredit(context, person);
        if (claim == null) {
            witness.says("%s is not on universal_credit on %s", person.personId(), day);
            return Status.NOT_MET;
        }
        LocalDate lastEnd = latestEnd(context.records(RecordKind.EARNINGS, person), day);
        if (lastEnd == null || !lastEnd.isAfter(day.minusMonths(1))) {
            witness.says("%s is on universal_credit on %s, with no assessment period ending in the month to it%s",
                    person.personId(), day, lastEnd == null ? "" : " (the latest ended " + lastEnd + ")");
            witness.cites(() -> List.of(claim));
            return Status.NOT_MET;
        }
        DateRange window = period.endingOn(lastEnd);
        if (context.tooEarly(window)) {
            return context.tooEarly(window, period.earliestEndFrom(context.identifiedOn()), witness);
        }
        if (belowAtIdentification && !belowAtIdentification(context, person, witness)) {
            witness.cites(() -> List.of(claim));
            return Status.NOT_MET;
        }
        List<EarningsPeriod> periods = new ArrayList<>();
        for (EarningsPeriod earned : context.records(RecordKind.EARNINGS, person)) {
            if (window.overlaps(earned)) {
                periods.add(earned);
            }
        }
        List<DateRange> gaps = gaps(periods, window);
        List<Assessed> assessed = new ArrayList<>();
        boolean allReached = true;
        for (EarningsPeriod earned : periods) {
            Assessed check = assess(earned, person);
            assessed.add(check);
            allReached &= check.reached();
        }
        witness.says("%s is on universal_credit on %s; assessment periods in the %d weeks %s: %s; days no period covers: %s",
                person.personId(), day, weeks, window, new Listing(assessed, "none"), new Listing(gaps, "none"));
        witness.cites(() -> List.of(claim));
        witness.cites(periods);
        return gaps.isEmpty() && allReached ? Status.MET : Status.NOT_MET;
    }

    /**
     * True when the person was not meeting the threshold when the problem was identified (see the class
     * comment); the witness hears the readings of that day, as a part when they were below.
     */
    private boolean belowAtIdentification(MeasureContext context, Person person, Witness witness) {
        LocalDate identified = context.identifiedOn();
        List<EarningsPeriod> own = context.records(RecordKind.EARNINGS, person);
        List<Assessed> readings = new ArrayList<>();
        for (EarningsPeriod earned : own) {
            boolean covering = earned.coversDay(identified);
            boolean lastEnded = !covering && earned.end().equals(latestEnd(own, identified.minusDays(1)))
                    && earned.end().isAfter(identified.minusMonths(1));
            if (covering || lastEnded) {
                readings.add(assess(earned, person));
            }
        }
        if (readings.isEmpty()) {
            List<TimelineRecord> work = new ArrayList<>();
            for (TimelineRecord job : context.records(RecordKind.EMPLOYMENT, person)) {
                if (job.coversDay(identified)) {
                    work.add(job);
                }
            }
            witness.cites(work);
            if (!work.isEmpty()) {
                witness.says("%s was in work when the problem was identified on %s, with no assessment period covering "
                        + "that day or ending in the month before it: not known to have been below the threshold then, "
                        + "so meeting it now is not shown to be a change", person.personId(), identified);
                return false;
            }
            witness.part().says("below the threshold when the problem was identified on %s: no earnings and no work",
                    identified);
            return true;
        }
        boolean below = false;
        for (Assessed reading : readings) {
            below |= reading.threshold() != null && !reading.reached();
        }
        if (!below) {
            witness.says("%s already earned at least the threshold when the problem was identified on %s: %s; meeting "
                    + "it since is no change", person.personId(), identified, new Listing(readings, "none"));
            witness.cites(() -> readings.stream().map(Assessed::earned).toList());
            return false;
        }
        witness.part().says("below the threshold when the problem was identified on %s: %s", identified,
                new Listing(readings, "none"));
        return true;
    }

    /** The last day of the latest assessment period to end on or before the day, or null. */
    private static LocalDate latestEnd(List<EarningsPeriod> periods, LocalDate day) {
        LocalDate latest = null;
        for (EarningsPeriod earned : periods) {
            if (!earned.end().isAfter(day) && (latest == null || earned.end().isAfter(latest))) {
                latest = earned.end();
            }
        }
        return latest;
    }

    /** The person's Universal Credit spell that covers the reference day (the last, if several do), or null. */
    private static BenefitSpell universalCredit(MeasureContext context, Person person) {
        BenefitSpell claim = null;
        for (BenefitSpell spell : context.records(RecordKind.BENEFITS, person)) {
            if (spell.benefit() == BenefitSpell.Benefit.UNIVERSAL_CREDIT && spell.coversDay(context.referenceDay())) {
                claim = spell;
            }
        }
        return claim;
    }

    /** The period against the threshold in force at its end for the band that fits it and the person's age then. */
    private Assessed assess(EarningsPeriod earned, Person person) {
        int age = person.ageOn(earned.end());
        Band band = band(earned, age);
        return new Assessed(earned, age, band, band == null ? null : band.monthlyGbp().on(earned.end()));
    }

    /** The first band that fits the period's claim and the person's age, or null. */
    private Band band(EarningsPeriod earned, int age) {
        for (Band band : thresholds) {
            if (band.fits(earned.claimType(), age)) {
                return band;
            }
        }
        return null;
    }

    /** The runs of days in the window that no period covers; the periods are earliest first. */
    private static List<DateRange> gaps(List<EarningsPeriod> periods, DateRange window) {
        List<DateRange> gaps = new ArrayList<>();
        LocalDate next = window.start();
        for (EarningsPeriod earned : periods) {
            if (earned.start().isAfter(next)) {
                gaps.add(new DateRange(next, earned.start().minusDays(1)));
            }
            if (!earned.end().isBefore(next)) {
                next = earned.end().plusDays(1);
            }
        }
        if (!next.isAfter(window.end())) {
            gaps.add(new DateRange(next, window.end()));
        }
        return gaps;
    }

    /** One assessment period against the threshold in force at its end for the band that fits. */
    private record Assessed(EarningsPeriod earned, int age, Band band, BigDecimal threshold) {

        boolean reached() {
            return threshold != null && Money.compare(earned.amountPence(), threshold) >= 0;
        }

        @Override
        public String toString() {
            String claim = earned.claimType().name().toLowerCase(Locale.ROOT);
            String head = earned.start() + " to " + earned.end() + " " + Figures.pounds(earned.amountPence());
            if (band == null) {
                return head + " (no threshold for a " + claim + " claim at age " + age + ")";
            }
            if (threshold == null) {
                return head + " (no threshold for " + band.describe() + " in force on " + earned.end() + ")";
            }
            return head + (reached() ? " at or above " : " below ") + Money.pounds(threshold) + " (" + band.describe()
                    + ", age " + age + ")";
        }
    }

    /** Data first: earnings records about its people since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(RecordSelection.of(RecordKind.EARNINGS), people);
    }

    /** Met only with an assessment period ended within the month before the day (a month counted as 31 days). */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.selected(RecordSelection.of(RecordKind.EARNINGS), family, 31);
    }

    @Override
    public Set<String> reads() {
        return Set.of(RecordKind.EARNINGS.name(), RecordKind.EMPLOYMENT.name(), RecordKind.BENEFITS.name());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
