package org.hearth.io.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.io.link.CompositionDecision.Change;
import org.junit.jupiter.api.Test;

/**
 * Coordinators' decisions applied to the stays the data formed: Kai, whom the data places with his grandmother's
 * household (HF-GRAN) until 31 March 2020 and with his mother's (HF-MUM) from 1 April 2020.
 */
class CompositionCorrectionsTest {
    private static final String KAI = "HP-KAI";
    private static final String GRAN = "HF-GRAN";
    private static final String MUM = "HF-MUM";
    private static final String AUNT = "HF-AUNT";
    private static final Set<String> FAMILIES = Set.of(GRAN, MUM, AUNT);
    private static final Set<String> PERSONS = Set.of(KAI, "HP-LEO");

    private final List<FamilyStay> data = new ArrayList<>(List.of(
            FamilyStay.fromData(GRAN, KAI, day("2019-01-10"), day("2020-03-31")),
            FamilyStay.fromData(MUM, KAI, day("2020-04-01"), null)));

    @Test
    void aPersonWhoJoinsIsInTheFamilyFromTheDayWhereverTheDataPlacedThem() {
        var corrected = apply(decision(1, MUM, KAI, Change.JOINS, Role.CHILD, "2020-01-01", "2020-05-01"));

        assertThat(corrected.stays()).containsExactly(
                FamilyStay.fromData(GRAN, KAI, day("2019-01-10"), day("2019-12-31")),
                new FamilyStay(MUM, KAI, day("2020-01-01"), null, Role.CHILD, false, 1));
        assertThat(corrected.applied()).isEqualTo(1);
        assertThat(corrected.notApplied()).isEmpty();
    }

    @Test
    void theDataTakesOverAgainWithAMoveItRecordsTheDayAfterTheDecisionWasMadeNotOnIt() {
        data.add(FamilyStay.fromData(AUNT, KAI, day("2020-05-02"), null));
        data.set(1, FamilyStay.fromData(MUM, KAI, day("2020-04-01"), day("2020-05-01")));
        var afterTheDecision = apply(decision(1, GRAN, KAI, Change.JOINS, Role.CHILD, "2020-04-01", "2020-05-01"));

        assertThat(afterTheDecision.stays()).containsExactly(
                FamilyStay.fromData(GRAN, KAI, day("2019-01-10"), day("2020-03-31")),
                new FamilyStay(GRAN, KAI, day("2020-04-01"), day("2020-05-01"), Role.CHILD, false, 1),
                FamilyStay.fromData(AUNT, KAI, day("2020-05-02"), null));

        var onTheDecisionDay = apply(decision(1, GRAN, KAI, Change.JOINS, Role.CHILD, "2020-04-01", "2020-05-02"));

        assertThat(onTheDecisionDay.stays()).containsExactly(
                FamilyStay.fromData(GRAN, KAI, day("2019-01-10"), day("2020-03-31")),
                new FamilyStay(GRAN, KAI, day("2020-04-01"), null, Role.CHILD, false, 1));
    }

    @Test
    void aMemberWhoLeavesIsOutFromTheDayTheirStayEndingTheDayBefore() {
        var corrected = apply(decision(1, GRAN, KAI, Change.LEAVES, null, "2020-03-31", "2020-06-01"));

        assertThat(corrected.stays()).containsExactly(
                FamilyStay.fromData(GRAN, KAI, day("2019-01-10"), day("2020-03-30")),
                FamilyStay.fromData(MUM, KAI, day("2020-04-01"), null));
    }

    @Test
    void leavingFromTheFirstDayOfTheStayLeavesNothingOfIt() {
        var corrected = apply(decision(1, GRAN, KAI, Change.LEAVES, null, "2019-01-10", "2020-06-01"));

        assertThat(corrected.stays()).containsExactly(FamilyStay.fromData(MUM, KAI, day("2020-04-01"), null));
    }

