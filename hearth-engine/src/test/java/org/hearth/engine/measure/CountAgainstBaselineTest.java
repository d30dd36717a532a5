package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.engine.measure.CountAgainstBaseline.Counted;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.MissingEpisode;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountAgainstBaselineTest {
    private static final People CHILDREN = People.named("children");
    private static final RecordSelection PROVEN = RecordSelection.of(RecordKind.OFFENCES, Map.of("proven", true));

    /** Southwark 1.1: children's proven offending down 33% in the last 6 months against the 12 before. */
    private static CountAgainstBaseline offendingFall(Counted counted, DatedValue percent) {
        return new CountAgainstBaseline(PROVEN, CHILDREN, counted, Baseline.monthsBeforeIdentification(12),
                Period.ofMonths(6), percent);
    }

    private static Offence conviction(String id, String personId, String date) {
        return new Offence(id, personId, d(date), Disposal.CONVICTION, false, null, "YOS");
    }

    private static FamilyFixture family() {
        return FamilyFixture.family("F1").mother("P1", "1980-01-01").child("P2", "2001-03-04")
                .child("P3", "2003-07-08").child("P4", "2006-01-02").engaged("2015-06-01");
    }

    @Test
    void threeOffencesBeforeAndOneInTheLastSixMonthsIsAFallOfAThird() {
        FamilyTimeline timeline = family().records(
                conviction("OF-0", "P2", "2014-05-31"),          // the day before the baseline
                conviction("OF-1", "P2", "2014-06-01"),          // the baseline's first day
                conviction("OF-2", "P2", "2014-11-15"),
                conviction("OF-3", "P2", "2015-05-31"),          // the baseline's last day
                conviction("OF-4", "P2", "2015-06-01"),          // identification day: in neither period
                conviction("OF-5", "P2", "2015-09-30"),          // the day before the review period
                conviction("OF-6", "P2", "2015-10-01"),          // the review period's first day
                new Offence("OF-7", "P2", d("2015-12-01"), Disposal.NO_FURTHER_ACTION, false, null, "police"))
                .build();

        MeasureResult result = offendingFall(Counted.TOGETHER, DatedValue.of(33))
                .evaluate(MeasureContext.review(timeline, d("2016-03-31"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .contains("offences where proven = true for children, counted together")
                .contains("3 in 2014-06-01 to 2015-05-31 (the 12 months before identification on 2015-06-01)")
                .contains("pro rata 1.5 per 6 months")
                .contains("1 in 2015-10-01 to 2016-03-31: a fall of 33.3%, at least 33% needed");
        assertThat(result.explanation().cited()).extracting(TimelineRecord::recordId)
                .containsExactly("OF-1", "OF-2", "OF-3", "OF-6");
    }

    @ParameterizedTest(name = "{0} in the baseline, {1} in review, at least {2}%: met {3} ({4})")
    @CsvSource({
            "200, 67, 33,   true,  a fall of 33%,",     // exactly 33%
            "200, 68, 33,   false, a fall of 32%,",
            "200, 66, 33,   true,  a fall of 34%,",
            "3,   1,  33,   true,  a fall of 33.3%,",
            "3,   1,  33.4, false, a fall of 33.3%,",   // 33.33...% is below 33.4%
            "3,   2,  33,   false, a rise of 33.3%,",
            "10,  2,  60,   true,  a fall of 60%,",
            "10,  3,  60,   false, a fall of 40%,",
            "12,  2,  66,   true,  a fall of 66.6%,",   // 66.66...% shown cut, not rounded up
            "10,  0,  100,  true,  a fall of 100%,",
            "10,  1,  100,  false, a fall of 80%,",
    })
    void theFallIsComparedExactlyWithTheThreshold(int inBaseline, int inReview, BigDecimal percent, boolean met,
                                                  String fall) {
        FamilyFixture family = family();
        for (int i = 0; i < inBaseline; i++) {
            family.record(conviction("B-" + i, "P2", d("2014-06-01").plusDays(i % 365).toString()));
        }
        for (int i = 0; i < inReview; i++) {
            family.record(conviction("R-" + i, "P2", d("2015-10-01").plusDays(i % 183).toString()));
        }

        MeasureResult result = offendingFall(Counted.TOGETHER, DatedValue.of(percent))
                .evaluate(MeasureContext.review(family.build(), d("2016-03-31"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(met ? Status.MET : Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains(inBaseline + " in 2014-06-01 to 2015-05-31")
                .contains(inReview + " in 2015-10-01 to 2016-03-31: " + fall + ", at least "
                        + percent.stripTrailingZeros().toPlainString() + "% needed");
    }

    @Test
    void withNoOffencesInTheBaselineNoFallCanBeShown() {
        FamilyTimeline timeline = family().records(conviction("OF-1", "P2", "2015-11-01")).build();

        MeasureResult result = offendingFall(Counted.TOGETHER, DatedValue.of(33))
                .evaluate(MeasureContext.review(timeline, d("2016-03-31"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).isEqualTo("no offences where proven = true for children in "
                + "2014-06-01 to 2015-05-31 (the 12 months before identification on 2015-06-01): no fall can be shown");
    }

    @Test
    void southamptonCountsTheFourFullQuartersBeforeTheQuarterOfEngagement() {
        FamilyTimeline timeline = family().records(
                        conviction("OF-1", "P2", "2017-03-31"),      // before the four quarters
                        conviction("OF-2", "P2", "2017-04-01"),
                        conviction("OF-3", "P2", "2018-03-31"),
                        conviction("OF-4", "P2", "2018-04-01"),      // in the quarter of engagement
                        conviction("OF-5", "P2", "2018-09-01"))
                .build();
        CountAgainstBaseline measure = new CountAgainstBaseline(PROVEN, CHILDREN, Counted.TOGETHER,
                Baseline.fullQuartersBeforeIdentification(4), Period.ofMonths(6), DatedValue.of(33));

        MeasureResult result = measure.evaluate(MeasureContext.review(timeline, d("2018-12-31"), d("2018-05-10")));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains("2 in 2017-04-01 to 2018-03-31 (the 4 full quarters before the quarter of identification "
                        + "on 2018-05-10), pro rata 1 per 6 months")
                .contains("1 in 2018-07-01 to 2018-12-31: a fall of 0%, at least 33% needed");
    }

    @Test
    void aReviewPeriodEndingOnTheLeapDayStartsOnTheFirstOfSeptember() {
        FamilyFixture family = family();
        for (int i = 0; i < 6; i++) {
            family.record(conviction("B-" + i, "P3", d("2014-07-01").plusMonths(i).toString()));
        }
        FamilyTimeline timeline = family.records(
                conviction("OF-1", "P3", "2015-08-31"),
                conviction("OF-2", "P3", "2015-09-01"),
                conviction("OF-3", "P3", "2016-02-29")).build();

        MeasureResult result = offendingFall(Counted.TOGETHER, DatedValue.of(33))
                .evaluate(MeasureContext.review(timeline, d("2016-02-29"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .contains("6 in 2014-06-01 to 2015-05-31", "pro rata 3 per 6 months")
                .contains("2 in 2015-09-01 to 2016-02-29: a fall of 33.3%");
    }

    @ParameterizedTest(name = "identified {0}, reviewed {1}: {2}")
    @CsvSource({
            "2015-06-01, 2015-11-29, TOO_EARLY",
            "2015-06-01, 2015-11-30, MET",
            "2015-05-31, 2015-11-29, TOO_EARLY",  // the window 2015-05-30 to 2015-11-29 starts the day before
            "2015-05-30, 2015-11-29, MET",        // the window starts on identification day
    })
    void theReviewPeriodMayNotStartBeforeIdentification(String identified, String review, Status expected) {
        FamilyTimeline timeline = family().records(
                conviction("OF-1", "P2", "2015-01-10"), conviction("OF-2", "P2", "2015-02-10")).build();

        MeasureResult result = offendingFall(Counted.TOGETHER, DatedValue.of(33))
                .evaluate(MeasureContext.review(timeline, d(review), d(identified)));

        assertThat(result.status()).isEqualTo(expected);
    }

    @Test
    void tooEarlyGivesTheEarliestReviewDate() {
        FamilyTimeline timeline = family().records(conviction("OF-1", "P2", "2015-01-10")).build();

        MeasureResult result = offendingFall(Counted.TOGETHER, DatedValue.of(33))
                .evaluate(MeasureContext.review(timeline, d("2015-11-29"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(result.explanation().text()).isEqualTo("the review window 2015-05-30 to 2015-11-29 starts before "
                + "the problem was identified on 2015-06-01; the earliest review date is 2015-11-30");
    }

    @Test
    void perPersonEveryChildWhoOffendedInTheBaselineMustShowTheFall() {
        FamilyTimeline timeline = family().records(
                        conviction("OF-1", "P2", "2014-08-01"), conviction("OF-2", "P2", "2014-09-01"),
                        conviction("OF-3", "P2", "2014-10-01"), conviction("OF-4", "P2", "2014-11-01"),
                        conviction("OF-5", "P2", "2015-11-01"), conviction("OF-6", "P2", "2015-12-01"),
                        conviction("OF-7", "P3", "2015-01-05"), conviction("OF-8", "P3", "2015-02-05"),
                        conviction("OF-9", "P4", "2016-01-20"))
                .build();
        MeasureContext review = MeasureContext.review(timeline, d("2016-03-31"), d("2015-06-01"));

        MeasureResult perPerson = offendingFall(Counted.PER_PERSON, DatedValue.of(33)).evaluate(review);
        MeasureResult together = offendingFall(Counted.TOGETHER, DatedValue.of(33)).evaluate(review);

        assertThat(perPerson.status()).isEqualTo(Status.NOT_MET);
        assertThat(perPerson.explanation().text())
                .startsWith("offences where proven = true for children, per person: 1 of 2 with any in the baseline "
                        + "show the fall, every one needed")
                .contains("P4: out of scope, none in the baseline")
                .contains("P2: 4 in 2014-06-01 to 2015-05-31 (the 12 months before identification on 2015-06-01), "
                        + "pro rata 2 per 6 months; 2 in 2015-10-01 to 2016-03-31: a fall of 0%")
                .contains("P3: 2 in 2014-06-01 to 2015-05-31 (the 12 months before identification on 2015-06-01), "
                        + "pro rata 1 per 6 months; 0 in 2015-10-01 to 2016-03-31: a fall of 100%");
        assertThat(together.status()).as("6 before, pro rata 3, then 3 is no fall").isEqualTo(Status.NOT_MET);
        assertThat(together.explanation().text()).contains("6 in", "3 in 2015-10-01 to 2016-03-31: a fall of 0%");
    }

    @Test
    void perPersonIsMetWhenEveryChildInScopeFalls() {
        FamilyTimeline timeline = family().records(
                        conviction("OF-1", "P2", "2014-08-01"), conviction("OF-2", "P2", "2014-09-01"),
                        conviction("OF-3", "P2", "2014-10-01"), conviction("OF-4", "P2", "2015-11-01"),
                        conviction("OF-5", "P3", "2015-01-05"))
                .build();

        MeasureResult result = offendingFall(Counted.PER_PERSON, DatedValue.of(33))
                .evaluate(MeasureContext.review(timeline, d("2016-03-31"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .contains("2 of 2 with any in the baseline show the fall")
                .contains("P2: 3 in", "a fall of 33.3%")
                .contains("P3: 1 in", "pro rata 0.5 per 6 months; 0 in");
    }

    @Test
    void perPersonWithNobodyInTheBaselineIsNotApplicable() {
        FamilyTimeline timeline = family().records(conviction("OF-1", "P2", "2015-11-01")).build();

        MeasureResult result = offendingFall(Counted.PER_PERSON, DatedValue.of(33))
                .evaluate(MeasureContext.review(timeline, d("2016-03-31"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).contains("no one among children has offences where proven = true");
    }

    @Test
    void missingEpisodesAreComparedWithTheSixMonthsBeforeTheReviewPeriod() {
        List<TimelineRecord> episodes = new ArrayList<>();
        for (String day : List.of("2015-04-01", "2015-05-10", "2015-06-20", "2015-08-02", "2015-09-30")) {
            episodes.add(new MissingEpisode("M-" + day, "P3", d(day), d(day), "police"));
        }
        episodes.add(new MissingEpisode("M-late", "P3", d("2016-01-10"), d("2016-01-11"), "police"));
        episodes.add(new MissingEpisode("M-early", "P3", d("2015-03-31"), d("2015-03-31"), "police"));
        FamilyTimeline timeline = family().records(episodes.toArray(TimelineRecord[]::new)).build();
        CountAgainstBaseline measure = new CountAgainstBaseline(RecordSelection.of(RecordKind.MISSING_EPISODES),
                CHILDREN, Counted.TOGETHER, Baseline.monthsBeforeReviewWindow(6), Period.ofMonths(6),
                DatedValue.of(60));

        MeasureResult result = measure.evaluate(MeasureContext.review(timeline, d("2016-03-31"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .contains("5 in 2015-04-01 to 2015-09-30 (the 6 months before the review period), pro rata 5 per 6 months")
                .contains("1 in 2015-10-01 to 2016-03-31: a fall of 80%, at least 60% needed");
    }

    @Test
    void householdCalloutsCountForTheWholeFamily() {
        FamilyFixture family = family();
        for (String day : List.of("2014-07-01", "2014-09-01", "2014-12-01", "2015-02-01", "2015-05-01")) {
            family.record(new PoliceCallout("PC-" + day, "F1", null, d(day), true, false, "police"));
        }
        family.record(new PoliceCallout("PC-late", "F1", null, d("2016-01-01"), true, false, "police"));
        CountAgainstBaseline measure = new CountAgainstBaseline(RecordSelection.of(RecordKind.POLICE_CALLOUTS),
                People.FAMILY, Counted.TOGETHER, Baseline.monthsBeforeIdentification(12), Period.ofMonths(6),
                DatedValue.of(60));

        MeasureResult result = measure.evaluate(MeasureContext.review(family.build(), d("2016-03-31"), d("2015-06-01")));

        assertThat(result.status()).as("5 before is 2.5 per 6 months; 1 is exactly a 60% fall").isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("pro rata 2.5 per 6 months", "a fall of 60%, at least 60% needed");
    }

    @ParameterizedTest(name = "reviewed {0}: {1}")
    @CsvSource({"2016-03-31, MET, at least 33% needed", "2016-04-01, NOT_MET, at least 50% needed"})
    void theThresholdInForceOnTheReviewDateApplies(String review, Status expected, String needed) {
        FamilyTimeline timeline = family().records(
                conviction("OF-1", "P2", "2014-08-01"), conviction("OF-2", "P2", "2014-09-01"),
                conviction("OF-3", "P2", "2014-10-01"), conviction("OF-4", "P2", "2015-12-01")).build();
        DatedValue stepped = DatedValue.fromJson(new ObjectMapper().valueToTree(
                List.of(Map.of("value", 33), Map.of("value", 50, "from", "2016-04-01"))));

        MeasureResult result = offendingFall(Counted.TOGETHER, stepped)
                .evaluate(MeasureContext.review(timeline, d(review), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("a fall of 33.3%, " + needed);
    }

    @Test
    void thePlanMustGiveAReviewInMonthsAndAPercentageUpTo100() {
        assertThatThrownBy(() -> new CountAgainstBaseline(PROVEN, CHILDREN, null, Baseline.monthsBeforeIdentification(12),
                Period.ofWeeks(26), DatedValue.of(33)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in months");
        assertThatThrownBy(() -> new CountAgainstBaseline(PROVEN, CHILDREN, null, Baseline.monthsBeforeIdentification(12),
                Period.ofMonths(6), DatedValue.of(133)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 0 to 100, not 133");
    }

    /** Not applicable comes before too early (docs/evaluation.md §3): nothing to fall from is so at any review. */
    @ParameterizedTest(name = "review {0}")
    @CsvSource({"2015-06-02", "2015-11-30", "2016-03-31"})
    void withNoBaselineItIsNotApplicableHoweverEarlyTheReview(String review) {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1980-01-01").child("P2", "2001-03-04")
                .engaged("2015-06-01").build();
        CountAgainstBaseline measure = new CountAgainstBaseline(RecordSelection.of(RecordKind.OFFENCES),
                People.named("children"),
                null, Baseline.monthsBeforeIdentification(12), Period.ofMonths(6), DatedValue.of(33));

        Status status = measure.decide(MeasureContext.review(family, d(review), d("2015-06-01")));

        assertThat(status).isEqualTo(Status.NOT_APPLICABLE);
    }
}
