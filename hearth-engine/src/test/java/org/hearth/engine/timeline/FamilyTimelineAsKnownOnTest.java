package org.hearth.engine.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A timeline as it stood on the review date ({@link FamilyTimeline#asKnownOn}): itself when nothing in
 * it is dated later, else rebuilt from its records, memberships, interventions and people as known.
 */
class FamilyTimelineAsKnownOnTest {
    private static final LocalDate REVIEW = d("2017-09-30");
    private static final LocalDate AFTER = REVIEW.plusDays(1);

    private static FamilyFixture family() {
        return FamilyFixture.family("F1").mother("M", "1980-01-01").child("C", "2005-05-05").engaged("2017-01-10");
    }

    private static Offence offence(String id, LocalDate day) {
        return new Offence(id, "C", day, Disposal.CONVICTION, false, null, "YOS");
    }

    private static AsbIntervention order(String id, LocalDate end) {
        return new AsbIntervention(id, "C", AsbIntervention.Type.CRIMINAL_BEHAVIOUR_ORDER, d("2017-02-01"), end,
                AsbIntervention.Status.COMPLETED, "ASB team");
    }

    @Test
    @DisplayName("a timeline with nothing dated after the review date is itself: evaluating it costs nothing more")
    void nothingLaterIsTheSameTimeline() {
        FamilyTimeline family = family().records(offence("OF1", REVIEW), order("ASB1", REVIEW)).build();

        assertThat(family.settledOn()).isEqualTo(REVIEW);
        assertThat(family.asKnownOn(REVIEW)).isSameAs(family);
        assertThat(family.asKnownOn(REVIEW.minusDays(1))).isNotSameAs(family);
    }

    @Test
    @DisplayName("a sentence's expected release after the review date does not make the timeline reach past it")
    void anExpectedReleaseIsNotLater() {
        FamilyTimeline family = family()
                .record(new JusticeOrder("J1", "M", JusticeOrder.Type.CUSTODY, d("2017-03-01"), d("2018-03-01"), "prison"))
                .build();

        assertThat(family.asKnownOn(REVIEW)).isSameAs(family);
    }

    @Test
    @DisplayName("records dated later: a later event is dropped, a spell ending later is open in every view of it")
    void recordsAsKnown() {
        FamilyTimeline family = family()
                .records(offence("OF1", d("2017-05-01")), offence("OF2", AFTER), order("ASB1", REVIEW.plusMonths(3)))
                .build();

        FamilyTimeline known = family.asKnownOn(REVIEW);

        assertThat(known.records(RecordKind.OFFENCES)).extracting(TimelineRecord::recordId).containsExactly("OF1");
        assertThat(known.records(RecordKind.OFFENCES, "C")).extracting(TimelineRecord::recordId).containsExactly("OF1");
        AsbIntervention order = known.records(RecordKind.ASB_INTERVENTIONS, "C").get(0);
        assertThat(order.end()).isNull();
        assertThat(order.status()).isEqualTo(AsbIntervention.Status.ONGOING);
        // The numbers kept beside the records say the same: open, and not completed.
        assertThat(known.spans(RecordKind.ASB_INTERVENTIONS, null))
                .containsExactly((int) d("2017-02-01").toEpochDay(), Integer.MAX_VALUE);
        RecordFilter completed = RecordKind.ASB_INTERVENTIONS.where(java.util.Map.of("status", "completed"));
        assertThat(known.spans(RecordKind.ASB_INTERVENTIONS, completed)).isEmpty();
        assertThat(family.spans(RecordKind.ASB_INTERVENTIONS, completed)).hasSize(2);
        // Settled now: taking it as known again gives it back; asked again, the rebuilt one is kept.
        assertThat(known.asKnownOn(REVIEW)).isSameAs(known);
        assertThat(family.asKnownOn(REVIEW)).isSameAs(known);
        assertThat(family.asKnownOn(d("2017-05-01")).records(RecordKind.OFFENCES)).hasSize(1);
        assertThat(family.asKnownOn(REVIEW)).isNotSameAs(known).usingRecursiveComparison().isEqualTo(known);
        assertThat(family.asKnownOn(REVIEW.plusMonths(3))).isSameAs(family);
    }

    @Test
    @DisplayName("worker assessments signed off after the review date are unsigned in the answers to their question")
    void answersSignedOffLater() {
        FamilyTimeline family = family()
                .record(new WorkerAssessment("W1", "F1", null, "1.2", true, d("2017-09-01"), "key worker", AFTER,
                        "manager", "team manager", "EH"))
                .build();

        assertThat(family.settledOn()).isEqualTo(AFTER);
        assertThat(family.asKnownOn(REVIEW).answersTo("1.2")).singleElement()
                .satisfies(answer -> assertThat(answer.signedOffBy(REVIEW)).isFalse());
    }

    @Test
    @DisplayName("the intervention closed after the review date is open on it; one engaged after it does not exist")
    void interventionsAsKnown() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("M", "1980-01-01")
                .intervention(new Intervention("I1", "F1", d("2017-01-10"), "worker", "EH", Tier.TARGETED_EARLY_HELP,
                        List.of(), AFTER, "outcomes met"))
                .intervention(new Intervention("I2", "F1", d("2017-11-01"), "worker", "EH", Tier.TARGETED_EARLY_HELP,
                        List.of(), null, null))
                .build();

        FamilyTimeline known = family.asKnownOn(REVIEW);

        assertThat(known.interventions()).singleElement().satisfies(intervention -> {
            assertThat(intervention.interventionId()).isEqualTo("I1");
            assertThat(intervention.closedOn()).isNull();
        });
        assertThat(known.interventionOn(REVIEW).closedBy(REVIEW)).isFalse();
    }

    @Test
    @DisplayName("memberships: one ending after the review date is open on it, one starting after it and a person "
            + "born after it do not exist yet")
    void membersAsKnown() {
        FamilyTimeline family = FamilyFixture.family("F1")
                .mother("M", "1980-01-01")
                .member("C", "2005-05-05", Sex.UNKNOWN, Role.CHILD, false, "2005-05-05", "2017-12-01")
                .member("D", "1978-02-02", Sex.MALE, Role.PARENT_CARER, true, "2017-10-15", null)
                .member("B", "2017-11-20", Sex.FEMALE, Role.CHILD, false, "2017-11-20", null)
                .build();

        FamilyTimeline known = family.asKnownOn(REVIEW);

        assertThat(family.settledOn()).isEqualTo(d("2017-12-01"));
        assertThat(known.memberships()).extracting(Membership::personId).containsExactly("M", "C");
        assertThat(known.memberships().get(1).end()).isNull();
        // D was born by then, so the timeline still knows him; he is not yet a member.
        assertThat(known.people()).extracting(Person::personId).containsExactly("M", "C", "D");
        assertThat(known.person("B")).isNull();
        assertThat(known.anyoneBornBetween(d("2017-11-01").toEpochDay(), d("2017-12-31").toEpochDay())).isFalse();
    }
}
