package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The service measures' rules for a case's movements: a step down from social care, a re-referral within six months. */
class CaseMovementRulesTest {

    @Test
    @DisplayName("Each change to a lower tier from tier 3 or 4 after the engagement day is a step down from social "
            + "care; a change on the engagement day sets the starting tier; a step within early help is not one")
    void stepDownsFromSocialCare() {
        Intervention intervention = intervention("I-1", "2018-04-01", null, Tier.CHILD_PROTECTION_OR_LOOKED_AFTER,
                change("TC-1", "2018-04-01", Tier.CHILD_IN_NEED),
                change("TC-2", "2018-06-01", Tier.TARGETED_EARLY_HELP),
                change("TC-3", "2018-07-01", Tier.CHILD_PROTECTION_OR_LOOKED_AFTER),
                change("TC-4", "2018-08-01", Tier.CHILD_IN_NEED),
                change("TC-5", "2018-09-01", Tier.TARGETED_EARLY_HELP),
                change("TC-6", "2018-10-01", Tier.UNIVERSAL_PLUS));

        assertThat(SocialCareStepDown.of(intervention)).containsExactly(
                new SocialCareStepDown("F-1", "I-1", "TC-2", LocalDate.parse("2018-06-01"), Tier.CHILD_IN_NEED,
                        Tier.TARGETED_EARLY_HELP),
                new SocialCareStepDown("F-1", "I-1", "TC-4", LocalDate.parse("2018-08-01"),
                        Tier.CHILD_PROTECTION_OR_LOOKED_AFTER, Tier.CHILD_IN_NEED),
                new SocialCareStepDown("F-1", "I-1", "TC-5", LocalDate.parse("2018-09-01"), Tier.CHILD_IN_NEED,
                        Tier.TARGETED_EARLY_HELP));
    }

    @ParameterizedTest(name = "closed {0}, engaged again {1}: a re-referral {2}")
    @CsvSource({
        "2018-08-31, 2018-09-01, true",
        "2018-08-31, 2019-02-28, true",
        "2018-08-31, 2019-03-01, false",
        "2018-08-31, 2018-08-31, false",
        "2019-01-15, 2019-07-15, true",
        "2019-01-15, 2019-07-16, false"
    })
    @DisplayName("A new intervention engaged after an earlier one of the family closed, up to the same day six calendar "
            + "months on")
    void reReferralWithinSixMonths(String closed, String engaged, boolean reReferral) {
        Intervention earlier = intervention("I-1", "2017-01-10", closed, Tier.TARGETED_EARLY_HELP);
        Intervention later = intervention("I-2", engaged, null, Tier.TARGETED_EARLY_HELP);

        ReReferral found = ReReferral.of(later, List.of(earlier, later));

        assertThat(found != null).isEqualTo(reReferral);
        if (reReferral) {
            assertThat(found).isEqualTo(new ReReferral("F-1", "I-2", LocalDate.parse(engaged), "I-1",
                    LocalDate.parse(closed)));
        }
        assertThat(ReReferral.of(earlier, List.of(earlier, later))).as("the first is no re-referral").isNull();
    }

    @Test
    @DisplayName("Of two earlier closures within six months, the latest is the one followed")
    void theLatestClosure() {
        Intervention first = intervention("I-1", "2017-01-10", "2018-06-30", Tier.TARGETED_EARLY_HELP);
        Intervention second = intervention("I-2", "2018-07-10", "2018-09-30", Tier.TARGETED_EARLY_HELP);
        Intervention third = intervention("I-3", "2018-11-01", null, Tier.TARGETED_EARLY_HELP);

        assertThat(ReReferral.of(third, List.of(first, second, third)).afterClosureOf()).isEqualTo("I-2");
        assertThat(ReReferral.of(second, List.of(first, second, third)).afterClosureOf()).isEqualTo("I-1");
    }

    private static Intervention intervention(String id, String engaged, String closed, Tier tier,
                                             Intervention.TierChange... changes) {
        return new Intervention(id, "F-1", LocalDate.parse(engaged), "key worker", "Early Help", tier, List.of(changes),
                closed == null ? null : LocalDate.parse(closed), null);
    }

    private static Intervention.TierChange change(String id, String day, Tier tier) {
        return new Intervention.TierChange(id, LocalDate.parse(day), tier, null);
    }
}
