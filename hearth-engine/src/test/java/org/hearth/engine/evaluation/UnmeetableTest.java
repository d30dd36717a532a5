package org.hearth.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.List;
import java.util.Map;

import org.hearth.engine.measure.AllOf;
import org.hearth.engine.measure.AnyOf;
import org.hearth.engine.measure.CountInWindow;
import org.hearth.engine.measure.Measure;
import org.hearth.engine.measure.MeasureContext;
import org.hearth.engine.measure.MeasureResult;
import org.hearth.engine.measure.NoneInWindow;
import org.hearth.engine.measure.People;
import org.hearth.engine.measure.Period;
import org.hearth.engine.measure.RecordSelection;
import org.hearth.engine.measure.Status;
import org.hearth.engine.measure.StatusHeld;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.junit.jupiter.api.Test;

/** Which measures a family cannot meet on any day, so the emerging-problem search may leave them out. */
class UnmeetableTest {
    private static final RecordSelection PROVEN = RecordSelection.of(RecordKind.OFFENCES, Map.of("proven", true));
    private static final RecordSelection CHILD_IN_NEED =
            RecordSelection.of(RecordKind.SOCIAL_CARE, Map.of("episode_type", "child_in_need"));
    private static final Measure PROVEN_OFFENCE = new CountInWindow(PROVEN, People.named("children"),
            Period.ofMonths(12), 1);
    private static final Measure IN_NEED = new StatusHeld(CHILD_IN_NEED, People.named("children"), null, null, null,
            null);

    private static FamilyFixture family() {
        return FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2001-05-05").engaged("2015-06-01");
    }

    private static Offence offence(String id, String date, Disposal disposal) {
        return new Offence(id, "C", d(date), disposal, false, null, "YOS");
    }

    private static SocialCareEpisode episode(String id, SocialCareEpisode.Kind kind, String from) {
        return new SocialCareEpisode(id, "C", kind, d(from), null, null, "case system");
    }

    @Test
    void aCountIsUnmeetableWhenNoRecordPassesItsFilterWhateverItsDate() {
        FamilyTimeline unproven = family().record(offence("OF1", "2015-09-01", Disposal.COMMUNITY_RESOLUTION)).build();
        FamilyTimeline provenLongAgo = family().record(offence("OF1", "2005-09-01", Disposal.CONVICTION)).build();

        assertThat(Unmeetable.onAnyDay(PROVEN_OFFENCE, unproven)).isTrue();
        assertThat(Unmeetable.onAnyDay(PROVEN_OFFENCE, provenLongAgo))
                .as("a proven offence on any day may fall in some window").isFalse();
    }

    @Test
    void aStatusIsUnmeetableWhenNoSpellOfItExists() {
        FamilyTimeline protection = family()
                .record(episode("SC1", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, "2015-01-01")).build();
        FamilyTimeline inNeed = family().record(episode("SC1", SocialCareEpisode.Kind.CHILD_IN_NEED, "2016-01-01")).build();

        assertThat(Unmeetable.onAnyDay(IN_NEED, protection)).isTrue();
        assertThat(IN_NEED.evaluate(MeasureContext.identification(protection, d("2016-06-01"))).met()).isFalse();
        assertThat(Unmeetable.onAnyDay(IN_NEED, inNeed)).isFalse();
        assertThat(IN_NEED.evaluate(MeasureContext.identification(inNeed, d("2016-06-01"))).met()).isTrue();
    }

    @Test
    void anyOfIsUnmeetableOnlyWhenEveryPartIs() {
        FamilyTimeline offending = family().record(offence("OF1", "2015-09-01", Disposal.CAUTION)).build();
        FamilyTimeline neither = family().build();
        Measure either = new AnyOf(List.of(IN_NEED, PROVEN_OFFENCE));

        assertThat(Unmeetable.onAnyDay(either, offending)).isFalse();
        assertThat(Unmeetable.onAnyDay(either, neither)).isTrue();
    }

    @Test
    void allOfIsNeverCalledUnmeetableBecauseAPartThatDoesNotApplyIsPassedOver() {
        // No member is 60 or over here, so the status does not apply, and the count alone decides.
        Measure noSpellNoOne = new StatusHeld(CHILD_IN_NEED, People.of(People.Group.MEMBERS, 60, null), null, null,
                null, null);
        Measure both = new AllOf(List.of(PROVEN_OFFENCE, noSpellNoOne), false);
        FamilyTimeline offending = family().record(offence("OF1", "2015-09-01", Disposal.CAUTION)).build();

        MeasureResult result = both.evaluate(MeasureContext.identification(offending, d("2015-10-01")));

        assertThat(Unmeetable.onAnyDay(noSpellNoOne, offending)).isTrue();
        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(Unmeetable.onAnyDay(both, offending)).isFalse();
    }

    @Test
    void measuresMetByTheAbsenceOfRecordsAreNeverUnmeetable() {
        Measure noOffence = new NoneInWindow(PROVEN, People.named("children"), Period.ofMonths(6));

        assertThat(Unmeetable.onAnyDay(noOffence, family().build())).isFalse();
    }
}
