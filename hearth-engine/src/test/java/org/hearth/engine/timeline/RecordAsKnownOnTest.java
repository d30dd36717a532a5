package org.hearth.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Theme;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each record as it stood on the review date ({@link TimelineRecord#asKnownOn}): an end, a status or a
 * sign-off that came later is not yet known, and a record that starts later does not exist yet. The
 * boundary: what happened on the review date itself is known; the day after is not.
 */
class RecordAsKnownOnTest {
    private static final LocalDate REVIEW = d("2017-09-30");
    private static final LocalDate AFTER = REVIEW.plusDays(1);
    private static final LocalDate BEGAN = d("2017-01-01");

    /** What a kind's record that was still to learn something the day after the review looks like on it. */
    enum Later { EVENT, OPEN, NOT_KNOWN, WHOLE, UNSIGNED }

    /** One record of a kind made from a first day and the day of its last fact (an event: the same day). */
    record Sample(RecordKind<?> kind, Later later, BiFunction<LocalDate, LocalDate, TimelineRecord> make) {
        @Override
        public String toString() {
            return kind.name();
        }
    }

    static Stream<Sample> everyKind() {
        return Stream.of(
                new Sample(RecordKind.OFFENCES, Later.EVENT,
                        (from, to) -> new Offence("R", "P", from, Offence.Disposal.CONVICTION, false, null, "YOS")),
                new Sample(RecordKind.ASB_INCIDENTS, Later.EVENT, (from, to) -> new AsbIncident("R", "P", null, from, "ASB")),
                new Sample(RecordKind.ASB_INTERVENTIONS, Later.OPEN, (from, to) -> new AsbIntervention("R", "P",
                        AsbIntervention.Type.CIVIL_INJUNCTION, from, to, AsbIntervention.Status.COMPLETED, "ASB")),
                new Sample(RecordKind.POLICE_CALLOUTS, Later.EVENT,
                        (from, to) -> new PoliceCallout("R", "F", null, from, true, false, "police")),
                new Sample(RecordKind.ATTENDANCE, Later.NOT_KNOWN, (from, to) -> new TermAttendance("R", "P",
                        new SchoolTerm(2016, SchoolTerm.Term.SUMMER, from, to), 100, 5, 5, null, "census")),
                new Sample(RecordKind.EXCLUSIONS, Later.EVENT, (from, to) -> new Exclusion("R", "P", from,
                        Exclusion.Type.FIXED_TERM, 1, Exclusion.Phase.SECONDARY, "school")),
                new Sample(RecordKind.EDUCATION_SETTINGS, Later.OPEN, (from, to) -> new EducationSetting("R", "P",
                        EducationSetting.Setting.PUPIL_REFERRAL_UNIT, from, to, "LA")),
                new Sample(RecordKind.SOCIAL_CARE, Later.OPEN, (from, to) -> new SocialCareEpisode("R", "P",
                        SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, from, to,
                        SocialCareEpisode.EndReason.STEPPED_DOWN, "CSC")),
                new Sample(RecordKind.REFERRALS, Later.EVENT, (from, to) -> new Referral("R", "P", null, from,
                        Referral.To.CHILDRENS_SOCIAL_CARE, Theme.CHILDREN_NEED_HELP, "MASH")),
                new Sample(RecordKind.MISSING_EPISODES, Later.OPEN, (from, to) -> new MissingEpisode("R", "P", from, to, "police")),
                new Sample(RecordKind.BENEFITS, Later.OPEN, (from, to) -> new BenefitSpell("R", "P",
                        BenefitSpell.Benefit.JOBSEEKERS_ALLOWANCE, from, to, false, BenefitSpell.ClaimType.SINGLE, "DWP")),
                new Sample(RecordKind.EMPLOYMENT, Later.OPEN,
                        (from, to) -> new EmploymentSpell("R", "P", EmploymentSpell.Type.EMPLOYED, from, to, 30.0, "DWP")),
                new Sample(RecordKind.EARNINGS, Later.NOT_KNOWN, (from, to) -> new EarningsPeriod("R", "P", from, to,
                        50_000, BenefitSpell.ClaimType.SINGLE, "DWP")),
                new Sample(RecordKind.NEET, Later.OPEN,
                        (from, to) -> new NeetSpell("R", "P", NeetSpell.Status.NEET, from, to, "Connexions")),
                new Sample(RecordKind.FINANCES, Later.EVENT, (from, to) -> new FinancialReading("R", "F", null, from,
                        FinancialReading.Debt.RENT_ARREARS, 10_000, FinancialReading.Sanction.WARNING, "housing")),
                new Sample(RecordKind.SERVICES, Later.OPEN, (from, to) -> new ServiceEpisode("R", "P", null,
                        ServiceEpisode.Service.PARENTING_PROGRAMME, from, to, ServiceEpisode.Status.DISENGAGED, "FIS")),
                new Sample(RecordKind.ASSESSMENTS, Later.EVENT, (from, to) -> new ScoredAssessment("R", "P", null,
                        AssessmentTool.SDQ, from, 20.0, null, "CAMHS")),
                new Sample(RecordKind.HEALTH_EVENTS, Later.EVENT,
                        (from, to) -> new HealthEvent("R", "P", from, HealthEvent.Type.AE_ATTENDANCE, "NHS")),
                new Sample(RecordKind.HEALTH_NEEDS, Later.OPEN,
                        (from, to) -> new HealthNeed("R", "P", HealthNeed.Need.PREGNANCY, from, to, "midwife")),
                new Sample(RecordKind.JUSTICE, Later.WHOLE,
                        (from, to) -> new JusticeOrder("R", "P", JusticeOrder.Type.CUSTODY, from, to, "prison")),
                new Sample(RecordKind.CONCERNS, Later.EVENT, (from, to) -> new ProfessionalConcern("R", "F", null,
                        Theme.HEALTH, from, "health visitor", "EH")),
                new Sample(RecordKind.DOMESTIC_ABUSE, Later.EVENT, (from, to) -> new DomesticAbuseIncident("R", "F", "P",
                        from, DomesticAbuseIncident.Role.VICTIM, DomesticAbuseIncident.Category.DOMESTIC_ABUSE,
                        DomesticAbuseIncident.RecordedBy.POLICE, "police")),
                new Sample(RecordKind.WORKER_ASSESSMENTS, Later.UNSIGNED, (from, to) -> new WorkerAssessment("R", "F",
                        null, "1.2", true, from, "key worker", to, "team manager", "manager", "EH")));
    }

    @Test
    @DisplayName("every record kind is sampled here, so a new kind must say how it stood on the review date")
    void everyKindIsSampled() {
        assertThat(everyKind().map(Sample::kind).toList()).containsExactlyInAnyOrderElementsOf(RecordKind.all());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    @DisplayName("a record of any kind that starts the day after the review date does not exist yet")
    void startsAfterTheReviewDate(Sample sample) {
        assertThat(sample.make().apply(AFTER, AFTER.plusMonths(1)).asKnownOn(REVIEW)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    @DisplayName("a record of any kind whose last fact falls on the review date is known whole, as it is")
    void settledOnTheReviewDate(Sample sample) {
        LocalDate from = sample.later() == Later.EVENT ? REVIEW : BEGAN;
        TimelineRecord record = sample.make().apply(from, REVIEW);

        // A justice order's end is known from its start (an expected release date).
        assertThat(record.settledOn()).isEqualTo(sample.later() == Later.WHOLE ? BEGAN : REVIEW);
        assertThat(record.asKnownOn(REVIEW)).isSameAs(record);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    @DisplayName("a record of any kind begun by the review date with a fact the day after: as its kind says, "
            + "and then settled, so taking it as known again changes nothing")
    void learntTheDayAfter(Sample sample) {
        LocalDate from = sample.later() == Later.EVENT ? REVIEW : BEGAN;
        TimelineRecord record = sample.make().apply(from, sample.later() == Later.EVENT ? REVIEW : AFTER);
        TimelineRecord known = record.asKnownOn(REVIEW);

        switch (sample.later()) {
            case EVENT, WHOLE -> assertThat(known).isSameAs(record);
            case NOT_KNOWN -> assertThat(known).isNull();
            case OPEN -> {
                assertThat(known.end()).isNull();
                assertThat(known.start()).isEqualTo(BEGAN);
                assertThat(known.recordId()).isEqualTo("R");
            }
            case UNSIGNED -> assertThat(((WorkerAssessment) known).signedOffOn()).isNull();
            default -> throw new AssertionError(sample.later());
        }
        if (known != null) {
            assertThat(known.settledOn()).isBeforeOrEqualTo(REVIEW);
            assertThat(known.asKnownOn(REVIEW)).isSameAs(known);
        }
    }

    // ---- each kind with an end or a status -------------------------------------------------------

    @Test
    @DisplayName("asb_interventions: completed three months after the review date is ongoing and open on it; "
            + "breached on the review date is breached")
    void asbIntervention() {
        AsbIntervention completed = new AsbIntervention("ASB1", "P", AsbIntervention.Type.CRIMINAL_BEHAVIOUR_ORDER,
                BEGAN, REVIEW.plusMonths(3), AsbIntervention.Status.COMPLETED, "ASB team");
        AsbIntervention breached = new AsbIntervention("ASB2", "P", AsbIntervention.Type.CIVIL_INJUNCTION,
                BEGAN, REVIEW, AsbIntervention.Status.BREACHED, "ASB team");

        assertThat(completed.asKnownOn(REVIEW)).isEqualTo(new AsbIntervention("ASB1", "P",
                AsbIntervention.Type.CRIMINAL_BEHAVIOUR_ORDER, BEGAN, null, AsbIntervention.Status.ONGOING, "ASB team"));
        assertThat(completed.asKnownOn(REVIEW.plusMonths(3))).isSameAs(completed);
        assertThat(breached.asKnownOn(REVIEW)).isSameAs(breached);
    }

    @Test
    @DisplayName("services: disengaged the day after the review date is ongoing and open on it; completed on it is completed")
    void serviceEpisode() {
        ServiceEpisode disengaged = new ServiceEpisode("S1", null, "F", ServiceEpisode.Service.FOOD_BANK, BEGAN, AFTER,
                ServiceEpisode.Status.DISENGAGED, "FIS");
        ServiceEpisode completed = new ServiceEpisode("S2", "P", null, ServiceEpisode.Service.PARENTING_PROGRAMME,
                BEGAN, REVIEW, ServiceEpisode.Status.COMPLETED, "FIS");

        assertThat(disengaged.asKnownOn(REVIEW)).isEqualTo(new ServiceEpisode("S1", null, "F",
                ServiceEpisode.Service.FOOD_BANK, BEGAN, null, ServiceEpisode.Status.ONGOING, "FIS"));
        assertThat(completed.asKnownOn(REVIEW)).isSameAs(completed);
    }

    @Test
    @DisplayName("social_care: a plan stepped down the day after the review date is open with no end reason on it")
    void socialCareEpisode() {
        SocialCareEpisode plan = new SocialCareEpisode("SC1", "P", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, BEGAN,
                AFTER, SocialCareEpisode.EndReason.STEPPED_DOWN, "CSC");

        assertThat(plan.asKnownOn(REVIEW)).isEqualTo(new SocialCareEpisode("SC1", "P",
                SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, BEGAN, null, null, "CSC"));
        assertThat(plan.asKnownOn(AFTER)).isSameAs(plan);
    }

    @Test
    @DisplayName("benefits: a claim ending the day after the review date is open on it, its benefit and conditions kept")
    void benefitSpell() {
        BenefitSpell claim = new BenefitSpell("B1", "P", BenefitSpell.Benefit.UNIVERSAL_CREDIT, BEGAN, AFTER, true,
                BenefitSpell.ClaimType.COUPLE, "DWP");

        assertThat(claim.asKnownOn(REVIEW)).isEqualTo(new BenefitSpell("B1", "P", BenefitSpell.Benefit.UNIVERSAL_CREDIT,
                BEGAN, null, true, BenefitSpell.ClaimType.COUPLE, "DWP"));
    }

    @Test
    @DisplayName("employment: a job ending the day after the review date is held on it")
    void employmentSpell() {
        EmploymentSpell job = new EmploymentSpell("E1", "P", EmploymentSpell.Type.APPRENTICESHIP, BEGAN, AFTER, 16.0, "DWP");

        assertThat(job.asKnownOn(REVIEW)).isEqualTo(
                new EmploymentSpell("E1", "P", EmploymentSpell.Type.APPRENTICESHIP, BEGAN, null, 16.0, "DWP"));
        assertThat(job.asKnownOn(REVIEW).coversDay(REVIEW)).isTrue();
    }

    @Test
    @DisplayName("education_settings: a setting ending the day after the review date is the child's setting on it")
    void educationSetting() {
        EducationSetting setting = new EducationSetting("ED1", "P", EducationSetting.Setting.MISSING_EDUCATION, BEGAN,
                AFTER, "LA");

        assertThat(setting.asKnownOn(REVIEW)).isEqualTo(
                new EducationSetting("ED1", "P", EducationSetting.Setting.MISSING_EDUCATION, BEGAN, null, "LA"));
    }

    @Test
    @DisplayName("missing_episodes: a child found the day after the review date is missing on it")
    void missingEpisode() {
        assertThat(new MissingEpisode("M1", "P", BEGAN, AFTER, "police").asKnownOn(REVIEW))
                .isEqualTo(new MissingEpisode("M1", "P", BEGAN, null, "police"));
    }

    @Test
    @DisplayName("neet: a NEET spell ending the day after the review date is open and still NEET on it")
    void neetSpell() {
        assertThat(new NeetSpell("N1", "P", NeetSpell.Status.AT_RISK_OF_NEET, BEGAN, AFTER, "Connexions").asKnownOn(REVIEW))
                .isEqualTo(new NeetSpell("N1", "P", NeetSpell.Status.AT_RISK_OF_NEET, BEGAN, null, "Connexions"));
    }

    @Test
    @DisplayName("health_needs: a pregnancy ending in a birth the day after the review date is open on it")
    void healthNeed() {
        assertThat(new HealthNeed("H1", "P", HealthNeed.Need.PREGNANCY, BEGAN, AFTER, "midwife").asKnownOn(REVIEW))
                .isEqualTo(new HealthNeed("H1", "P", HealthNeed.Need.PREGNANCY, BEGAN, null, "midwife"));
    }

    @Test
    @DisplayName("justice: a sentence's expected release date after the review date was set when it was passed, so "
            + "it is kept; a sentence passed after the review date does not exist yet")
    void justiceOrder() {
        JusticeOrder custody = new JusticeOrder("J1", "P", JusticeOrder.Type.CUSTODY, BEGAN, d("2018-06-30"), "prison");

        assertThat(custody.settledOn()).isEqualTo(BEGAN);
        assertThat(custody.asKnownOn(REVIEW)).isSameAs(custody);
        assertThat(custody.asKnownOn(BEGAN.minusDays(1))).isNull();
    }

    @Test
    @DisplayName("earnings: an assessment period ending the day after the review date has no amount yet, so it is not known")
    void earningsPeriod() {
        EarningsPeriod period = new EarningsPeriod("EP1", "P", d("2017-09-02"), AFTER, 40_000,
                BenefitSpell.ClaimType.SINGLE, "DWP");
        EarningsPeriod ended = new EarningsPeriod("EP0", "P", d("2017-08-31"), REVIEW, 40_000,
                BenefitSpell.ClaimType.SINGLE, "DWP");

        assertThat(period.asKnownOn(REVIEW)).isNull();
        assertThat(period.asKnownOn(AFTER)).isSameAs(period);
        assertThat(ended.asKnownOn(REVIEW)).isSameAs(ended);
    }

    @Test
    @DisplayName("attendance: a term ending after the review date has no figures yet; one ending on it does")
    void termAttendance() {
        TermAttendance autumn = new TermAttendance("A1", "P",
                new SchoolTerm(2017, SchoolTerm.Term.AUTUMN, d("2017-09-01"), d("2017-12-31")), 20, 0, 2, null, "census");
        TermAttendance summer = new TermAttendance("A0", "P",
                new SchoolTerm(2016, SchoolTerm.Term.SUMMER, d("2017-04-01"), REVIEW), 100, 0, 2, null, "census");

        assertThat(autumn.asKnownOn(REVIEW)).isNull();
        assertThat(summer.asKnownOn(REVIEW)).isSameAs(summer);
    }

    @Test
    @DisplayName("worker_assessments: an answer signed off the day after the review date is unsigned on it; "
            + "one given the day after does not exist")
    void workerAssessment() {
        WorkerAssessment answer = new WorkerAssessment("W1", "F", "P", "1.2", true, d("2017-09-20"), "key worker",
                AFTER, "team manager", "manager", "EH", "sunderland");

        WorkerAssessment known = answer.asKnownOn(REVIEW);

        assertThat(known).isEqualTo(new WorkerAssessment("W1", "F", "P", "1.2", true, d("2017-09-20"), "key worker",
                null, null, null, "EH", "sunderland"));
        assertThat(known.signedOffBy(REVIEW)).isFalse();
        assertThat(answer.asKnownOn(AFTER).signedOffBy(AFTER)).isTrue();
        assertThat(answer.settledOn()).isEqualTo(AFTER);
        assertThat(answer.asKnownOn(d("2017-09-19"))).isNull();
    }

    @Test
    @DisplayName("interventions: closed the day after the review date is open on it, without the later tier "
            + "changes; closed on it is closed; engaged after it does not exist")
    void intervention() {
        Intervention.TierChange up = new Intervention.TierChange("T1", d("2017-06-01"), Tier.CHILD_IN_NEED, null);
        Intervention.TierChange down = new Intervention.TierChange("T2", AFTER, Tier.UNIVERSAL_PLUS, null);
        Intervention closedLater = new Intervention("I1", "F", BEGAN, "worker", "EH", Tier.TARGETED_EARLY_HELP,
                List.of(up, down), AFTER, "outcomes met");
        Intervention closedOnTheDay = new Intervention("I2", "F", BEGAN, "worker", "EH", Tier.TARGETED_EARLY_HELP,
                List.of(up), REVIEW, "outcomes met");

        Intervention known = closedLater.asKnownOn(REVIEW);

        assertThat(known).isEqualTo(new Intervention("I1", "F", BEGAN, "worker", "EH", Tier.TARGETED_EARLY_HELP,
                List.of(up), null, null));
        assertThat(known.closedBy(REVIEW)).isFalse();
        assertThat(known.tierOn(REVIEW)).isEqualTo(Tier.CHILD_IN_NEED);
        assertThat(closedOnTheDay.asKnownOn(REVIEW)).isSameAs(closedOnTheDay);
        assertThat(closedLater.asKnownOn(BEGAN.minusDays(1))).isNull();
    }

    @Test
    @DisplayName("interventions: an open case whose tier changed after the review date is known with the earlier tier")
    void openInterventionTierChange() {
        Intervention open = new Intervention("I1", "F", BEGAN, "worker", "EH", Tier.TARGETED_EARLY_HELP,
                List.of(new Intervention.TierChange("T1", AFTER, Tier.UNIVERSAL_PLUS, null)), null, null);

        assertThat(open.settledOn()).isEqualTo(AFTER);
        assertThat(open.asKnownOn(REVIEW).tierChanges()).isEmpty();
        assertThat(open.asKnownOn(AFTER)).isSameAs(open);
    }

    @Test
    @DisplayName("memberships: one ending the day after the review date is open on it; one starting after it does not exist")
    void membership() {
        Membership leaving = new Membership("F", "P", Role.CHILD, false, BEGAN, AFTER);

        assertThat(leaving.asKnownOn(REVIEW)).isEqualTo(new Membership("F", "P", Role.CHILD, false, BEGAN, null));
        assertThat(leaving.asKnownOn(AFTER)).isSameAs(leaving);
        assertThat(new Membership("F", "P", Role.CHILD, false, AFTER, null).asKnownOn(REVIEW)).isNull();
    }
}
