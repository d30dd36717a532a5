package org.hearth.io.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;

/**
 * The people of one synthetic family and their memberships. Sizes follow the shape of families in
 * whole-family programmes: mostly lone mothers, one to four children, sometimes a partner or another
 * adult (a grandparent, an adult child).
 */
final class Household {
    private static final Integer[] CHILD_COUNTS = {1, 2, 3, 4, 5};
    private static final int[] CHILD_WEIGHTS = {28, 34, 22, 11, 5};

    final String familyId;
    final List<Person> people = new ArrayList<>();
    final List<Membership> memberships = new ArrayList<>();
    Person mother;
    Person father;
    Person otherAdult;
    final List<Person> children = new ArrayList<>();

    private Household(String familyId) {
        this.familyId = familyId;
    }

    /** Makes the household as it stands around the reference day. */
    static Household make(String familyId, LocalDate referenceDay, Ids ids, Chance chance) {
        Household household = new Household(familyId);
        boolean loneFather = chance.percent(5);
        int motherAge = chance.between(20, 47);
        LocalDate motherBorn = chance.day(referenceDay.minusYears(motherAge + 1).plusDays(1), referenceDay.minusYears(motherAge));
        if (!loneFather) {
            household.mother = household.add(new Person(ids.person(), motherBorn, Sex.FEMALE, null, ids.identifiers(chance, false)),
                    Role.PARENT_CARER, true, chance);
        }
        if (loneFather || chance.percent(30)) {
            LocalDate born = motherBorn.minusYears(chance.between(-2, 8)).minusDays(chance.between(0, 364));
            household.father = household.add(new Person(ids.person(), born, Sex.MALE, null, ids.identifiers(chance, false)),
                    Role.PARENT_CARER, true, chance);
        }
        int count = chance.pick(CHILD_COUNTS, CHILD_WEIGHTS);
        LocalDate earliest = (household.mother != null ? motherBorn : household.father.dateOfBirth()).plusYears(16);
        LocalDate latest = referenceDay.minusMonths(1);
        for (int i = 0; i < count; i++) {
            LocalDate from = laterOf(earliest, referenceDay.minusYears(18).plusDays(1));
            if (from.isAfter(latest)) {
                break;
            }
            LocalDate born = chance.day(from, latest);
            Sex sex = chance.percent(50) ? Sex.FEMALE : Sex.MALE;
            String motherId = household.mother == null ? null : household.mother.personId();
            Person child = new Person(ids.person(), born, sex, motherId, ids.identifiers(chance, true));
            household.children.add(household.add(child, Role.CHILD, false, chance));
        }
        if (chance.percent(8)) {
            int age = chance.percent(50) ? chance.between(18, 23) : chance.between(55, 72);
            LocalDate born = chance.day(referenceDay.minusYears(age + 1).plusDays(1), referenceDay.minusYears(age));
            household.otherAdult = household.add(new Person(ids.person(), born, chance.percent(50) ? Sex.FEMALE : Sex.MALE,
                    null, ids.identifiers(chance, false)), Role.OTHER_ADULT, false, chance);
        }
        return household;
    }

    private Person add(Person person, Role role, boolean parentingResponsibility, Chance chance) {
        people.add(person);
        LocalDate joined = laterOf(person.dateOfBirth(), LocalDate.of(2010, 1, 1).plusDays(chance.between(0, 900)));
        memberships.add(new Membership(familyId, person.personId(), role, parentingResponsibility, joined, null));
        return person;
    }

    /** The adults: parents and any other adult. */
    List<Person> adults() {
        List<Person> adults = new ArrayList<>();
        for (Person person : new Person[] {mother, father, otherAdult}) {
            if (person != null) {
                adults.add(person);
            }
        }
        return adults;
    }

    /** The main parent: the mother, or the father where there is none. */
    Person parent() {
        return mother != null ? mother : father;
    }

    static LocalDate laterOf(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
