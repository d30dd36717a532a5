package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.junit.jupiter.api.Test;

/** Groups of people as plans name them, and the one object each is for the per-day memory. */
class PeopleTest {

    private static FamilyTimeline family() {
        return FamilyFixture.family("F1").mother("M", "1980-01-01").father("D", "1979-05-05")
                .child("C1", "2005-09-01").child("C2", "2016-01-10").build();
    }

    @Test
    void aGroupAsAPlanNamesItIsOneObjectWhoeverAsks() {
        assertThat(People.named("children")).isSameAs(People.of(People.Group.CHILDREN, null, null));
        assertThat(People.of(People.Group.CHILDREN, 2, 4)).isSameAs(People.of(People.Group.CHILDREN, 2, 4))
                .isNotSameAs(People.named("children"));
        assertThat(new People(People.Group.CHILDREN, 2, 4)).isEqualTo(People.of(People.Group.CHILDREN, 2, 4));
    }

    @Test
    void aGroupMadeOutsideAPlanGivesTheSameMembersWithoutBeingRemembered() {
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
}
