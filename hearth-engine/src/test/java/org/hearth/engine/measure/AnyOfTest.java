package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.List;
import java.util.Map;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.RecordKind;
import org.junit.jupiter.api.Test;

class AnyOfTest {
    /** Met: the mother is on Jobseeker's Allowance on every day from 2015-01-01. */
    private static final Measure ON_BENEFITS = new StatusHeld(
            RecordSelection.of(RecordKind.BENEFITS, Map.of("out_of_work", true)), People.named("parents"), null, null,
            null, null);
    /** Not met: nobody is in custody. */
    private static final Measure IN_CUSTODY = new StatusHeld(
            RecordSelection.of(RecordKind.JUSTICE, Map.of("type", "custody")), null, null, null, null, null);
    /** Not applicable: no child has had a child protection plan. */
    private static final Measure PLAN_ENDED = new StatusEndedSustained(RecordSelection.of(RecordKind.SOCIAL_CARE,
            Map.of("episode_type", "child_protection_plan")), null, null, 6, null, null);
    /** Too early on 2015-11-29 for a problem identified on 2015-06-01. */
    private static final Measure NO_OFFENDING = new NoneInWindow(RecordSelection.of(RecordKind.OFFENCES), null,
            Period.ofMonths(6));

    private static final FamilyTimeline FAMILY = FamilyFixture.family("F1").mother("P1", "1980-01-01")
            .child("P2", "2006-03-04").engaged("2015-06-01")
            .record(new BenefitSpell("B-1", "P1", BenefitSpell.Benefit.JOBSEEKERS_ALLOWANCE, d("2015-01-01"), null,
                    false, BenefitSpell.ClaimType.SINGLE, "DWP"))
            .build();

    private static MeasureResult review(Measure... measures) {
        return new AnyOf(List.of(measures)).evaluate(MeasureContext.review(FAMILY, d("2015-11-29"), d("2015-06-01")));
    }

    @Test
    void oneMetPartIsEnoughAndIsTheOneExplained() {
        MeasureResult result = review(IN_CUSTODY, ON_BENEFITS);

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).startsWith("met by one of 2: benefits where out_of_work = true")
                .doesNotContain("justice");
        assertThat(result.explanation().cited()).hasSize(1);
    }

    @Test
    void noneMetIsNotMetAndExplainsEveryPart() {
        MeasureResult result = review(IN_CUSTODY, PLAN_ENDED);

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).startsWith("none of 2 met: justice where type = custody for family "
                + "on 2015-11-29: 0 of 2 hold it, any one needed: P1: not held on 2015-11-29; ")
                .contains("; no one among children had social_care where episode_type = child_protection_plan open");
    }

    @Test
    void aPartThatIsTooEarlyMakesTheWholeTooEarlyWhenNoneIsMet() {
        assertThat(review(IN_CUSTODY, NO_OFFENDING).status()).isEqualTo(Status.TOO_EARLY);
        assertThat(review(NO_OFFENDING, ON_BENEFITS).status()).isEqualTo(Status.MET);
    }

    @Test
    void notApplicableOnlyWhenEveryPartIs() {
        assertThat(review(PLAN_ENDED, PLAN_ENDED).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(review(PLAN_ENDED, IN_CUSTODY).status()).isEqualTo(Status.NOT_MET);
        assertThat(review(PLAN_ENDED, NO_OFFENDING).status()).isEqualTo(Status.TOO_EARLY);
    }

    @Test
    void anEmptyListIsRejected() {
        assertThatThrownBy(() -> new AnyOf(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
