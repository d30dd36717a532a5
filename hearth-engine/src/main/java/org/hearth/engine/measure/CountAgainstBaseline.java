package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * A fall in the number of records in the review period against a baseline period, pro rata: "a 33%
 * fall in offending in the last six months against the 12 months before intervention" (Southwark
 * 1.1), 60% for anti-social behaviour, 70% and 100% for Southampton's strand 5.
 *
 * <pre>
 * type: count_against_baseline
 * records: offences
 * where: {proven: true}
 * people: children
 * counted: together          # or per_person: every person who offended in the baseline must show the fall
 * baseline: {months: 12}     # or {full_quarters: 4}; before: identification (default) or review_window
 * review: {months: 6}
 * fall_at_least_percent: 33
 * </pre>
 *
 * <p>Rule: baseline count B over b months, review count R over r months; the baseline pro rata is
 * B × r / b; the fall is 1 − R / (B × r / b). Met when the fall is at least the percentage, compared
 * exactly in integers (100 × R × b ≤ (100 − p) × B × r), so 33% exactly is met and 32.99% is not.
 * A subject with no baseline records cannot show a fall and is out of scope; with nobody in scope
 * the measure is not applicable, however early the review (not applicable comes before too early).
 * The review period must start on or after the identification day (else too early). The percentage is the one in force on the review date. Per person, the household
 * (records about no one person, for {@code people: family}) is one more subject.
 *
 * <p>Example (Southwark 1.1): 3 proven offences in the 12 months before identification on 2015-06-01
 * are 1.5 per 6 months pro rata; 1 in the 6 months to 2016-03-31 is a fall of 33.3%, so 33% is met
 * (100 × 1 × 12 = 1200 ≤ 67 × 3 × 6 = 1206).
 *
 * @param counted whether the group's records are added together or each person must show the fall
 */
