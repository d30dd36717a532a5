package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.List;
import java.util.Map;

import org.hearth.engine.testing.BothWays;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.EducationSetting;
import org.hearth.engine.timeline.EducationSetting.Setting;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.JusticeOrder;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.TimelineRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusHeldTest {
    private static final People ADULTS = People.named("adults");
    private static final RecordSelection OUT_OF_WORK = RecordSelection.of(RecordKind.BENEFITS, Map.of("out_of_work", true));
    private static final RecordSelection IN_EDUCATION = RecordSelection.of(RecordKind.EDUCATION_SETTINGS,
            Map.of("setting", List.of("mainstream_school", "special_school", "pupil_referral_unit",
                    "alternative_provision")));
    private static final RecordSelection CUSTODY = RecordSelection.of(RecordKind.JUSTICE, Map.of("type", "custody"));

    private static FamilyFixture family() {
        return FamilyFixture.family("F1").mother("P1", "1980-01-01").father("P5", "1978-05-05")
                .child("P2", "2001-03-04").child("P3", "2005-01-02").engaged("2015-06-01");
    }

    private static BenefitSpell benefit(String id, String personId, Benefit benefit, String start, String end,
                                        boolean workConditions) {
        return new BenefitSpell(id, personId, benefit, d(start), end == null ? null : d(end), workConditions,
                ClaimType.SINGLE, "DWP");
    }

    private static EducationSetting setting(String id, String personId, Setting setting, String start, String end) {
        return new EducationSetting(id, personId, setting, d(start), end == null ? null : d(end), "school census");
    }

    private static MeasureResult identify(StatusHeld measure, FamilyTimeline family, String day) {
        return BothWays.evaluate(measure, MeasureContext.identification(family, d(day)));
    }

    @Test
    void anAdultOnOutOfWorkBenefitsOnTheIdentificationDay() {
        FamilyTimeline timeline = family().records(
                benefit("B-1", "P1", Benefit.JOBSEEKERS_ALLOWANCE, "2015-01-01", null, false),
                benefit("B-2", "P5", Benefit.UNIVERSAL_CREDIT, "2015-02-01", null, false)).build();

        MeasureResult result = identify(new StatusHeld(OUT_OF_WORK, ADULTS, null, null, null, null), timeline, "2015-06-01");

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .startsWith("benefits where out_of_work = true for adults on 2015-06-01: 1 of 2 hold it, any one needed")
                .contains("P1: held [benefits B-1 (from 2015-01-01)]")
                .contains("P5: not held on 2015-06-01");
    }

    @ParameterizedTest(name = "claim ending {0}: {1}")
    @CsvSource({"2015-05-31, NOT_MET", "2015-06-01, MET"})
    void aClaimEndingOnTheDayIsStillHeldThatDay(String end, Status expected) {
        FamilyTimeline timeline = family().record(
                benefit("B-1", "P1", Benefit.INCOME_SUPPORT, "2014-01-01", end, false)).build();

        MeasureResult result = identify(new StatusHeld(OUT_OF_WORK, ADULTS, null, null, null, null), timeline, "2015-06-01");

        assertThat(result.status()).isEqualTo(expected);
    }

    @Test
    void nobodyInTheGroupIsNotApplicable() {
        FamilyTimeline timeline = FamilyFixture.family("F2").child("P2", "2005-01-02").build();

        MeasureResult result = identify(new StatusHeld(OUT_OF_WORK, ADULTS, null, null, null, null), timeline, "2015-06-01");

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).isEqualTo("no one among adults on 2015-06-01");
    }

    @ParameterizedTest(name = "custody ending {0}: {1}")
    @CsvSource({
            "2016-05-31, MET,     'P1: held, ending 2016-05-31 ['",
            "2016-06-01, NOT_MET, 'P1: held, ending 2016-06-01, not within 12 months'",
            ",           NOT_MET, 'P1: held, with no end recorded'",
    })
    void aPrisonerLessThanTwelveMonthsFromRelease(String release, Status expected, String words) {
        FamilyTimeline timeline = family().record(new JusticeOrder("J-1", "P1", JusticeOrder.Type.CUSTODY,
                d("2014-02-01"), release == null ? null : d(release), "prison")).build();

        MeasureResult result = identify(new StatusHeld(CUSTODY, People.named("parents"), null, null, null, 12),
                timeline, "2015-06-01");

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text())
                .startsWith("justice where type = custody for parents on 2015-06-01, ending before 2016-06-01 "
                        + "(within 12 months)")
                .contains(words);
    }

    @Test
    void custodySpellsThatFollowOnAreOneRunUpToTheLastRelease() {
        FamilyTimeline timeline = family().records(
                new JusticeOrder("J-1", "P5", JusticeOrder.Type.CUSTODY, d("2015-01-10"), d("2015-08-31"), "prison"),
                new JusticeOrder("J-2", "P5", JusticeOrder.Type.CUSTODY, d("2015-09-01"), d("2016-07-01"), "prison"))
                .build();

        MeasureResult result = identify(new StatusHeld(CUSTODY, ADULTS, null, null, null, 12), timeline, "2015-06-01");

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("P5: held, ending 2016-07-01, not within 12 months");
    }

    @Test
    void everyChildInSchoolThroughoutTheLastThreeFullTerms() {
        FamilyTimeline timeline = family().records(
                setting("S-1", "P2", Setting.MAINSTREAM_SCHOOL, "2015-09-01", "2016-01-15"),
                setting("S-2", "P2", Setting.PUPIL_REFERRAL_UNIT, "2016-01-16", null),
                setting("S-3", "P3", Setting.MAINSTREAM_SCHOOL, "2012-09-01", "2015-12-31"),
                setting("S-4", "P3", Setting.MISSING_EDUCATION, "2016-01-01", "2016-01-31"),
                setting("S-5", "P3", Setting.ALTERNATIVE_PROVISION, "2016-02-01", null)).build();
        StatusHeld measure = new StatusHeld(IN_EDUCATION, People.named("school_age_children"), Quantifier.EVERY,
                null, 3, null);

        MeasureResult result = BothWays.evaluate(measure,
                MeasureContext.review(timeline, d("2016-07-31"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text())
                .contains("throughout the last 3 full terms to 2016-07-31 (autumn 2015/16, spring 2015/16, summer 2015/16)")
                .contains("1 of 2 hold it, every one needed")
                .contains("P2: held [education_settings S-1 (2015-09-01 to 2016-01-15), education_settings S-2 (from 2016-01-16)]")
                .contains("P3: not held on 2016-01-01");
    }

    @Test
    void termsThatStartBeforeIdentificationAreTooEarly() {
        FamilyTimeline timeline = family().records(
                setting("S-1", "P2", Setting.MAINSTREAM_SCHOOL, "2010-09-01", null),
                setting("S-2", "P3", Setting.SPECIAL_SCHOOL, "2010-09-01", null)).build();
        StatusHeld measure = new StatusHeld(IN_EDUCATION, People.named("school_age_children"), Quantifier.EVERY,
                null, 3, null);

        MeasureResult early = BothWays.evaluate(measure,
                MeasureContext.review(timeline, d("2016-07-30"), d("2015-06-01")));
        MeasureResult due = BothWays.evaluate(measure,
                MeasureContext.review(timeline, d("2016-07-31"), d("2015-06-01")));

        assertThat(early.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(early.explanation().text()).isEqualTo("the review window 2015-04-01 to 2016-03-31 starts before the "
                + "problem was identified on 2015-06-01; the earliest review date is 2016-07-31");
        assertThat(due.status()).isEqualTo(Status.MET);
    }

    @ParameterizedTest(name = "accommodation until {0}: {1}")
    @CsvSource({
            "2016-02-28, NOT_MET, 0 of 5 hold it, the household: not held on 2016-02-29",
            "2016-02-29, MET,     1 of 5 hold it, the household: held",
    })
    void theHouseholdKeepsSuitableAccommodationThroughoutSixMonthsToTheLeapDay(String end, Status expected,
                                                                                String holding, String words) {
        FamilyTimeline timeline = family().record(new ServiceEpisode("SV-1", null, "F1",
                ServiceEpisode.Service.SUITABLE_ACCOMMODATION, d("2015-09-01"), d(end), ServiceEpisode.Status.ONGOING,
                "housing")).build();
        StatusHeld measure = new StatusHeld(RecordSelection.of(RecordKind.SERVICES, Map.of("service",
                "suitable_accommodation")), People.FAMILY, null, Period.ofMonths(6), null, null);

        MeasureResult result = BothWays.evaluate(measure,
                MeasureContext.review(timeline, d("2016-02-29"), d("2015-06-01")));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text())
                .contains("throughout 2015-09-01 to 2016-02-29 (the last 6 months)")
                .contains(holding + ", any one needed")
                .contains(words);
    }

    @Test
    void aPeriodStartingBeforeIdentificationIsTooEarly() {
        FamilyTimeline timeline = family().record(setting("S-1", "P2", Setting.MAINSTREAM_SCHOOL, "2010-09-01", null))
                .build();
        StatusHeld measure = new StatusHeld(IN_EDUCATION, People.named("children"), null, Period.ofMonths(6), null, null);

        MeasureResult result = BothWays.evaluate(measure,
                MeasureContext.review(timeline, d("2016-02-29"), d("2015-09-02")));

        assertThat(result.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(result.explanation().text()).endsWith("the earliest review date is 2016-03-01");
    }

    @Test
    void everyMemberMustHoldItWhenTheQuantifierIsEvery() {
        List<TimelineRecord> claims = List.of(
                benefit("B-1", "P1", Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, "2015-01-01", null, false),
                benefit("B-2", "P5", Benefit.UNIVERSAL_CREDIT, "2015-01-01", null, true));
        FamilyTimeline timeline = family().records(claims.toArray(TimelineRecord[]::new)).build();

        MeasureResult both = identify(new StatusHeld(OUT_OF_WORK, ADULTS, Quantifier.EVERY, null, null, null),
                timeline, "2015-06-01");
        MeasureResult beforeTheClaims = new StatusHeld(OUT_OF_WORK, ADULTS, Quantifier.EVERY, null, null, null)
                .evaluate(MeasureContext.identification(timeline, d("2014-12-31")));

        assertThat(both.status()).isEqualTo(Status.MET);
        assertThat(both.explanation().text()).contains("2 of 2 hold it, every one needed");
        assertThat(beforeTheClaims.status()).isEqualTo(Status.NOT_MET);
        assertThat(beforeTheClaims.explanation().text()).contains("0 of 2 hold it");
    }

    @ParameterizedTest(name = "in school from {0}: {1}")
    @CsvSource({
            "2015-09-02, NOT_MET, 'P2: not held on 2015-09-01'",
            "2015-09-01, MET,     'P2: held'",
    })
    void aChildInSchoolOnlyFromTheSecondDayOfTheSixMonthsDoesNotHoldItThroughout(String from, Status expected,
                                                                               String words) {
        FamilyTimeline timeline = family().records(setting("S-1", "P2", Setting.MAINSTREAM_SCHOOL, from, null),
                setting("S-2", "P3", Setting.ELECTIVE_HOME_EDUCATION, "2010-09-01", null)).build();
        StatusHeld measure = new StatusHeld(IN_EDUCATION, People.named("children"), null, Period.ofMonths(6), null, null);

        MeasureResult result = BothWays.evaluate(measure,
                MeasureContext.review(timeline, d("2016-02-29"), d("2015-06-01")));

        assertThat(result.status()).as("in school on the review day either way").isEqualTo(expected);
        assertThat(result.explanation().text()).contains(words).contains("P3: not held on 2015-09-01");
    }

    /**
     * Not applicable comes before too early (docs/evaluation.md §3), as for attendance: with nobody in the
     * group, a status asked throughout the last six months is not applicable on the day after engagement,
     * not too early.
     */
    @Test
    void nobodyInTheGroupIsNotApplicableBeforeTooEarly() {
        FamilyTimeline adultsOnly = FamilyFixture.family("F1").mother("P1", "1980-01-01").engaged("2015-06-01").build();
        StatusHeld inSchool = new StatusHeld(RecordSelection.of(RecordKind.EDUCATION_SETTINGS), People.named("children"),
                Quantifier.EVERY, Period.ofMonths(6), null, null);

        Status status = inSchool.decide(MeasureContext.review(adultsOnly, d("2015-06-02"), d("2015-06-01")));

        assertThat(status).isEqualTo(Status.NOT_APPLICABLE);
    }
}