    @Test
    void aLeaveTheDayAfterTheStayEndedIsNotAppliedAndSaysWhy() {
        var corrected = apply(decision(7, GRAN, KAI, Change.LEAVES, null, "2020-04-01", "2020-06-01"));

        assertThat(corrected.stays()).containsExactlyElementsOf(data);
        assertThat(corrected.applied()).isZero();
        assertThat(corrected.notApplied()).singleElement().hasToString("composition decision 7 (leaves, HF-GRAN, HP-KAI, "
                + "from 2020-04-01) not applied: HP-KAI is not a member of HF-GRAN on or after 2020-04-01");
    }

    @Test
    void aRoleIsTheOneGivenFromTheDayTheStayBeforeKeepingItsOwn() {
        var corrected = apply(decision(3, MUM, KAI, Change.ROLE, Role.OTHER_ADULT, "2021-06-01", "2021-06-01"));

        assertThat(corrected.stays()).containsExactly(
                FamilyStay.fromData(GRAN, KAI, day("2019-01-10"), day("2020-03-31")),
                FamilyStay.fromData(MUM, KAI, day("2020-04-01"), day("2021-05-31")),
                new FamilyStay(MUM, KAI, day("2021-06-01"), null, Role.OTHER_ADULT, false, 3));
    }

    @Test
    void decisionsApplyInTheOrderMadeSoALaterOnePutsAnEarlierRight() {
        var corrected = apply(
                decision(1, GRAN, KAI, Change.JOINS, Role.CHILD, "2020-04-01", "2020-05-01"),
                decision(2, GRAN, KAI, Change.LEAVES, null, "2020-09-01", "2020-09-10"),
                decision(3, MUM, KAI, Change.JOINS, Role.CHILD, "2020-09-01", "2020-09-10"));

        assertThat(corrected.stays()).containsExactly(
                FamilyStay.fromData(GRAN, KAI, day("2019-01-10"), day("2020-03-31")),
                new FamilyStay(GRAN, KAI, day("2020-04-01"), day("2020-08-31"), Role.CHILD, false, 1),
                new FamilyStay(MUM, KAI, day("2020-09-01"), null, Role.CHILD, false, 3));
        assertThat(corrected.applied()).isEqualTo(3);
    }

    @Test
    void aPersonTheDataPlacedNowhereCanJoin() {
        var corrected = apply(decision(1, MUM, "HP-LEO", Change.JOINS, Role.PARENT_CARER, "2020-04-01", "2020-05-01"));

        assertThat(corrected.stays()).contains(new FamilyStay(MUM, "HP-LEO", day("2020-04-01"), null, Role.PARENT_CARER,
                false, 1));
    }

    @Test
    void decisionsAboutAFamilyOrPersonTheseSourcesDoNotHoldAreNotAppliedAndSaySo() {
        var corrected = apply(
                decision(1, "HF-GONE", KAI, Change.JOINS, Role.CHILD, "2020-04-01", "2020-05-01"),
                decision(2, MUM, "HP-NOBODY", Change.JOINS, Role.CHILD, "2020-04-01", "2020-05-01"),
                decision(3, MUM, "", Change.CONFIRMED, null, "2020-05-01", "2020-05-01"));

        assertThat(corrected.stays()).containsExactlyElementsOf(data);
        assertThat(corrected.applied()).isEqualTo(1);
        assertThat(corrected.notApplied()).extracting(CompositionCorrections.NotApplied::why).containsExactly(
                "these sources form no household HF-GONE", "these sources hold no person HP-NOBODY with a date of birth");
    }

    private CompositionCorrections.Corrected apply(CompositionDecision... decisions) {
        return CompositionCorrections.apply(data, CompositionDecisions.of(List.of(decisions)), FAMILIES, PERSONS);
    }

    private static CompositionDecision decision(long id, String family, String person, Change change, Role role,
                                                String from, String decidedOn) {
        return new CompositionDecision(id, family, person, change, role, false, day(from), "coordinator", day(decidedOn), "");
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
