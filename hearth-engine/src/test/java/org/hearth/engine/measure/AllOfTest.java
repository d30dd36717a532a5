package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.List;
import java.util.Map;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;
import org.junit.jupiter.api.Test;

class AllOfTest {
    private static final People PARENTS = People.named("parents");
    private static final Measure ON_BENEFITS = new StatusHeld(
            RecordSelection.of(RecordKind.BENEFITS, Map.of("out_of_work", true)), PARENTS, null, null, null, null);
    private static final Measure MENTAL_HEALTH = new StatusHeld(
            RecordSelection.of(RecordKind.HEALTH_NEEDS, Map.of("need", "mental_health")), PARENTS, null, null, null, null);
    private static final Measure IN_CUSTODY = new StatusHeld(
            RecordSelection.of(RecordKind.JUSTICE, Map.of("type", "custody")), PARENTS, null, null, null, null);
    private static final Measure PLAN_ENDED = new StatusEndedSustained(RecordSelection.of(RecordKind.SOCIAL_CARE,
            Map.of("episode_type", "child_protection_plan")), null, null, 6, null, null);
    private static final Measure NO_OFFENDING = new NoneInWindow(RecordSelection.of(RecordKind.OFFENCES), null,
            Period.ofMonths(6));

    private static BenefitSpell jsa(String personId) {
        return new BenefitSpell("B-" + personId, personId, BenefitSpell.Benefit.JOBSEEKERS_ALLOWANCE, d("2015-01-01"),
                null, false, BenefitSpell.ClaimType.SINGLE, "DWP");
    }

    private static HealthNeed mentalHealth(String personId) {
        return new HealthNeed("H-" + personId, personId, HealthNeed.Need.MENTAL_HEALTH, d("2014-05-01"), null, "GP");
    }

    private static FamilyTimeline family(TimelineRecord... records) {
        return FamilyFixture.family("F1").mother("P1", "1980-01-01").father("P5", "1979-02-02")
                .child("P2", "2006-03-04").engaged("2015-06-01").records(records).build();
    }

    private static MeasureResult review(AllOf measure, FamilyTimeline family) {
        return measure.evaluate(MeasureContext.review(family, d("2015-11-29"), d("2015-06-01")));
    }

    private static AllOf together(Measure... parts) {
        return new AllOf(List.of(parts), null);
    }

    private static AllOf samePerson(Measure... parts) {
        return new AllOf(List.of(parts), true);
    }

    @Test
    void everyPartMustBeMet() {
        FamilyTimeline timeline = family(jsa("P1"), mentalHealth("P5"));

        MeasureResult both = review(together(ON_BENEFITS, MENTAL_HEALTH), timeline);
        MeasureResult notBoth = review(together(ON_BENEFITS, IN_CUSTODY), timeline);

        assertThat(both.status()).isEqualTo(Status.MET);
        assertThat(both.explanation().text()).startsWith("all met: benefits where out_of_work = true for parents")
                .contains("health_needs where need = mental_health for parents");
        assertThat(both.explanation().cited()).extracting(TimelineRecord::recordId).containsExactly("B-P1", "H-P5");
        assertThat(notBoth.status()).isEqualTo(Status.NOT_MET);
        assertThat(notBoth.explanation().text()).startsWith("not all met: ")
                .contains("justice where type = custody for parents on 2015-11-29: 0 of 2 hold it");
    }

