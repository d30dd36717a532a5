package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.TimelineRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Southampton's administrative earnings threshold (£338 a month single, £541 couple, for 26
 * continuous weeks) and Sunderland's (£330 aged 25 and over, £270 under 25). The 26 weeks to the
 * review date of 30 June 2016 are exactly the months January to June 2016.
 */
class EarningsThresholdTest {
    private static final String IDENTIFIED = "2015-12-01";
    private static final String REVIEW = "2016-06-30";

    private static final EarningsThreshold SOUTHAMPTON = new EarningsThreshold(null, 26, List.of(
            new EarningsThreshold.Band(ClaimType.SINGLE, null, null, DatedValue.of(new BigDecimal("338"))),
            new EarningsThreshold.Band(ClaimType.COUPLE, null, null, DatedValue.of(new BigDecimal("541")))), null);

    private static final EarningsThreshold SUNDERLAND = new EarningsThreshold(null, 26, List.of(
            new EarningsThreshold.Band(null, 25, null, DatedValue.of(new BigDecimal("330"))),
            new EarningsThreshold.Band(null, null, 24, DatedValue.of(new BigDecimal("270")))), null);

    private static final Measure SUNDERLAND_13_WEEKS_FROM_BELOW = PlanSnippets.measure("""
            type: earnings_threshold
            people: adults
            weeks: 13
            thresholds:
              - min_age: 25
                monthly_gbp: 330
              - max_age: 24
                monthly_gbp: 270
            below_at_identification: true
            """);

