package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.List;
import java.util.Map;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.ServiceEpisode.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Southwark 4.3 (a work placement completed or attended for 13 consecutive weeks), 6.6 (a positive
 * activity for 6 weeks or more), 4.7 (a debt repayment plan kept for two quarters) and Sunderland's
 * funded early education attended for six months. The problem is identified on 1 June 2015.
 */
class ParticipationTest {
    private static final String IDENTIFIED = "2015-06-01";

    private static final Participation PLACEMENT = measure(
            Map.of("service", List.of("work_placement", "volunteering")), People.named("members"), null,
            Period.ofWeeks(13), true, null, null);
    private static final Participation POSITIVE_ACTIVITY = measure(
            Map.of("service", "positive_activity"), People.named("members"), null, Period.ofWeeks(6), null, null, null);

    @ParameterizedTest(name = "review {0}: met {1}")
    @CsvSource({
        "2015-09-29, true, SV-1 from 2015-07-01 reached 13 weeks on 2015-09-29 and is still open",
        "2015-09-28, false, SV-1 from 2015-07-01 still open on 2015-09-28; 13 weeks would be reached on 2015-09-29"
    })
    void thirteenWeeksAreTheStartPlusThirteenWeeksLessOneDay(String reviewDate, boolean met, String quoted) {
        MeasureResult result = review(PLACEMENT, reviewDate,
                episode("SV-1", "P1", Service.WORK_PLACEMENT, "2015-07-01", null, ServiceEpisode.Status.ONGOING));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text())
                .contains("any one of members taking part in services where service in [work_placement, volunteering] "
                        + "(lasting at least 13 weeks or completed, started on or after 2015-06-01, by " + reviewDate + ")")
                .contains("P1: " + quoted)
                .contains("services SV-1");
    }

    @ParameterizedTest(name = "ended {0}: met {1}")
    @CsvSource({
        "2015-09-29, true, SV-1 from 2015-07-01 reached 13 weeks on 2015-09-29 and ended on 2015-09-29 (disengaged)",
        "2015-09-28, false, SV-1 from 2015-07-01 ended on 2015-09-28 (disengaged); 13 weeks would be reached on 2015-09-29"
    })
    void anEpisodeThatEndedCountsWhenItLastedLongEnough(String ended, boolean met, String quoted) {
        MeasureResult result = review(PLACEMENT, "2015-12-01",
                episode("SV-1", "P1", Service.WORK_PLACEMENT, "2015-07-01", ended, ServiceEpisode.Status.DISENGAGED));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains(quoted);
    }

    @ParameterizedTest(name = "{0} after four weeks, completed counts {1}: met {2}")
    @CsvSource({
        "COMPLETED, true, true, SV-1 from 2015-07-01 completed on 2015-07-28",
        "DISENGAGED, true, false, SV-1 from 2015-07-01 ended on 2015-07-28 (disengaged); 13 weeks would be reached",
        "COMPLETED, false, false, SV-1 from 2015-07-01 ended on 2015-07-28 (completed); 13 weeks would be reached"
    })
    void completingCountsWhateverTheLengthWhenThePlanSaysSo(ServiceEpisode.Status status, boolean completedCounts,
                                                            boolean met, String quoted) {
        Participation measure = measure(Map.of("service", List.of("work_placement", "volunteering")),
                People.named("members"), null, Period.ofWeeks(13), completedCounts, null, null);

        MeasureResult result = review(measure, "2015-12-01",
                episode("SV-1", "P1", Service.VOLUNTEERING, "2015-07-01", "2015-07-28", status));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains(quoted);
    }

    @Test
    void anEndRecordedAfterTheReviewDateIsNotYetKnown() {
        MeasureResult result = review(PLACEMENT, "2015-07-28",
                episode("SV-1", "P1", Service.WORK_PLACEMENT, "2015-07-01", "2015-07-31", ServiceEpisode.Status.COMPLETED));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("SV-1 from 2015-07-01 still open on 2015-07-28");
    }

    @ParameterizedTest(name = "began {0}, started_after_identification {1}: met {2}")
    @CsvSource(value = {
        "2015-05-31, NULL, false",
        "2015-06-01, NULL, true",
        "2015-05-31, false, true"
    }, nullValues = "NULL")
    void anEpisodeBegunBeforeIdentificationDoesNotCountByDefault(String began, Boolean startedAfter, boolean met) {
        Participation measure = measure(Map.of("service", "work_placement"), People.named("members"), null,
                Period.ofWeeks(13), true, startedAfter, null);

        MeasureResult result = review(measure, "2015-12-01",
                episode("SV-1", "P1", Service.WORK_PLACEMENT, began, null, ServiceEpisode.Status.ONGOING));

        assertThat(result.met()).isEqualTo(met);
        if (!met) {
            assertThat(result.explanation().text())
                    .contains("SV-1 from 2015-05-31 began before the problem was identified on 2015-06-01");
        }
    }

    @ParameterizedTest(name = "ended {0}: met {1}")
    @CsvSource({
        "2015-08-11, true",
        "2015-08-10, false"
    })
    void aPositiveActivityForSixWeeksOrMore(String ended, boolean met) {
        MeasureResult result = review(POSITIVE_ACTIVITY, "2015-12-01",
                episode("SV-1", "P1", Service.POSITIVE_ACTIVITY, "2015-07-01", ended, ServiceEpisode.Status.COMPLETED));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains(met
                ? "SV-1 from 2015-07-01 reached 6 weeks on 2015-08-11 and ended on 2015-08-11 (completed)"
                : "SV-1 from 2015-07-01 ended on 2015-08-10 (completed); 6 weeks would be reached on 2015-08-11");
    }

    @ParameterizedTest(name = "review {0}: met {1}")
    @CsvSource({
        "2016-02-29, true",
        "2016-02-28, false"
    })
    void sixMonthsOfFundedEarlyEducationEndOnTwentyNinthFebruary(String reviewDate, boolean met) {
        Participation measure = measure(Map.of("service", "early_education_funding"), People.named("children"), null,
                Period.ofMonths(6), null, null, null);

        MeasureResult result = review(measure, reviewDate,
                episode("SV-1", "P3", Service.EARLY_EDUCATION_FUNDING, "2015-09-01", null, ServiceEpisode.Status.ONGOING));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains("P2: no episode", met
                ? "P3: SV-1 from 2015-09-01 reached 6 months on 2016-02-29 and is still open"
                : "P3: SV-1 from 2015-09-01 still open on 2016-02-28; 6 months would be reached on 2016-02-29");
    }

    @ParameterizedTest(name = "review {0}: met {1}")
    @CsvSource({
        "2016-02-10, true",
        "2016-02-11, false"
    })
    void withinAsksForAnEpisodeOverlappingTheLastMonths(String reviewDate, boolean met) {
        Participation measure = measure(Map.of("service", "positive_activity"), People.named("members"), null,
                Period.ofWeeks(6), null, null, Period.ofMonths(6));

        MeasureResult result = review(measure, reviewDate,
                episode("SV-1", "P1", Service.POSITIVE_ACTIVITY, "2015-07-01", "2015-08-11", ServiceEpisode.Status.COMPLETED));

        assertThat(result.met()).isEqualTo(met);
        if (!met) {
            assertThat(result.explanation().text()).contains("overlapping 2015-08-12 to 2016-02-11",
                    "SV-1 from 2015-07-01 ended on 2015-08-11, before 2015-08-12");
        }
    }

    @ParameterizedTest(name = "people {0}, review {1}: met {2}")
    @CsvSource({
        "family, 2016-01-14, true",
        "family, 2016-01-13, false",
        "members, 2016-01-14, false"
    })
    void aHouseholdsDebtRepaymentPlanCountsForTheWholeFamily(String people, String reviewDate, boolean met) {
        Participation measure = measure(Map.of("service", "debt_repayment_plan"), People.named(people), null,
                Period.ofMonths(6), null, null, null);

        MeasureResult result = review(measure, reviewDate, new ServiceEpisode("SV-1", null, "F1",
                Service.DEBT_REPAYMENT_PLAN, d("2015-07-15"), null, ServiceEpisode.Status.ONGOING, "housing"));

        assertThat(result.met()).isEqualTo(met);
        if (met) {
            assertThat(result.explanation().text())
                    .contains("the household: SV-1 from 2015-07-15 reached 6 months on 2016-01-14 and is still open")
                    .contains("P1: no episode");
        }
    }

    @ParameterizedTest(name = "second child took part {0}: met {1}")
    @CsvSource({
        "true, true",
        "false, false"
    })
    void everyChildMustTakePartWhenThePlanSaysEvery(boolean secondTookPart, boolean met) {
        Participation measure = measure(Map.of("service", "early_education_funding"), People.named("children"),
                Quantifier.EVERY, Period.ofMonths(6), null, null, null);
        FamilyFixture family = FamilyFixture.family("F1")
                .mother("P1", "1984-02-14")
                .child("P2", "2012-10-01")
                .child("P3", "2013-01-20")
                .engaged(IDENTIFIED)
                .record(episode("SV-1", "P2", Service.EARLY_EDUCATION_FUNDING, "2015-09-01", null,
                        ServiceEpisode.Status.ONGOING));
        if (secondTookPart) {
            family.record(episode("SV-2", "P3", Service.EARLY_EDUCATION_FUNDING, "2015-09-01", null,
                    ServiceEpisode.Status.ONGOING));
        }

        MeasureResult result = measure.evaluate(MeasureContext.review(family.build(), d("2016-03-31"), d(IDENTIFIED)));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).startsWith("every one of children taking part").contains(
                secondTookPart ? "P3: SV-2 from 2015-09-01 reached 6 months" : "P3: no episode");
    }

    @Test
    void anEpisodeBeginningAfterTheReviewDateDoesNotCount() {
        MeasureResult result = review(PLACEMENT, "2015-09-29",
                episode("SV-1", "P1", Service.WORK_PLACEMENT, "2015-09-30", "2015-10-30", ServiceEpisode.Status.COMPLETED));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).endsWith("by 2015-09-29): none of the 3 has an episode");
    }

    @Test
    void aFamilyWithNobodyInTheGroupIsOutOfScope() {
        Participation measure = measure(Map.of("service", "early_education_funding"), People.named("children"), null,
                Period.ofMonths(6), null, null, null);
        FamilyTimeline adultsOnly = FamilyFixture.family("F1").mother("P1", "1984-02-14").engaged(IDENTIFIED).build();

        MeasureResult result = measure.evaluate(MeasureContext.review(adultsOnly, d("2016-03-31"), d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).isEqualTo("nobody in the family is among children on 2016-03-31");
    }

    /**
     * Southwark 3.2, "improved parenting skills where relevant": with applies_once_started only parents who
     * began a parenting programme since identification are asked to complete it; where none began one,
     * the measure does not apply. One that began the day before identification does not count, nor one
     * that begins after the review date (not yet known on it).
     */
    @ParameterizedTest(name = "programme {0} to {1} ({2}): {3}")
    @CsvSource({
        ",           ,           ,          NOT_APPLICABLE, 'none of the 1 has an episode, so it does not apply'",
        "2015-05-31, 2015-09-30, COMPLETED, NOT_APPLICABLE, SV-1 from 2015-05-31 began before the problem was identified",
        "2015-06-01, ,           ONGOING,   NOT_MET,        SV-1 from 2015-06-01 still open on 2015-12-01, not completed",
        "2015-06-01, 2015-09-30, COMPLETED, MET,            SV-1 from 2015-06-01 completed on 2015-09-30",
        "2015-12-02, ,           ONGOING,   NOT_APPLICABLE, 'none of the 1 has an episode, so it does not apply'"
    })
    void appliesOnceStartedLeavesOutThoseWhoNeverBeganOne(String from, String to, ServiceEpisode.Status status,
                                                          Status expected, String quoted) {
        Measure parenting = PlanSnippets.measure("""
                type: participation
                records: services
                where: {service: parenting_programme}
                people: parents
                completed_counts: true
                applies_once_started: true
                """);
        ServiceEpisode[] episodes = from == null ? new ServiceEpisode[0]
                : new ServiceEpisode[] {episode("SV-1", "P1", Service.PARENTING_PROGRAMME, from, to, status)};
        Participation everyone = measure(Map.of("service", "parenting_programme"), People.named("parents"), null, null,
                true, null, null);

        MeasureResult result = review((Participation) parenting, "2015-12-01", episodes);

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains(quoted);
        assertThat(review(everyone, "2015-12-01", episodes).status()).as("without the option, taking none is not met")
                .isEqualTo(expected == Status.MET ? Status.MET : Status.NOT_MET);
    }

    @Test
    void theDocumentedPlanFormReadsAsWritten() {
        Measure read = PlanSnippets.measure("""
                type: participation
                records: services
                where: {service: [work_placement, volunteering]}
                people: members
                quantifier: any
                at_least: {weeks: 13}
                completed_counts: true
                started_after_identification: true
                within: {months: 6}
                """);

        assertThat(read).isInstanceOfSatisfying(Participation.class, participation -> {
            assertThat(participation.selection().describe())
                    .isEqualTo("services where service in [work_placement, volunteering]");
            assertThat(participation.people()).isEqualTo(People.named("members"));
            assertThat(participation.atLeast()).isEqualTo(Period.ofWeeks(13));
            assertThat(participation.within()).isEqualTo(Period.ofMonths(6));
            assertThat(participation.completedCounts()).isTrue();
            assertThat(participation.startedAfterIdentification()).isTrue();
        });
    }

    private static Participation measure(Map<String, Object> where, People people, Quantifier quantifier,
                                         Period atLeast, Boolean completedCounts, Boolean startedAfterIdentification,
                                         Period within) {
        return new Participation(RecordSelection.of(RecordKind.SERVICES, where), people, quantifier, atLeast,
                completedCounts, startedAfterIdentification, within, null);
    }

    private static ServiceEpisode episode(String id, String person, Service service, String from, String to,
                                          ServiceEpisode.Status status) {
        return new ServiceEpisode(id, person, null, service, d(from), to == null ? null : d(to), status, "provider");
    }

    /** A mother, a child of nine and a child of two. */
    private static MeasureResult review(Participation measure, String reviewDate, ServiceEpisode... episodes) {
        FamilyTimeline family = FamilyFixture.family("F1")
                .mother("P1", "1984-02-14")
                .child("P2", "2006-03-02")
                .child("P3", "2013-01-20")
                .engaged(IDENTIFIED)
                .records(episodes)
                .build();
        return measure.evaluate(MeasureContext.review(family, d(reviewDate), d(IDENTIFIED)));
    }

    /** The measure as a plan file gives it, read by the plan loader inside a one-outcome plan. */
}
