package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.explain.Explanation;
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
 * the measure is not applicable. The review period must start on or after the identification day
 * (else too early). The percentage is the one in force on the review date. Per person, the household
 * (records about no one person, for {@code people: family}) is one more subject.
 *
 * <p>Example (Southwark 1.1): 3 proven offences in the 12 months before identification on 2015-06-01
 * are 1.5 per 6 months pro rata; 1 in the 6 months to 2016-03-31 is a fall of 33.3%, so 33% is met
 * (100 × 1 × 12 = 1200 ≤ 67 × 3 × 6 = 1206).
 *
 * @param counted whether the group's records are added together or each person must show the fall
 */
public record CountAgainstBaseline(RecordSelection selection, People people, Counted counted, Baseline baseline,
                                   Period review, DatedValue fallAtLeastPercent) implements Measure {

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
    public MeasureResult evaluate(MeasureContext context) {
        DateRange recent = context.last(review);
        if (context.tooEarly(recent)) {
            return context.tooEarly(recent, review.earliestEndFrom(context.identifiedOn()));
        }
        BigDecimal percent = fallAtLeastPercent.on(context.referenceDay());
        if (percent == null) {
            return MeasureResult.notMet(Explanation.of("no fall threshold is in force on %s; the first applies from %s",
                    context.referenceDay(), fallAtLeastPercent.steps().get(0).from()));
        }
        Periods periods = periods(context, recent, percent);
        return counted == Counted.TOGETHER ? together(context, periods) : perPerson(context, periods);
    }

    @Override
    public Status decide(MeasureContext context) {
        DateRange recent = context.last(review);
        if (context.tooEarly(recent)) {
            return Status.TOO_EARLY;
        }
        BigDecimal percent = fallAtLeastPercent.on(context.referenceDay());
        if (percent == null) {
            return Status.NOT_MET;
        }
        Periods periods = periods(context, recent, percent);
        if (counted == Counted.TOGETHER) {
            int inBaseline = context.count(selection, people, periods.before(), Integer.MAX_VALUE);
            if (inBaseline == 0) {
                return Status.NOT_APPLICABLE;
            }
            return periods.fallMet(inBaseline, context.count(selection, people, periods.recent(), Integer.MAX_VALUE))
                    ? Status.MET : Status.NOT_MET;
        }
        int inScope = 0;
        int showingFall = 0;
        for (Person person : context.people(people)) {
            List<TimelineRecord> records = context.records(selection, person);
            int inBaseline = inside(records, periods.before());
            inScope += inBaseline > 0 ? 1 : 0;
            showingFall += inBaseline > 0 && periods.fallMet(inBaseline, inside(records, periods.recent())) ? 1 : 0;
        }
        if (people.includesHousehold() && context.onlyPerson() == null) {
            List<TimelineRecord> household = context.householdRecords(selection);
            int inBaseline = inside(household, periods.before());
            inScope += inBaseline > 0 ? 1 : 0;
            showingFall += inBaseline > 0 && periods.fallMet(inBaseline, inside(household, periods.recent())) ? 1 : 0;
        }
        return inScope == 0 ? Status.NOT_APPLICABLE : showingFall == inScope ? Status.MET : Status.NOT_MET;
    }

    private Periods periods(MeasureContext context, DateRange recent, BigDecimal percent) {
        return new Periods(baseline.range(context.identifiedOn(), recent.start()), recent, baseline,
                context.identifiedOn(), review.months(), percent);
    }

    private static int inside(List<TimelineRecord> records, DateRange range) {
        int found = 0;
        for (int i = 0; i < records.size(); i++) {
            found += range.overlaps(records.get(i)) ? 1 : 0;
        }
        return found;
    }

    private MeasureResult together(MeasureContext context, Periods periods) {
        Fall fall = new Fall(periods, InWindow.select(context, selection, people, periods.before()),
                InWindow.select(context, selection, people, periods.recent()));
        if (fall.inBaseline().isEmpty()) {
            return MeasureResult.notApplicable(Explanation.of("no %s for %s in %s (%s): no fall can be shown",
                    selection, people, periods.before(), periods.beforeWords()));
        }
        return MeasureResult.of(fall.met(), Explanation.of("%s for %s, counted together: %s", selection, people, fall)
                .citing(fall.cited()));
    }

    private MeasureResult perPerson(MeasureContext context, Periods periods) {
        Map<String, List<TimelineRecord>> subjects = new LinkedHashMap<>();
        for (Person person : context.people(people)) {
            subjects.put(person.personId(), context.records(selection, person));
        }
        if (people.includesHousehold() && context.onlyPerson() == null) {
            List<TimelineRecord> household = context.householdRecords(selection);
            if (!household.isEmpty()) {
                subjects.put(HOUSEHOLD, household);
            }
        }
        List<Explanation> parts = new ArrayList<>();
        List<String> outOfScope = new ArrayList<>();
        int showingFall = 0;
        for (Map.Entry<String, List<TimelineRecord>> subject : subjects.entrySet()) {
            Fall fall = new Fall(periods, within(subject.getValue(), periods.before()),
                    within(subject.getValue(), periods.recent()));
            if (fall.inBaseline().isEmpty()) {
                outOfScope.add(subject.getKey());
                continue;
            }
            showingFall += fall.met() ? 1 : 0;
            parts.add(Explanation.of("%s: %s", subject.getKey(), fall).citing(fall.cited()));
        }
        if (parts.isEmpty()) {
            return MeasureResult.notApplicable(Explanation.of(
                    "no one among %s has %s in %s (%s): no fall can be shown", people, selection, periods.before(),
                    periods.beforeWords()));
        }
        String heading = selection + " for " + people + ", per person: " + showingFall + " of " + parts.size()
                + " with any in the baseline show the fall, every one needed"
                + (outOfScope.isEmpty() ? "" : "; out of scope, none in the baseline: " + String.join(", ", outOfScope));
        return MeasureResult.of(showingFall == parts.size(), Explanation.of(heading, parts));
    }

    private static List<TimelineRecord> within(List<TimelineRecord> records, DateRange range) {
        return records.stream().filter(range::overlaps).toList();
    }

    /** The baseline and review periods (b and r months) and the percentage in force on the review date. */
    private record Periods(DateRange before, DateRange recent, Baseline baseline, LocalDate identifiedOn,
                           int reviewMonths, BigDecimal percent) {

        int baselineMonths() {
            return baseline.lengthInMonths();
        }

        /** "the 12 months before identification on 2015-04-19", for explanations. */
        String beforeWords() {
            return baseline.describe(identifiedOn);
        }

        /** 100 × R × b ≤ (100 − p) × B × r: a fall from B to R records of at least p%, compared exactly. */
        boolean fallMet(int inBaseline, int inReview) {
            BigDecimal recentScaled = BigDecimal.valueOf(100L * inReview * baselineMonths());
            BigDecimal baselineScaled = HUNDRED.subtract(percent).multiply(BigDecimal.valueOf((long) inBaseline * reviewMonths));
            return recentScaled.compareTo(baselineScaled) <= 0;
        }
    }

    /** One subject's counts in the two periods; its text is written only when read. */
    private record Fall(Periods periods, List<TimelineRecord> inBaseline, List<TimelineRecord> inReview) {

        boolean met() {
            return periods.fallMet(inBaseline.size(), inReview.size());
        }

        /**
         * The fall in percent, cut (not rounded) to one decimal place so that the figure shown never
         * reaches a threshold the exact fall misses: a fall of 32.99% shows as 32.9%, not 33%.
         */
        BigDecimal fallPercent() {
            long proRata = (long) inBaseline.size() * periods.reviewMonths();
            long recent = (long) inReview.size() * periods.baselineMonths();
            return BigDecimal.valueOf(100 * (proRata - recent)).divide(BigDecimal.valueOf(proRata), 1, RoundingMode.DOWN);
        }

        List<TimelineRecord> cited() {
            List<TimelineRecord> all = new ArrayList<>(inBaseline);
            all.addAll(inReview);
            return all;
        }

        @Override
        public String toString() {
            BigDecimal fall = fallPercent();
            String change = fall.signum() >= 0 ? "a fall of " + Figures.percent(fall)
                    : "a rise of " + Figures.percent(fall.negate());
            double proRata = (double) inBaseline.size() * periods.reviewMonths() / periods.baselineMonths();
            return String.format(Locale.UK, "%d in %s (%s), pro rata %s per %d months; %d in %s: %s, at least %s needed",
                    inBaseline.size(), periods.before(), periods.beforeWords(), Figures.number(proRata),
                    periods.reviewMonths(), inReview.size(), periods.recent(), change, Figures.percent(periods.percent()));
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