public record CountAgainstBaseline(RecordSelection selection, People people, Counted counted, Baseline baseline,
                                   Period review, DatedValue fallAtLeastPercent) implements DataMeasure {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String HOUSEHOLD = "the household";

    public CountAgainstBaseline {
        people = people == null ? People.FAMILY : people;
        counted = counted == null ? Counted.TOGETHER : counted;
        if (selection == null || baseline == null || review == null || fallAtLeastPercent == null) {
            throw new IllegalArgumentException("count_against_baseline needs records, baseline, review and "
                    + "fall_at_least_percent");
        }
        if (review.months() == null) {
            throw new IllegalArgumentException("the review period of count_against_baseline is given in months, "
                    + "to compare pro rata with the baseline");
        }
        for (DatedValue.Step step : fallAtLeastPercent.steps()) {
            if (step.value().signum() < 0 || step.value().compareTo(HUNDRED) > 0) {
                throw new IllegalArgumentException("fall_at_least_percent must be from 0 to 100, not " + step.value());
            }
        }
    }

    @JsonCreator
    static CountAgainstBaseline fromPlan(@JsonProperty("records") String records,
                                         @JsonProperty("where") Map<String, Object> where,
                                         @JsonProperty("people") People people,
                                         @JsonProperty("counted") Counted counted,
                                         @JsonProperty("baseline") Baseline baseline,
                                         @JsonProperty("review") Period review,
                                         @JsonProperty("fall_at_least_percent") DatedValue fallAtLeastPercent) {
        return new CountAgainstBaseline(new RecordSelection(records, where), people, counted, baseline, review,
                fallAtLeastPercent);
    }

    /** Whether records are added up over the group or compared person by person. */
    public enum Counted { TOGETHER, PER_PERSON }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        DateRange recent = context.last(review);
        Periods periods = new Periods(baseline.range(context.identifiedOn(), recent.start()), recent, baseline,
                context.identifiedOn(), review.months(), fallAtLeastPercent.on(context.referenceDay()));
        // Not applicable before too early (§3), counting the same people in both windows (§6).
        if (context.count(selection, people, periods.span(), periods.before(), 1) == 0) {
            if (counted == Counted.TOGETHER) {
                witness.says("no %s for %s in %s (%s): no fall can be shown", selection, people, periods.before(),
                        periods.beforeWords());
            } else {
                witness.says("no one among %s has %s in %s (%s): no fall can be shown", people, selection,
                        periods.before(), periods.beforeWords());
            }
            return Status.NOT_APPLICABLE;
        }
        if (context.tooEarly(recent)) {
            return context.tooEarly(recent, review.earliestEndFrom(context.identifiedOn()), witness);
        }
        if (periods.percent() == null) {
            witness.says("no fall threshold is in force on %s; the first applies from %s", context.referenceDay(),
                    fallAtLeastPercent.steps().get(0).from());
            return Status.NOT_MET;
        }
        return counted == Counted.TOGETHER ? together(context, periods, witness) : perPerson(context, periods, witness);
    }

    /** The group's records added up: counted, not gathered, unless the witness cites them. */
    private Status together(MeasureContext context, Periods periods, Witness witness) {
        DateRange span = periods.span();
        int inBaseline = context.count(selection, people, span, periods.before(), Integer.MAX_VALUE);
        Fall fall = new Fall(periods, inBaseline,
                context.count(selection, people, span, periods.recent(), Integer.MAX_VALUE));
        witness.says("%s for %s, counted together: %s", selection, people, fall);
        witness.cites(() -> InWindow.select(context, selection, people, span, periods.before()));
        witness.cites(() -> InWindow.select(context, selection, people, span, periods.recent()));
        return fall.met() ? Status.MET : Status.NOT_MET;
    }

    /** Each person, and the household when the group includes it, a subject that must show the fall. */
    private Status perPerson(MeasureContext context, Periods periods, Witness witness) {
        InScope.Tally showingFall = new InScope.Tally();
        List<Person> group = context.people(people, periods.span());
        for (int i = 0; i < group.size(); i++) {
            Person person = group.get(i);
            showingFall.add(subject(person.personId(), context.records(selection, person), periods, witness.part()));
        }
        if (people.includesHousehold() && context.onlyPerson() == null) {
            List<TimelineRecord> household = context.householdRecords(selection);
            if (!household.isEmpty()) {
                showingFall.add(subject(HOUSEHOLD, household, periods, witness.part()));
            }
        }
        witness.says("%s for %s, per person: %d of %d with any in the baseline show the fall, every one needed",
                selection, people, showingFall.met(), showingFall.inScope());
        return showingFall.status(Quantifier.EVERY, Status.NOT_APPLICABLE);
    }

    /** One subject's fall, from their records: out of scope (not applicable) with none in the baseline. */
    private static Status subject(String name, List<TimelineRecord> records, Periods periods, Witness witness) {
        int inBaseline = inside(records, periods.before());
        if (inBaseline == 0) {
            witness.says("%s: out of scope, none in the baseline", name);
            return Status.NOT_APPLICABLE;
        }
        Fall fall = new Fall(periods, inBaseline, inside(records, periods.recent()));
        witness.says("%s: %s", name, fall);
        witness.cites(() -> within(records, periods.before()));
        witness.cites(() -> within(records, periods.recent()));
        return fall.met() ? Status.MET : Status.NOT_MET;
    }

    private static int inside(List<TimelineRecord> records, DateRange range) {
        int found = 0;
        for (int i = 0; i < records.size(); i++) {
            found += range.overlaps(records.get(i)) ? 1 : 0;
        }
        return found;
    }

    private static List<TimelineRecord> within(List<TimelineRecord> records, DateRange range) {
        return records.stream().filter(range::overlaps).toList();
    }

    /** The baseline and review periods (b and r months) and the percentage in force on the review date (null: none). */
    private record Periods(DateRange before, DateRange recent, Baseline baseline, LocalDate identifiedOn,
                           int reviewMonths, BigDecimal percent) {

        int baselineMonths() {
            return baseline.lengthInMonths();
        }

        /** From the baseline's first day to the review period's last: the days whose group is counted. */
        DateRange span() {
            return new DateRange(before.start(), recent.end());
        }

        /** "the 12 months before identification on 2015-04-19", for explanations: worked out when read. */
        BaselineWords beforeWords() {
            return new BaselineWords(baseline, identifiedOn);
        }

        /** 100 × R × b ≤ (100 − p) × B × r: a fall from B to R records of at least p%, compared exactly. */
        boolean fallMet(int inBaseline, int inReview) {
            BigDecimal recentScaled = BigDecimal.valueOf(100L * inReview * baselineMonths());
            BigDecimal baselineScaled = HUNDRED.subtract(percent).multiply(BigDecimal.valueOf((long) inBaseline * reviewMonths));
            return recentScaled.compareTo(baselineScaled) <= 0;
        }
    }

    /** The baseline in words, written only when read. */
    private record BaselineWords(Baseline baseline, LocalDate identifiedOn) {
        @Override
        public String toString() {
            return baseline.describe(identifiedOn);
        }
    }

    /** One subject's counts in the two periods; its text is written only when read. */
    private record Fall(Periods periods, int inBaseline, int inReview) {

        boolean met() {
            return periods.fallMet(inBaseline, inReview);
        }

        /**
         * The fall in percent, cut (not rounded) to one decimal place so that the figure shown never
         * reaches a threshold the exact fall misses: a fall of 32.99% shows as 32.9%, not 33%.
         */
        BigDecimal fallPercent() {
            long proRata = (long) inBaseline * periods.reviewMonths();
            long recent = (long) inReview * periods.baselineMonths();
            return BigDecimal.valueOf(100 * (proRata - recent)).divide(BigDecimal.valueOf(proRata), 1, RoundingMode.DOWN);
        }

        @Override
        public String toString() {
            BigDecimal fall = fallPercent();
            String change = fall.signum() >= 0 ? "a fall of " + Figures.percent(fall)
                    : "a rise of " + Figures.percent(fall.negate());
            double proRata = (double) inBaseline * periods.reviewMonths() / periods.baselineMonths();
            return String.format(Locale.UK, "%d in %s (%s), pro rata %s per %d months; %d in %s: %s, at least %s needed",
                    inBaseline, periods.before(), periods.beforeWords(), Figures.number(proRata),
                    periods.reviewMonths(), inReview, periods.recent(), change, Figures.percent(periods.percent()));
        }
    }

    /**
     * Data first: any record of its selection about its people up to the reference day, for a count is
     * data when none fall in its window: the source reports on the family.
     */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecords(selection, people);
    }

    /** A fall needs a baseline record, so from the first day a selected record begins. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.selected(selection, family, Long.MAX_VALUE);
    }

    @Override
    public Set<String> reads() {
        return Set.of(selection.records());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
