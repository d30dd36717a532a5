package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sunderland 3d (gave birth aged 16 or under in the last 12 months), Southampton strand 6 (mother or
 * pregnant under 18), Southwark 6E (a new mother).
 */
class MotherhoodTest {
    private static final String MOTHER_BORN = "1999-03-01";
    private static final Motherhood TEENAGE_BIRTH = new Motherhood(null, 12, 16, null, null);
    private static final Motherhood PREGNANT_OR_MOTHER_UNDER_18 = new Motherhood(null, 12, null, true, 18);

    @Test
    void aMotherWhoGaveBirthAged15Within12Months() {
        FamilyTimeline family = youngMotherWithChildBorn("2015-02-28");

        MeasureResult result = TEENAGE_BIRTH.evaluate(MeasureContext.identification(family, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).isEqualTo(
                "gave birth from 2014-06-02 to 2015-06-01 aged at most 16: P1 gave birth to C1 on 2015-02-28 aged 15");
    }

    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({
        "2014-05-31, NOT_MET",  // outside the 12 months
        "2014-06-01, NOT_MET",  // the day before the 12 months begin
        "2014-06-02, MET",      // the first day of the 12 months
        "2015-06-01, MET",      // the identification day
        "2015-06-02, NOT_MET"   // after it
    })
    void theBirthMustFallInThe12MonthsToTheDay(String born, Status expected) {
        FamilyTimeline family = youngMotherWithChildBorn(born);

        MeasureResult result = TEENAGE_BIRTH.evaluate(MeasureContext.identification(family, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(expected);
    }

    @Test
    void explainsABirthOutsideThePeriod() {
        FamilyTimeline family = youngMotherWithChildBorn("2014-05-31");

        MeasureResult result = TEENAGE_BIRTH.evaluate(MeasureContext.identification(family, d("2015-06-01")));

        assertThat(result.explanation().text()).isEqualTo(
                "no one known to the family was born 2014-06-02 to 2015-06-01, so no female member of members gave birth in it");
    }

    @ParameterizedTest(name = "born {0}, identified {1}: {2}")
    @CsvSource({
        "2016-02-29, 2016-06-01, MET",      // she is 16 the day before her 17th birthday
        "2016-03-01, 2016-06-01, NOT_MET"   // born on her 17th birthday
    })
    void herAgeAtTheBirthIsAtMost16(String born, String identified, Status expected) {
        FamilyTimeline family = youngMotherWithChildBorn(born);

        MeasureResult result = TEENAGE_BIRTH.evaluate(MeasureContext.identification(family, d(identified)));

        assertThat(result.status()).isEqualTo(expected);
        if (expected == Status.NOT_MET) {
            assertThat(result.explanation().text()).contains("C1 born 2016-03-01 when she was 17, at most 16 needed");
        }
    }

    @Test
    void aChildLivingElsewhereStillCounts() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", MOTHER_BORN)
                .nonMember(new Person("C1", d("2015-02-28"), Sex.MALE, "P1", null)).build();

        assertThat(TEENAGE_BIRTH.evaluate(MeasureContext.identification(family, d("2015-06-01"))).status())
                .isEqualTo(Status.MET);
    }

    @Test
    void onlyFemaleMembersAreMothers() {
        FamilyTimeline family = FamilyFixture.family("F1").father("P1", MOTHER_BORN)
                .member(new Person("C1", d("2015-02-28"), Sex.MALE, "P1", null), Role.CHILD, false, null, null).build();

        assertThat(TEENAGE_BIRTH.evaluate(MeasureContext.identification(family, d("2015-06-01"))).status())
                .isEqualTo(Status.NOT_MET);
    }

    @ParameterizedTest(name = "pregnant {0} to {1}, born {2}: {3}")
    @CsvSource({
        "2015-01-10, 2015-10-01, 1998-01-01, MET",      // 17 on the day
        "2015-01-10, ,           1998-01-01, MET",      // an open spell
        "2015-01-10, 2015-05-31, 1998-01-01, NOT_MET",  // ended the day before
        "2015-06-02, 2015-12-01, 1998-01-01, NOT_MET",  // begins the day after
        "2015-01-10, 2015-10-01, 1997-06-01, NOT_MET"   // turned 18 on the day
    })
    void aPregnancyCoveringTheDayOfAMotherUnder18(String from, String to, String bornOn, Status expected) {
        FamilyTimeline family = FamilyFixture.family("F1").member("P1", bornOn, Sex.FEMALE, Role.CHILD, false, null, null)
                .record(new HealthNeed("HN-1", "P1", HealthNeed.Need.PREGNANCY, d(from), to == null ? null : d(to), "midwife"))
                .build();

        MeasureResult result = PREGNANT_OR_MOTHER_UNDER_18.evaluate(MeasureContext.identification(family, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(expected);
        if (expected == Status.MET) {
            assertThat(result.explanation().text())
                    .contains("P1 was pregnant on 2015-06-01, aged 17 [health_needs HN-1 (").contains("2015-01-10");
        }
    }

    @Test
    void explainsAMotherTooOld() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1997-06-01")
                .member(new Person("C1", d("2015-02-28"), Sex.MALE, "P1", null), Role.CHILD, false, null, null).build();

        MeasureResult result = PREGNANT_OR_MOTHER_UNDER_18.evaluate(MeasureContext.identification(family, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("P1 is 18 on 2015-06-01, under 18 needed");
    }

    @Test
    void aMotherUnder18WithABabyCountsWithoutAPregnancy() {
        FamilyTimeline family = youngMotherWithChildBorn("2015-02-28");

        MeasureResult result = PREGNANT_OR_MOTHER_UNDER_18.evaluate(MeasureContext.identification(family, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).startsWith(
                "gave birth from 2014-06-02 to 2015-06-01, or was pregnant on 2015-06-01, aged under 18 on 2015-06-01: ");
    }

    @Test
    void aNewMotherOfAnyAge() {
        Motherhood newMother = new Motherhood(null, 12, null, null, null);
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1980-01-01").child("C0", "2010-01-01")
                .member(new Person("C1", d("2015-04-15"), Sex.FEMALE, "P1", null), Role.CHILD, false, "2015-04-15", null)
                .build();

        MeasureResult result = newMother.evaluate(MeasureContext.identification(family, d("2015-06-01")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("P1 gave birth to C1 on 2015-04-15 aged 35");
    }

    @Test
    void narrowedToAnotherPersonSheDoesNotCount() {
        FamilyTimeline family = youngMotherWithChildBorn("2015-02-28");
        MeasureContext context = MeasureContext.identification(family, d("2015-06-01"));

        assertThat(TEENAGE_BIRTH.evaluate(context.onlyFor("P1")).status()).isEqualTo(Status.MET);
        assertThat(TEENAGE_BIRTH.evaluate(context.onlyFor("C1")).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void needsABirthPeriodOrPregnancy() {
        assertThatThrownBy(() -> new Motherhood(null, null, null, false, 18))
                .hasMessageContaining("give gave_birth_within_months, pregnancy_counts: true, or both");
        assertThatThrownBy(() -> new Motherhood(null, null, 16, true, null))
                .hasMessageContaining("mother_age_at_birth_at_most needs gave_birth_within_months");
    }

    @Test
    void readsThePlanForm() throws Exception {
        Measure measure = PlanSnippets.measure("""
                type: motherhood
                gave_birth_within_months: 12
                mother_age_at_birth_at_most: 16
                """);

        assertThat(measure).isEqualTo(TEENAGE_BIRTH);
    }

    private static FamilyTimeline youngMotherWithChildBorn(String born) {
        return FamilyFixture.family("F1").mother("P1", MOTHER_BORN)
                .member(new Person("C1", d(born), Sex.MALE, "P1", null), Role.CHILD, false, null, null).build();
    }
}