    @Test
    void partsThatAreNotApplicableAreLeftOut() {
        FamilyTimeline timeline = family(jsa("P1"));

        assertThat(review(together(ON_BENEFITS, PLAN_ENDED), timeline).status()).isEqualTo(Status.MET);
        MeasureResult none = review(together(PLAN_ENDED, PLAN_ENDED), timeline);
        assertThat(none.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(none.explanation().text()).startsWith("none of 2 applies");
    }

    @Test
    void aPartThatIsTooEarlyMakesTheWholeTooEarly() {
        assertThat(review(together(ON_BENEFITS, NO_OFFENDING), family(jsa("P1"))).status()).isEqualTo(Status.TOO_EARLY);
    }

    @Test
    void samePersonNeedsOneMemberToMeetEveryPart() {
        FamilyTimeline apart = family(jsa("P1"), mentalHealth("P5"));
        FamilyTimeline oneParent = family(jsa("P1"), mentalHealth("P1"));

        MeasureResult split = review(samePerson(ON_BENEFITS, MENTAL_HEALTH), apart);
        MeasureResult one = review(samePerson(ON_BENEFITS, MENTAL_HEALTH), oneParent);

        assertThat(split.status()).isEqualTo(Status.NOT_MET);
        assertThat(split.explanation().text()).startsWith("no one member meets all 2: P1: not all met")
                .contains("P5: not all met");
        assertThat(one.status()).isEqualTo(Status.MET);
        assertThat(one.explanation().text()).startsWith("all met by P1: all met: ");
        assertThat(one.explanation().cited()).extracting(TimelineRecord::recordId).containsExactly("B-P1", "H-P1");
    }

    @Test
    void samePersonIsNotApplicableWhenNoMemberIsInScope() {
        MeasureResult result = review(samePerson(PLAN_ENDED), family(jsa("P1")));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
    }

    @Test
    void samePersonIsTooEarlyWhenThePartsAreTooEarlyForEveryone() {
        MeasureResult result = review(samePerson(NO_OFFENDING, ON_BENEFITS), family(jsa("P1")));

        assertThat(result.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(result.explanation().text()).contains("the earliest review date is 2015-11-30");
    }

    /**
     * Southwark 3B: a child with early help in the last 12 months who has a mental health need. Deciding
     * an indicator stops at each member's first unmet part (an indicator is never too early); the
     * answers stay those that testing every part gives.
     */
    @Test
    void anIndicatorWhosePartCountsRecordsTheFamilyHasNoneOfIsNotMetForAnyMember() {
        Measure earlyHelp = new CountInWindow(RecordSelection.of(RecordKind.SOCIAL_CARE), People.named("children"),
                Period.ofMonths(12), null);
        AllOf childInNeed = samePerson(new AnyOf(List.of(earlyHelp)), MENTAL_HEALTH);
        FamilyTimeline none = family(mentalHealth("P1"));
        FamilyTimeline noMembers = FamilyFixture.family("F2").build();
        MeasureContext onEngagement = MeasureContext.identification(none, d("2015-06-01"));

        assertThat(childInNeed.decide(onEngagement)).isEqualTo(Status.NOT_MET);
        assertThat(childInNeed.evaluate(onEngagement).status()).isEqualTo(Status.NOT_MET);
        assertThat(childInNeed.decide(MeasureContext.identification(noMembers, d("2015-06-01"))))
                .as("a family with no members on the day: no one to be out of scope for").isEqualTo(Status.NOT_APPLICABLE);
        assertThat(childInNeed.decide(MeasureContext.review(none, d("2015-11-29"), d("2015-06-01"))))
                .as("an outcome's count may be too early, so each member is tested").isEqualTo(Status.TOO_EARLY);
    }

    /**
     * An indicator whose count the family meets only taken together (each parent has one claim, two
     * needed) is still tested member by member: the shortcut above only ever settles "not met".
     */
    @Test
    void aCountMetOnlyByTheFamilyTogetherIsStillTestedForEachMember() {
        Measure twoClaims = new CountInWindow(RecordSelection.of(RecordKind.BENEFITS), PARENTS, Period.ofMonths(12), 2);
        AllOf twoClaimsAndMentalHealth = samePerson(twoClaims, MENTAL_HEALTH);
        FamilyTimeline oneEach = family(jsa("P1"), jsa("P5"), mentalHealth("P1"));
        BenefitSpell incomeSupport = new BenefitSpell("B-P1-2", "P1", BenefitSpell.Benefit.INCOME_SUPPORT,
                d("2014-07-01"), d("2014-12-31"), false, BenefitSpell.ClaimType.SINGLE, "DWP");
        FamilyTimeline twoForTheMother = family(jsa("P1"), jsa("P5"), mentalHealth("P1"), incomeSupport);

        for (FamilyTimeline family : List.of(oneEach, twoForTheMother)) {
            MeasureContext onEngagement = MeasureContext.identification(family, d("2015-06-01"));
            assertThat(twoClaims.decide(onEngagement)).as("the family's count").isEqualTo(Status.MET);
            assertThat(twoClaimsAndMentalHealth.decide(onEngagement))
                    .isEqualTo(twoClaimsAndMentalHealth.evaluate(onEngagement).status());
        }
        assertThat(twoClaimsAndMentalHealth.decide(MeasureContext.identification(oneEach, d("2015-06-01"))))
                .isEqualTo(Status.NOT_MET);
        assertThat(twoClaimsAndMentalHealth.decide(MeasureContext.identification(twoForTheMother, d("2015-06-01"))))
                .isEqualTo(Status.MET);
    }

    /**
     * Southwark 4.8b's shape: three services the same member must have had. A family of five with none of
     * them is told so once for the family, not once per member and service; the decision is the members'.
     */
    @Test
    void whatNoMemberHasIsSaidOnceForTheFamily() {
        People members = People.named("members");
        Measure betterOff = new Participation(RecordSelection.of(RecordKind.SERVICES,
                Map.of("service", "better_off_calculation")), members, null, null, true, true, null, null);
        Measure cv = new Participation(RecordSelection.of(RecordKind.SERVICES, Map.of("service", "cv_completed")),
                members, null, null, true, true, null, null);
        FamilyTimeline five = FamilyFixture.family("F1").mother("P1", "1980-01-01").father("P5", "1979-02-02")
                .child("P2", "2006-03-04").child("P3", "2008-03-04").child("P4", "2010-03-04").engaged("2015-06-01")
                .build();

        MeasureResult result = review(samePerson(betterOff, cv), five);

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).startsWith("no one member meets all 2: of the family's 5 members, none "
                + "has what these parts ask: any one of members taking part in services where service = "
                + "better_off_calculation").contains("none of the 5 has an episode").doesNotContain("P3");
        assertThat(samePerson(betterOff, cv).decide(MeasureContext.review(five, d("2015-11-29"), d("2015-06-01"))))
                .isEqualTo(Status.NOT_MET);
    }
}
