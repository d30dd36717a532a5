package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.junit.jupiter.api.Test;

/** Groups of people as plans name them: values, equal however they are made, and remembered for a day by equality. */
class PeopleTest {

    private static FamilyTimeline family() {
        return FamilyFixture.family("F1").mother("M", "1980-01-01").father("D", "1979-05-05")
                .child("C1", "2005-09-01").child("C2", "2016-01-10").build();
    }

    @Test
    void aGroupIsAValue() {
        assertThat(People.named("children")).isEqualTo(People.of(People.Group.CHILDREN, null, null));
        assertThat(People.of(People.Group.CHILDREN, 2, 4)).isEqualTo(new People(People.Group.CHILDREN, 2, 4))
                .isNotEqualTo(People.named("children"));
    }

    @Test
    void aGroupWithoutAgesIsMadeOnce() {
        assertThat(People.named("children")).isSameAs(People.of(People.Group.CHILDREN, null, null))
                .isNotSameAs(People.of(People.Group.CHILDREN, null, 15));
        assertThat(People.FAMILY).isSameAs(People.named("family"));
    }

    /**
     * A group that does not change with age, taken over a period running to the reference day, is its
     * group on that day (docs/evaluation.md §6), but for a member not yet born by the period's end (an
     * unborn child already named as a member), who belongs to no group over a period before the birth.
     */
    @Test
    void aGroupThatDoesNotChangeWithAgeIsItsGroupOnTheDayLessAnyoneNotYetBorn() {
        FamilyTimeline expecting = FamilyFixture.family("F2").mother("M", "1990-01-01").child("C", "2012-05-05")
                .child("U", "2019-06-01").build();
        MeasureContext context = MeasureContext.identification(expecting, d("2019-03-31"));
        DateRange lastSixMonths = context.last(Period.ofMonths(6));

        assertThat(context.people(People.FAMILY)).extracting(Person::personId).containsExactly("M", "C", "U");
        assertThat(context.people(People.FAMILY, lastSixMonths)).extracting(Person::personId).containsExactly("M", "C");
        assertThat(context.people(People.named("members"), context.theDay())).extracting(Person::personId)
                .containsExactly("M", "C");
        assertThat(context.people(People.named("parents"), lastSixMonths)).extracting(Person::personId)
                .containsExactly("M");

        FamilyTimeline born = FamilyFixture.family("F3").mother("M", "1990-01-01").child("C", "2012-05-05").build();
        MeasureContext after = MeasureContext.identification(born, d("2019-03-31"));
        assertThat(after.people(People.FAMILY, after.last(Period.ofMonths(6)))).as("the group on the day itself")
                .isSameAs(after.people(People.FAMILY));
        assertThat(after.people(People.FAMILY, new DateRange(d("2012-01-01"), d("2012-12-31"))))
                .as("a period ended before the day: those born by its end").extracting(Person::personId)
                .containsExactly("M", "C");
        assertThat(after.people(People.FAMILY, new DateRange(d("2012-01-01"), d("2012-05-04"))))
                .extracting(Person::personId).containsExactly("M");
    }

    /**
     * Who is of school age over a period is read from the school years it touches (docs/evaluation.md §6),
     * so the whole of those school years decide it alike: over periods starting and ending on 31 August,
     * 1 September, a birthday and 29 February, for children born either side of 1 September.
     */
    @Test
    void schoolAgeOverAPeriodIsDecidedByTheSchoolYearsItTouches() {
        List<People> groups = List.of(People.named("school_age_children"),
                People.of(People.Group.SCHOOL_AGE_CHILDREN, 11, null), People.named("children"));
        List<LocalDate> days = List.of(d("2015-08-31"), d("2015-09-01"), d("2016-02-29"), d("2016-03-01"),
                d("2016-08-31"), d("2016-09-01"), d("2017-06-15"), d("2019-08-31"), d("2019-09-01"));
        List<Person> born = List.of(new Person("A", d("2004-08-31"), Sex.FEMALE, null, null),
                new Person("B", d("2004-09-01"), Sex.MALE, null, null),
                new Person("C", d("2011-09-01"), Sex.MALE, null, null),
                new Person("D", d("2016-02-29"), Sex.FEMALE, null, null));
        for (People group : groups) {
            for (LocalDate start : days) {
                for (LocalDate end : days) {
                    if (end.isBefore(start)) {
                        continue;
                    }
                    DateRange period = new DateRange(start, end);
                    DateRange deciding = group.decidingDays(period);
                    assertThat(deciding.contains(start) && deciding.contains(end)).isTrue();
                    for (Person person : born) {
                        assertThat(group.includesDuring(person.bornOn(), false, false, deciding))
                                .as("%s, %s, %s", group, person.personId(), period)
                                .isEqualTo(group.includesDuring(person.bornOn(), false, false, period));
                    }
                }
            }
        }
        assertThat(People.named("children").decidingDays(new DateRange(d("2016-01-01"), d("2016-03-31"))))
                .isEqualTo(new DateRange(d("2016-01-01"), d("2016-03-31")));
        assertThat(People.named("school_age_children").decidingDays(new DateRange(d("2016-01-01"), d("2016-09-01"))))
                .isEqualTo(new DateRange(d("2015-09-01"), d("2017-08-31")));
    }

