package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.List;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.TimelineRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Southwark 4.1 and Sunderland (26 of the last 30 weeks after JSA, 13 after other benefits) and
 * Worcestershire (14 consecutive weeks). The problem is identified on Monday 1 June 2015; the 30
 * weeks to the review date of 31 January 2016 start on Monday 6 July 2015.
 */
class ContinuousEmploymentTest {
    private static final String IDENTIFIED = "2015-06-01";
    private static final List<Benefit> OTHER_BENEFITS = List.of(Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE,
            Benefit.INCOME_SUPPORT, Benefit.INCAPACITY_BENEFIT, Benefit.SEVERE_DISABLEMENT_ALLOWANCE,
            Benefit.CARERS_ALLOWANCE);

    /** Southwark's and Sunderland's rules: 26 of the last 30 weeks after JSA or UC, 13 in a row after others. */
    private static final ContinuousEmployment SOUTHWARK = new ContinuousEmployment(null, List.of(
            new ContinuousEmployment.Rule(List.of(Benefit.JOBSEEKERS_ALLOWANCE, Benefit.UNIVERSAL_CREDIT), 26, 30),
            new ContinuousEmployment.Rule(OTHER_BENEFITS, 13, 13)), null);

    @ParameterizedTest(name = "work from {0}: {1} weeks in work, met {2}")
    @CsvSource({
        "2015-08-03, 26, true",
        "2015-08-04, 25, false"
    })
    void needsTwentySixOfTheLastThirtyWeeksAfterJobseekersAllowance(String workFrom, int weeks, boolean met) {
        MeasureResult result = review(SOUTHWARK, "2016-01-31",
                jsa("BEN-1", "2015-01-05", "2015-07-05"), job("EMP-1", workFrom, null, null));

        assertThat(result.status()).isEqualTo(met ? Status.MET : Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains("P1 was on jobseekers_allowance on 2015-06-01")
                .contains(weeks + " of the 30 weeks 2015-07-06 to 2016-01-31 in work, at least 26 needed")
                .contains("on no out-of-work benefit on 2016-01-31")
                .contains("benefits BEN-1", "employment EMP-1");
    }

    @Test
    void aWeekWithOneDayWithoutWorkIsNotInWorkAndIsNamed() {
        MeasureResult result = review(SOUTHWARK, "2016-01-31",
                jsa("BEN-1", "2015-01-05", "2015-07-05"), job("EMP-1", "2015-08-04", null, null));

        assertThat(result.explanation().text()).contains(
                "weeks not in work (by first day): 2015-07-06 (not employed every day), 2015-07-13 (not employed every day),"
                        + " 2015-07-20 (not employed every day), 2015-07-27 (not employed every day),"
                        + " 2015-08-03 (not employed every day);");
    }

    @ParameterizedTest(name = "JSA to {0}: met {1}")
    @CsvSource({
        "2015-08-02, true",
        "2015-08-03, false"
    })
    void aWeekWithOneDayOfJobseekersAllowanceIsNotInWork(String jsaTo, boolean met) {
        MeasureResult result = review(SOUTHWARK, "2016-01-31",
                jsa("BEN-1", "2015-01-05", jsaTo), job("EMP-1", "2015-07-06", null, null));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains((met ? 26 : 25) + " of the 30 weeks");
        if (!met) {
            assertThat(result.explanation().text()).contains("2015-08-03 (jobseekers_allowance BEN-1)");
        }
    }

    @ParameterizedTest(name = "{0} from the review date")
    @CsvSource({
        "JOBSEEKERS_ALLOWANCE, true, jobseekers_allowance",
        "EMPLOYMENT_SUPPORT_ALLOWANCE, false, employment_support_allowance"
    })
    void anOutOfWorkBenefitOnTheReviewDateFails(Benefit benefit, boolean conditions, String named) {
        MeasureResult result = review(SOUTHWARK, "2016-01-31",
                jsa("BEN-1", "2015-01-05", "2015-07-05"), job("EMP-1", "2015-07-06", null, null),
                new BenefitSpell("BEN-2", "P1", benefit, d("2016-01-31"), null, conditions, ClaimType.SINGLE, "DWP"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains("29 of the 30 weeks")
                .contains("still on " + named + " BEN-2 on 2016-01-31");
    }

    @Test
    void inWorkUniversalCreditOnTheReviewDateDoesNotStopIt() {
        MeasureResult result = review(SOUTHWARK, "2016-01-31",
                jsa("BEN-1", "2015-01-05", "2015-07-05"), job("EMP-1", "2015-07-06", null, null),
                new BenefitSpell("BEN-2", "P1", Benefit.UNIVERSAL_CREDIT, d("2015-12-01"), null, false,
                        ClaimType.SINGLE, "DWP"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("30 of the 30 weeks");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "JSA ended the day before identification, JOBSEEKERS_ALLOWANCE, true, 2015-05-31",
        "Universal Credit without work-related conditions, UNIVERSAL_CREDIT, false, 2015-12-31"
    })
    void someoneNotOnAnOutOfWorkBenefitAtIdentificationIsOutOfScope(String why, Benefit benefit, boolean conditions,
                                                                    String to) {
        MeasureResult result = review(SOUTHWARK, "2016-01-31",
                new BenefitSpell("BEN-1", "P1", benefit, d("2015-01-05"), d(to), conditions, ClaimType.SINGLE, "DWP"),
                job("EMP-1", "2015-01-05", null, null));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).contains("nobody among adults was on an out-of-work benefit",
                "on 2015-06-01");
    }

    @Test
    void universalCreditWithWorkRelatedConditionsIsOutOfWorkAndNeedsTwentySixWeeks() {
        MeasureResult result = review(SOUTHWARK, "2016-01-31",
                new BenefitSpell("BEN-1", "P1", Benefit.UNIVERSAL_CREDIT, d("2015-01-05"), d("2015-10-25"), true,
                        ClaimType.SINGLE, "DWP"),
                job("EMP-1", "2015-07-06", null, null));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("P1 was on universal_credit on 2015-06-01",
                "14 of the 30 weeks", "at least 26 needed");
    }

    @ParameterizedTest(name = "second job from {0}: {1} weeks, met {2}")
    @CsvSource({
        "2015-08-17, 13, true",
        "2015-08-18, 12, false"
    })
    void otherBenefitsNeedThirteenConsecutiveWeeks(String secondJobFrom, int weeks, boolean met) {
        MeasureResult result = review(SOUTHWARK, "2015-10-04",
                esa("BEN-1", "2015-01-05", "2015-07-05"),
                job("EMP-1", "2015-07-06", "2015-08-16", null), job("EMP-2", secondJobFrom, null, null));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text())
                .contains("P1 was on employment_support_allowance on 2015-06-01")
                .contains(weeks + " of the 13 weeks 2015-07-06 to 2015-10-04 in work, at least 13 needed");
        if (!met) {
            assertThat(result.explanation().text()).contains("(by first day): 2015-08-17 (not employed every day);");
        }
    }

    @ParameterizedTest(name = "review {0}: met {1}")
    @CsvSource({
        "2015-10-11, true",
        "2015-10-10, false"
    })
    void worcestershireNeedsFourteenConsecutiveWeeks(String reviewDate, boolean met) {
        ContinuousEmployment worcestershire = new ContinuousEmployment(null, List.of(
                new ContinuousEmployment.Rule(List.of(Benefit.JOBSEEKERS_ALLOWANCE), 26, 30),
                new ContinuousEmployment.Rule(OTHER_BENEFITS, 14, 14)), null);

        MeasureResult result = review(worcestershire, reviewDate,
                esa("BEN-1", "2015-01-05", "2015-07-05"), job("EMP-1", "2015-07-06", null, null));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains((met ? 14 : 13) + " of the 14 weeks", "at least 14 needed");
    }

    @ParameterizedTest(name = "{0} hours a week: met {1}")
    @CsvSource(value = {
        "16, true",
        "15.5, false",
        "NULL, false"
    }, nullValues = "NULL")
    void aMinimumOfSixteenHoursExcludesShorterOrUnknownHours(Double hours, boolean met) {
        ContinuousEmployment southampton = new ContinuousEmployment(null, List.of(
                new ContinuousEmployment.Rule(OTHER_BENEFITS, 13, 13)), 16.0);

        MeasureResult result = review(southampton, "2015-10-04",
                esa("BEN-1", "2015-01-05", "2015-07-05"), job("EMP-1", "2015-07-06", null, hours));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains((met ? 13 : 0) + " of the 13 weeks 2015-07-06 to 2015-10-04 "
                + "in work (at least 16 hours a week), at least 13 needed");
    }

    @ParameterizedTest(name = "review {0}: {1}")
    @CsvSource({
        "2015-12-26, TOO_EARLY",
        "2015-12-27, MET"
    })
    void theThirtyWeeksMustStartOnOrAfterIdentification(String reviewDate, Status status) {
        MeasureResult result = review(SOUTHWARK, reviewDate,
                jsa("BEN-1", "2015-01-05", IDENTIFIED), job("EMP-1", "2015-06-01", null, null));

        assertThat(result.status()).isEqualTo(status);
        if (status == Status.TOO_EARLY) {
            assertThat(result.explanation().text()).contains(
                    "the 30 weeks 2015-05-31 to 2015-12-26 start before the problem was identified on 2015-06-01; "
                            + "the earliest review date is 2015-12-27");
        } else {
            assertThat(result.explanation().text()).contains("29 of the 30 weeks 2015-06-01 to 2015-12-27");
        }
    }

    @Test
    void anyAdultInScopeWhoMovedIntoWorkMeetsIt() {
        FamilyTimeline family = FamilyFixture.family("F1")
                .mother("P1", "1982-02-14")
                .father("P3", "1979-11-30")
                .child("P2", "2008-05-20")
                .engaged(IDENTIFIED)
                .records(jsa("BEN-1", "2015-01-05", "2016-01-31"),
                        esa("BEN-3", "P3", "2015-01-05", "2015-07-05"), job("EMP-3", "P3", "2015-07-06", null, null))
                .build();

        MeasureResult result = SOUTHWARK.evaluate(MeasureContext.review(family, d("2016-01-31"), d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("P3 was on employment_support_allowance on 2015-06-01",
                "13 of the 13 weeks 2015-11-02 to 2016-01-31 in work");
    }

    @Test
    void theDocumentedPlanFormReadsAsWritten() {
        Measure measure = PlanSnippets.measure("""
                type: continuous_employment
                people: adults
                rules:
                  - benefits: [jobseekers_allowance, universal_credit]
                    weeks_in_work: 26
                    within_weeks: 30
                  - benefits: [employment_support_allowance, income_support, incapacity_benefit,
                               severe_disablement_allowance, carers_allowance]
                    weeks_in_work: 13
                    within_weeks: 13
                min_hours_per_week: 16
                """);

        assertThat(measure).isEqualTo(new ContinuousEmployment(new People(People.Group.ADULTS, null, null),
                SOUTHWARK.rules(), 16.0));
    }

    /** The measure as a plan file gives it, read by the plan loader inside a one-outcome plan. */

    private static MeasureResult review(ContinuousEmployment measure, String reviewDate, TimelineRecord... records) {
        FamilyTimeline family = FamilyFixture.family("F1")
                .father("P1", "1980-03-10")
                .child("P2", "2008-05-20")
                .engaged(IDENTIFIED)
                .records(records)
                .build();
        MeasureContext context = MeasureContext.review(family, d(reviewDate), d(IDENTIFIED));
        MeasureResult result = measure.evaluate(context);
        assertThat(measure.decide(context)).as("decided without the words").isEqualTo(result.status());
        return result;
    }

    private static BenefitSpell jsa(String id, String from, String to) {
        return new BenefitSpell(id, "P1", Benefit.JOBSEEKERS_ALLOWANCE, d(from), d(to), false, ClaimType.SINGLE, "DWP");
    }

    private static BenefitSpell esa(String id, String from, String to) {
        return esa(id, "P1", from, to);
    }

    private static BenefitSpell esa(String id, String person, String from, String to) {
        return new BenefitSpell(id, person, Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, d(from), d(to), false,
                ClaimType.SINGLE, "DWP");
    }

    private static EmploymentSpell job(String id, String from, String to, Double hours) {
        return job(id, "P1", from, to, hours);
    }

    private static EmploymentSpell job(String id, String person, String from, String to, Double hours) {
        return new EmploymentSpell(id, person, EmploymentSpell.Type.EMPLOYED, d(from), to == null ? null : d(to), hours,
                "HMRC");
    }
}
