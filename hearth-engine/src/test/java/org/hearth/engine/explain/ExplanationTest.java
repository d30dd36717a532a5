package org.hearth.engine.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.Offence;
import org.junit.jupiter.api.Test;

import static org.hearth.engine.testing.FamilyFixture.d;

class ExplanationTest {

    @Test
    void textIsBuiltOnlyWhenRead() {
        AtomicInteger formatted = new AtomicInteger();
        Object counted = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "three";
            }
        };
        Explanation explanation = Explanation.of("%s offences", counted);

        assertThat(formatted).hasValue(0);
        assertThat(explanation.text()).isEqualTo("three offences");
        assertThat(formatted).hasValue(1);
    }

    @Test
    void partsFollowTheHeadingAndCitationsCloseIt() {
        Offence offence = new Offence("OF-1", "P1", d("2015-03-02"), Offence.Disposal.CONVICTION, false, null, "YOS");
        BenefitSpell claim = new BenefitSpell("BN-7", "P2", BenefitSpell.Benefit.JOBSEEKERS_ALLOWANCE, d("2014-05-01"), null,
                false, BenefitSpell.ClaimType.SINGLE, "DWP");
        Explanation explanation = Explanation.of(List.of(
                Explanation.of("1 offence").citing(List.of(offence)),
                Explanation.of("still claiming").citing(List.of(claim))), "%d parts", 2);

        assertThat(explanation.text()).isEqualTo(
                "2 parts: 1 offence [offences OF-1 (2015-03-02)]; still claiming [benefits BN-7 (from 2014-05-01)]");
        assertThat(explanation.cited()).containsExactly(offence, claim);
    }
}