    @Test
    void equalGroupsMadeApartGiveTheSameMembers() {
        MeasureContext context = MeasureContext.identification(family(), d("2019-03-31"));
        People made = new People(People.Group.CHILDREN, 2, 4);

        assertThat(context.people(made)).extracting(Person::personId).containsExactly("C2");
        assertThat(context.people(People.of(People.Group.CHILDREN, 2, 4))).extracting(Person::personId)
                .containsExactly("C2");
        assertThat(context.people(People.named("children"))).extracting(Person::personId).containsExactly("C1", "C2");
        assertThat(context.people(People.named("parents"))).extracting(Person::personId).containsExactly("M", "D");
    }

    @Test
    void aPersonsGroupsOnADayAreTheirsAlone() {
        MeasureContext context = MeasureContext.identification(family(), d("2019-03-31"));

        assertThat(context.onlyFor("C1").people(People.named("children"))).extracting(Person::personId)
                .containsExactly("C1");
        assertThat(context.onlyFor("M").people(People.named("children"))).isEmpty();
        assertThat(context.onlyFor("C1").people(People.named("children"))).as("asked again, from memory")
                .extracting(Person::personId).containsExactly("C1");
        assertThat(context.people(People.named("children"))).as("the whole family's group is unchanged")
                .extracting(Person::personId).containsExactly("C1", "C2");
    }

    /**
     * Groups are found from the timeline's numbers (date of birth as a number, sex, parenthood) without
     * reading the person: the same answers as from the person, on birthdays, on 29 February and on the
     * first day of a school year.
     */
    @Test
    void membersAreSortedIntoGroupsFromTheirDateOfBirthAsANumberAsFromThePerson() {
        Person leapDay = new Person("P1", d("2000-02-29"), Sex.FEMALE, null, null);
        assertThat(leapDay.bornOn()).isEqualTo(20000229);
        assertThat(People.named("adults").includes(leapDay.bornOn(), true, false, d("2018-02-28")))
                .as("17 the day before the first 1 March after her 18th birthday's missing day").isFalse();
        assertThat(People.named("adults").includes(leapDay.bornOn(), true, false, d("2018-03-01"))).isTrue();

        List<People> groups = List.of(People.named("children"), People.named("school_age_children"),
                People.named("adults"), People.named("young_people"), People.named("parents"), People.named("mothers"),
                People.of(People.Group.MEMBERS, 16, null), People.of(People.Group.CHILDREN, 2, 4));
        List<Person> born = List.of(leapDay, new Person("P2", d("2008-08-31"), Sex.MALE, null, null),
                new Person("P3", d("2008-09-01"), Sex.FEMALE, null, null),
                new Person("P4", d("1999-12-31"), Sex.OTHER, null, null));
        for (People group : groups) {
            for (Person person : born) {
                for (boolean parent : new boolean[] {false, true}) {
                    for (LocalDate day = d("2010-08-25"); day.isBefore(d("2026-03-05")); day = day.plusDays(3)) {
                        assertThat(group.includes(person.bornOn(), person.sex() == Sex.FEMALE, parent, day))
                                .as("%s, %s, parent %s, %s", group, person.personId(), parent, day)
                                .isEqualTo(group.includes(person, parent, day));
                    }
                }
            }
        }
    }
}
