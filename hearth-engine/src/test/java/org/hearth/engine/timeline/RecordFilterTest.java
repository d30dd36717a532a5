package org.hearth.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A plan's where-clause tests the numbers a timeline keeps beside each record ({@link RecordKind#codes}).
 * These tests check, field by field and value by value, that the numbers say what the records say:
 * that each field has bits of its own (a filter on one field is blind to the others) and that an
 * empty value is never accepted.
 */
class RecordFilterTest {

    @Test
    void offenceFiltersFollowTheDisposalAndTheSeriousFlag() {
        for (Offence.Disposal disposal : Offence.Disposal.values()) {
            for (boolean serious : new boolean[] {false, true}) {
                Offence offence = new Offence("OF1", "P1", d("2015-06-01"), disposal, serious, null, "police");
                int codes = RecordKind.OFFENCES.codes(offence);

                assertThat(passes(RecordKind.OFFENCES, Map.of("proven", true), offence, codes))
                        .as("%s proven", disposal).isEqualTo(disposal.proven());
                assertThat(passes(RecordKind.OFFENCES, Map.of("proven", false), offence, codes))
                        .isEqualTo(!disposal.proven());
                assertThat(passes(RecordKind.OFFENCES, Map.of("out_of_court", true), offence, codes))
                        .isEqualTo(disposal.outOfCourt());
                assertThat(passes(RecordKind.OFFENCES, Map.of("further_action", true), offence, codes))
                        .isEqualTo(disposal.furtherAction());
                assertThat(passes(RecordKind.OFFENCES, Map.of("serious", true), offence, codes)).isEqualTo(serious);
                assertThat(passes(RecordKind.OFFENCES, Map.of("serious", List.of(true, false)), offence, codes)).isTrue();
                for (Offence.Disposal wanted : Offence.Disposal.values()) {
                    assertThat(passes(RecordKind.OFFENCES, Map.of("disposal", Vocabulary.code(wanted)), offence, codes))
                            .as("%s against %s", disposal, wanted).isEqualTo(wanted == disposal);
                }
                assertThat(passes(RecordKind.OFFENCES, Map.of("proven", true, "serious", true), offence, codes))
                        .isEqualTo(disposal.proven() && serious);
            }
        }
    }

    @Test
    void eachBenefitFieldIsReadOnItsOwn() {
        // Four fields share one number: every combination, every single-field filter.
        for (BenefitSpell.Benefit benefit : BenefitSpell.Benefit.values()) {
            for (BenefitSpell.ClaimType claim : BenefitSpell.ClaimType.values()) {
                for (boolean conditions : new boolean[] {false, true}) {
                    BenefitSpell spell = new BenefitSpell("BN1", "P1", benefit, d("2015-01-01"), null, conditions, claim,
                            "DWP");
                    int codes = RecordKind.BENEFITS.codes(spell);
                    for (BenefitSpell.Benefit wanted : BenefitSpell.Benefit.values()) {
                        assertThat(passes(RecordKind.BENEFITS, Map.of("benefit", Vocabulary.code(wanted)), spell, codes))
                                .isEqualTo(wanted == benefit);
                    }
                    for (BenefitSpell.ClaimType wanted : BenefitSpell.ClaimType.values()) {
                        assertThat(passes(RecordKind.BENEFITS, Map.of("claim_type", Vocabulary.code(wanted)), spell,
                                codes)).isEqualTo(wanted == claim);
                    }
                    assertThat(passes(RecordKind.BENEFITS, Map.of("work_related_conditions", true), spell, codes))
                            .isEqualTo(conditions);
                    assertThat(passes(RecordKind.BENEFITS, Map.of("out_of_work", true), spell, codes))
                            .isEqualTo(spell.outOfWork());
                    assertThat(passes(RecordKind.BENEFITS, Map.of("benefit", "universal_credit", "out_of_work", false),
                            spell, codes)).isEqualTo(benefit == BenefitSpell.Benefit.UNIVERSAL_CREDIT && !conditions);
                }
            }
        }
    }

    @Test
    void anEpisodeWithNoEndReasonMatchesNoEndReason() {
        List<SocialCareEpisode.EndReason> reasons = new ArrayList<>(List.of(SocialCareEpisode.EndReason.values()));
        reasons.add(null);
        for (SocialCareEpisode.Kind type : SocialCareEpisode.Kind.values()) {
            for (SocialCareEpisode.EndReason reason : reasons) {
                SocialCareEpisode episode = new SocialCareEpisode("SC1", "P1", type, d("2015-01-01"),
                        reason == null ? null : d("2015-06-01"), reason, "CMS");
                int codes = RecordKind.SOCIAL_CARE.codes(episode);
                for (SocialCareEpisode.EndReason wanted : SocialCareEpisode.EndReason.values()) {
                    assertThat(passes(RecordKind.SOCIAL_CARE, Map.of("end_reason", Vocabulary.code(wanted)), episode,
                            codes)).as("%s ended %s against %s", type, reason, wanted).isEqualTo(wanted == reason);
                }
                assertThat(passes(RecordKind.SOCIAL_CARE, Map.of("episode_type",
                        List.of("child_protection_plan", "looked_after")), episode, codes))
                        .isEqualTo(type == SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN
                                || type == SocialCareEpisode.Kind.LOOKED_AFTER);
                assertThat(passes(RecordKind.SOCIAL_CARE, Map.of("statutory", true), episode, codes))
                        .isEqualTo(type.statutory());
            }
        }
    }

    @Test
    void noClausesPassEveryRecord() {
        Offence offence = new Offence("OF1", "P1", d("2015-06-01"), Offence.Disposal.CAUTION, false, null, "police");
        assertThat(RecordKind.OFFENCES.where(Map.of()).test(offence)).isTrue();
        assertThat(RecordKind.OFFENCES.where(null).test(RecordKind.OFFENCES.codes(offence))).isTrue();
    }

    /** The filter's answer for the record, after checking that its numbers give the same answer. */
    private static <T extends TimelineRecord> boolean passes(RecordKind<T> kind, Map<String, ?> where, T record,
                                                             int codes) {
        RecordFilter filter = kind.where(where);
        assertThat(filter.test(codes)).as("the numbers kept beside the record").isEqualTo(filter.test(record));
        return filter.test(record);
    }
}