    @ParameterizedTest(name = "{0} claim, March {1}p: met {2}")
    @CsvSource({
        "SINGLE, 33800, true, £338.00 at or above £338.00 (single, age 36)",
        "SINGLE, 33799, false, £337.99 below £338.00 (single, age 36)",
        "COUPLE, 54100, true, £541.00 at or above £541.00 (couple, age 36)",
        "COUPLE, 54099, false, £540.99 below £541.00 (couple, age 36)"
    })
    void everyAssessmentPeriodMustReachTheThresholdToThePenny(ClaimType claim, long march, boolean met, String quoted) {
        long threshold = claim == ClaimType.SINGLE ? 33800 : 54100;
        List<TimelineRecord> records = months(claim, threshold, threshold, march, threshold, threshold, threshold);
        records.add(universalCredit(claim, null));

        MeasureResult result = review(SOUTHAMPTON, "1980-03-10", IDENTIFIED, REVIEW, records);

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text())
                .contains("P1 is on universal_credit on 2016-06-30; assessment periods in the 26 weeks 2016-01-01 to "
                        + "2016-06-30: 2016-01-01 to 2016-01-31")
                .contains("2016-03-01 to 2016-03-31 " + quoted)
                .contains("days no period covers: none")
                .contains("benefits UC-1", "earnings ER-3 (2016-03-01 to 2016-03-31)");
    }

    @Test
    void aGapBetweenAssessmentPeriodsFails() {
        List<TimelineRecord> records = months(ClaimType.SINGLE, 40000, 40000, 40000, 40000, 40000, 40000);
        records.set(2, new EarningsPeriod("ER-3", "P1", d("2016-03-02"), d("2016-03-31"), 40000, ClaimType.SINGLE, "DWP"));
        records.add(universalCredit(ClaimType.SINGLE, null));

        MeasureResult result = review(SOUTHAMPTON, "1980-03-10", IDENTIFIED, REVIEW, records);

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("days no period covers: 2016-03-01 to 2016-03-01");
    }

    @Test
    void theWeeksEndWithTheLatestAssessmentPeriodToHaveEnded() {
        // June's period is not yet reported on 30 June: the 26 weeks end on 31 May and reach back into December.
        List<TimelineRecord> records = months(ClaimType.SINGLE, 40000, 40000, 40000, 40000, 40000);
        records.add(universalCredit(ClaimType.SINGLE, null));

        MeasureResult result = review(SOUTHAMPTON, "1980-03-10", "2015-11-01", REVIEW, records);

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("assessment periods in the 26 weeks 2015-12-02 to 2016-05-31")
                .contains("days no period covers: 2015-12-02 to 2015-12-31");
    }

    /**
     * Earnings are known when an assessment period ends, so a review in the middle of one looks at the
     * weeks to the end of the last: on 29 July the six periods to 30 June count; by 30 July a month has
     * passed with no period ending, and the claimant's earnings are not known to be kept up.
     */
    @ParameterizedTest(name = "review {0}: {1}")
    @CsvSource({"2016-07-15, MET", "2016-07-29, MET", "2016-07-30, NOT_MET"})
    void aReviewMidPeriodLooksAtTheWeeksToTheLastPeriodsEnd(String review, Status status) {
        List<TimelineRecord> records = months(ClaimType.SINGLE, 40000, 40000, 40000, 40000, 40000, 40000);
        records.add(universalCredit(ClaimType.SINGLE, null));

        MeasureResult result = review(SOUTHAMPTON, "1980-03-10", IDENTIFIED, review, records);

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.explanation().text()).contains(status == Status.MET
                ? "assessment periods in the 26 weeks 2016-01-01 to 2016-06-30"
                : "with no assessment period ending in the month to it (the latest ended 2016-06-30)");
    }

    @Test
    void aPeriodThatStraddlesTheStartOfTheWindowCounts() {
        List<TimelineRecord> records = new ArrayList<>();
        records.add(new EarningsPeriod("ER-0", "P1", d("2015-12-15"), d("2016-01-14"), 30000, ClaimType.SINGLE, "DWP"));
        records.add(new EarningsPeriod("ER-1", "P1", d("2016-01-15"), d("2016-06-30"), 300000, ClaimType.SINGLE, "DWP"));
        records.add(universalCredit(ClaimType.SINGLE, null));

        MeasureResult result = review(SOUTHAMPTON, "1980-03-10", IDENTIFIED, REVIEW, records);

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("2015-12-15 to 2016-01-14 £300.00 below £338.00 (single, age 35)");
    }

    @ParameterizedTest(name = "born {0}, earning {1}p a month: met {2}")
    @CsvSource({
        "1991-07-01, 27000, true, £270.00 at or above £270.00 (any claim, aged 24 or under, age 24)",
        "1991-07-01, 26999, false, £269.99 below £270.00 (any claim, aged 24 or under, age 24)",
        "1991-01-01, 27000, false, £270.00 below £330.00 (any claim, aged 25 or over, age 25)",
        "1991-01-01, 33000, true, £330.00 at or above £330.00 (any claim, aged 25 or over, age 25)"
    })
    void sunderlandAsksLessOfUnderTwentyFives(String born, long monthly, boolean met, String quoted) {
        List<TimelineRecord> records = months(ClaimType.SINGLE, monthly, monthly, monthly, monthly, monthly, monthly);
        records.add(universalCredit(ClaimType.SINGLE, null));

        MeasureResult result = review(SUNDERLAND, born, IDENTIFIED, REVIEW, records);

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains("2016-06-01 to 2016-06-30 " + quoted);
    }

    @ParameterizedTest(name = "April {0}p: met {1}")
    @CsvSource({
        "33000, true",
        "32999, false"
    })
    void theAgeBandIsTheAgeAtTheEndOfEachPeriod(long april, boolean met) {
        List<TimelineRecord> records = months(ClaimType.SINGLE, 27000, 27000, 27000, april, 33000, 33000);
        records.add(universalCredit(ClaimType.SINGLE, null));

        MeasureResult result = review(SUNDERLAND, "1991-04-15", IDENTIFIED, REVIEW, records);

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text())
                .contains("2016-03-01 to 2016-03-31 £270.00 at or above £270.00 (any claim, aged 24 or under, age 24)")
                .contains("2016-04-01 to 2016-04-30 " + (met ? "£330.00 at or above" : "£329.99 below")
                        + " £330.00 (any claim, aged 25 or over, age 25)");
    }

    @ParameterizedTest(name = "£338 from {0}: met {1}")
    @CsvSource({
        "2016-04-01, true, 2016-03-01 to 2016-03-31 £330.00 at or above £330.00",
        "2016-03-31, false, 2016-03-01 to 2016-03-31 £330.00 below £338.00"
    })
    void theThresholdIsTheOneInForceAtThePeriodsEnd(String from, boolean met, String quoted) {
        Measure measure = PlanSnippets.measure("""
                type: earnings_threshold
                weeks: 26
                thresholds:
                  - claim_type: single
                    monthly_gbp:
                      - value: 330
                      - value: 338
                        from: %s
                """.formatted(from));
        List<TimelineRecord> records = months(ClaimType.SINGLE, 33000, 33000, 33000, 33800, 33800, 33800);
        records.add(universalCredit(ClaimType.SINGLE, null));

        MeasureResult result = review(measure, "1980-03-10", IDENTIFIED, REVIEW, records);

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains(quoted + " (single, age 36)");
    }

    @Test
    void aPeriodNoBandFitsFailsAndSaysSo() {
        EarningsThreshold singleOnly = new EarningsThreshold(null, 26, List.of(
                new EarningsThreshold.Band(ClaimType.SINGLE, null, null, DatedValue.of(new BigDecimal("338")))), null);
        List<TimelineRecord> records = months(ClaimType.COUPLE, 60000, 60000, 60000, 60000, 60000, 60000);
        records.add(universalCredit(ClaimType.COUPLE, null));

        MeasureResult result = review(singleOnly, "1980-03-10", IDENTIFIED, REVIEW, records);

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("2016-01-01 to 2016-01-31 £600.00 (no threshold for a couple "
                + "claim at age 35)");
    }

    @Test
    void someoneNoLongerOnUniversalCreditOnTheReviewDateDoesNotMeetIt() {
        List<TimelineRecord> records = months(ClaimType.SINGLE, 40000, 40000, 40000, 40000, 40000, 40000);
        records.add(universalCredit(ClaimType.SINGLE, "2016-06-29"));

        MeasureResult result = review(SOUTHAMPTON, "1980-03-10", IDENTIFIED, REVIEW, records);

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("P1 is not on universal_credit on 2016-06-30");
    }

    @ParameterizedTest(name = "identified {0}: {1}")
    @CsvSource({
        "2016-01-01, MET",
        "2016-01-02, TOO_EARLY"
    })
    void theTwentySixWeeksMustStartOnOrAfterIdentification(String identified, Status status) {
        List<TimelineRecord> records = months(ClaimType.SINGLE, 40000, 40000, 40000, 40000, 40000, 40000);
        records.add(universalCredit(ClaimType.SINGLE, null));

        MeasureResult result = review(SOUTHAMPTON, "1980-03-10", identified, REVIEW, records);

        assertThat(result.status()).isEqualTo(status);
        if (status == Status.TOO_EARLY) {
            assertThat(result.explanation().text()).contains("2016-01-01 to 2016-06-30 starts before the problem was "
                    + "identified on 2016-01-02; the earliest review date is 2016-07-01");
        }
    }

    /**
     * Southwark 4.2 (continuous employment on Universal Credit): with below_at_identification the person
     * must not have been meeting the threshold on the day of engagement, 15 March 2016. The readings then
     * are March's period, which covers the day, and February's, the last to end before it; earning exactly
     * £330 in both is already meeting it. The 13 weeks to 30 June earn £400 a month.
     */
    @ParameterizedTest(name = "February {0}p, March {1}p: {2}")
    @CsvSource({
        "33000, 33000, NOT_MET, already earned at least the threshold when the problem was identified on 2016-03-15",
        "32999, 33000, MET,     2016-02-01 to 2016-02-29 £329.99 below £330.00",
        "33000, 32999, MET,     2016-03-01 to 2016-03-31 £329.99 below £330.00",
        "0,     0,     MET,     2016-02-01 to 2016-02-29 £0.00 below £330.00"
    })
    void belowAtIdentificationAsksForAChangeFromTheEarningsOfTheDayOfEngagement(long february, long march,
                                                                                 Status status, String quoted) {
        List<TimelineRecord> records = new ArrayList<>(months(ClaimType.SINGLE, 40000, february, march, 40000, 40000,
                40000));
        records.add(universalCredit(ClaimType.SINGLE, null));

        MeasureResult result = review(SUNDERLAND_13_WEEKS_FROM_BELOW, "1980-03-10", "2016-03-15", "2016-07-15",
                records);

        assertThat(result.status()).isEqualTo(status);
        assertThat(SUNDERLAND_13_WEEKS_FROM_BELOW.decide(
                context("1980-03-10", "2016-03-15", "2016-07-15", records))).isEqualTo(status);
        assertThat(result.explanation().text()).contains(quoted);
        assertThat(review(new EarningsThreshold(null, 13, SUNDERLAND.thresholds(), null), "1980-03-10", "2016-03-15",
                "2016-07-15", records).status()).as("without the option").isEqualTo(Status.MET);
    }

    /**
     * With no assessment period covering the day of engagement, the last to end before it counts only if
     * it ended within the month before (after 15 February for 15 March); with no reading at all, the
     * person was out of work unless a job covered that day.
     */
    @ParameterizedTest(name = "a £400 period ending {0}, a job from {1}: {2}")
    @CsvSource({
        "2016-02-16,           , NOT_MET, already earned at least the threshold when the problem was identified",
        "2016-02-15,           , MET,     below the threshold when the problem was identified on 2016-03-15: no earnings and no work",
        "2016-02-15, 2016-03-15, NOT_MET, was in work when the problem was identified on 2016-03-15",
        "2016-02-15, 2016-03-16, MET,     below the threshold when the problem was identified on 2016-03-15: no earnings and no work"
    })
    void withNoPeriodCoveringTheDayTheLastToEndWithinTheMonthOrTheJobDecides(String ended, String jobFrom,
                                                                           Status status, String quoted) {
        List<TimelineRecord> records = new ArrayList<>(months(ClaimType.SINGLE, 0, 0, 0, 40000, 40000, 40000));
        records.subList(0, 3).clear();
        LocalDate end = d(ended);
        records.add(new EarningsPeriod("ER-0", "P1", end.minusMonths(1).plusDays(1), end, 40000, ClaimType.SINGLE,
                "DWP"));
        records.add(universalCredit(ClaimType.SINGLE, null));
        if (jobFrom != null) {
            records.add(new EmploymentSpell("EM-1", "P1", EmploymentSpell.Type.EMPLOYED, d(jobFrom), null, 20.0, "DWP"));
        }

        MeasureResult result = review(SUNDERLAND_13_WEEKS_FROM_BELOW, "1980-03-10", "2016-03-15", "2016-07-15",
                records);

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.explanation().text()).contains(quoted);
    }

    @Test
    void theDocumentedPlanFormReadsAsWritten() {
        Measure measure = PlanSnippets.measure("""
                type: earnings_threshold
                people: adults
                weeks: 26
                thresholds:
                  - claim_type: single
                    monthly_gbp: 338
                  - claim_type: couple
                    monthly_gbp: 541
                """);

        assertThat(measure).isInstanceOfSatisfying(EarningsThreshold.class, read -> {
            assertThat(read.weeks()).isEqualTo(26);
            assertThat(read.thresholds()).extracting(EarningsThreshold.Band::claimType)
                    .containsExactly(ClaimType.SINGLE, ClaimType.COUPLE);
            assertThat(read.thresholds().get(1).monthlyGbp().on(d(REVIEW))).isEqualByComparingTo("541");
        });
    }

    /** Calendar-month assessment periods from January 2016, ER-1 onwards, earning the pence given. */
    private static List<TimelineRecord> months(ClaimType claim, long... pence) {
        List<TimelineRecord> periods = new ArrayList<>();
        LocalDate start = d("2016-01-01");
        for (int i = 0; i < pence.length; i++) {
            LocalDate from = start.plusMonths(i);
            periods.add(new EarningsPeriod("ER-" + (i + 1), "P1", from, from.plusMonths(1).minusDays(1), pence[i], claim,
                    "DWP"));
        }
        return periods;
    }

    private static BenefitSpell universalCredit(ClaimType claim, String to) {
        return new BenefitSpell("UC-1", "P1", Benefit.UNIVERSAL_CREDIT, d("2015-11-01"), to == null ? null : d(to),
                false, claim, "DWP");
    }

    private static MeasureResult review(Measure measure, String born, String identified, String reviewDate,
                                        List<TimelineRecord> records) {
        return measure.evaluate(context(born, identified, reviewDate, records));
    }

    private static MeasureContext context(String born, String identified, String reviewDate,
                                          List<TimelineRecord> records) {
        FamilyTimeline family = FamilyFixture.family("F1")
                .father("P1", born)
                .child("P2", "2012-05-20")
                .engaged(identified)
                .records(records.toArray(TimelineRecord[]::new))
                .build();
        return MeasureContext.review(family, d(reviewDate), d(identified));
    }

    /** The measure as a plan file gives it, read by the plan loader inside a one-outcome plan. */
}
