package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The service measures' rule for a case's movements: a step down from social care (re-referrals are the pathway's rule, ReReferralTest). */
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

    private static Intervention intervention(String id, String engaged, String closed, Tier tier,
                                             Intervention.TierChange... changes) {
        return new Intervention(id, "F-1", LocalDate.parse(engaged), "key worker", "Early Help", tier, List.of(changes),
                closed == null ? null : LocalDate.parse(closed), null);
    }

    private static Intervention.TierChange change(String id, String day, Tier tier) {
        return new Intervention.TierChange(id, LocalDate.parse(day), tier, null);
    }
}
