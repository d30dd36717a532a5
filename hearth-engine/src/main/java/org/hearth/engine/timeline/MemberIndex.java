package org.hearth.engine.timeline;

import java.util.Arrays;
import java.util.List;

/**
 * A timeline's memberships and people as numbers, kept beside the objects: each membership's first and
 * last day, whether it is a parent's, and its person's date of birth and sex; and each known person's
 * date of birth. Finding who is in a group, or a person's place for counting their records, then reads
 * no object. Package-private: the timeline's public methods say what they find, not how it is kept.
 */
final class MemberIndex {
    /** The most people a timeline may know for its groups to be held as bits ({@link Group}). */
    static final int MASKED = 62;

    /** The memberships' people, with each membership's days (since 1970; open: the largest) and parenthood. */
    private final Person[] people;
    private final int[] from;
    private final int[] to;
    private final boolean[] parent;
    private final int[] born;
    private final boolean[] female;
    /** Everyone the timeline knows, and each one's date of birth in days since 1970. */
    private final Person[] everyone;
    private final long[] everyoneBorn;

    MemberIndex(List<Membership> memberships, List<Person> ofMemberships, List<Person> known) {
        this.people = ofMemberships.toArray(new Person[0]);
        this.from = new int[people.length];
        this.to = new int[people.length];
        this.parent = new boolean[people.length];
        this.born = new int[people.length];
        this.female = new boolean[people.length];
        for (int i = 0; i < people.length; i++) {
            Membership membership = memberships.get(i);
            born[i] = people[i].bornOn();
            female[i] = people[i].sex() == Vocabulary.Sex.FEMALE;
            parent[i] = membership.parent();
            from[i] = (int) membership.start().toEpochDay();
            to[i] = membership.end() == null ? Integer.MAX_VALUE : (int) membership.end().toEpochDay();
        }
        this.everyone = known.toArray(new Person[0]);
        this.everyoneBorn = new long[everyone.length];
        for (int i = 0; i < everyone.length; i++) {
            everyoneBorn[i] = everyone[i].dateOfBirth().toEpochDay();
        }
    }

    /**
     * The members on the day (days since 1970), each once, in membership order: memberships of one person
     * in one family do not overlap (the data stage refuses them), but a person is taken once even so.
     */
    MembersOnDay onDay(long day) {
        Person[] found = new Person[people.length];
        int[] foundBorn = new int[people.length];
        boolean[] foundFemale = new boolean[people.length];
        boolean[] foundParent = new boolean[people.length];
        int[] place = new int[people.length];
        int size = 0;
        for (int i = 0; i < people.length; i++) {
            if (from[i] <= day && day <= to[i] && !holds(found, size, people[i])) {
                found[size] = people[i];
                foundBorn[size] = born[i];
                foundFemale[size] = female[i];
                foundParent[size] = parent[i];
                place[size++] = placeOf(people[i]);
            }
        }
        return new MembersOnDay(Arrays.copyOf(found, size), foundBorn, foundFemale, foundParent, place,
                everyone.length <= MASKED);
    }

    /** True when someone known was born on one of the days {@code first} to {@code last} (days since 1970). */
    boolean anyoneBornBetween(long first, long last) {
        for (int i = 0; i < everyoneBorn.length; i++) {
            if (first <= everyoneBorn[i] && everyoneBorn[i] <= last) {
                return true;
            }
        }
        return false;
    }

    /** How many people the timeline knows. */
    int known() {
        return everyone.length;
    }

    /**
     * The person's place among everyone the timeline knows, found by identity (the timeline keeps one
     * object per person), or -1 for a person it does not hold.
     */
    int placeOf(Person person) {
        for (int i = 0; i < everyone.length; i++) {
            if (everyone[i] == person) {
                return i;
            }
        }
        return -1;
    }

    /** The group as bits, one for each member's place; {@link Group#UNMASKED} when that cannot be done. */
    long mask(List<Person> group) {
        if (everyone.length > MASKED) {
            return Group.UNMASKED;
        }
        long mask = 0;
        for (int p = 0; p < group.size(); p++) {
            int place = placeOf(group.get(p));
            if (place < 0) {
                return Group.UNMASKED;
            }
            mask |= 1L << place;
        }
        return mask;
    }

    /** True when the first {@code size} found hold this very person: the timeline keeps one Person per id. */
    private static boolean holds(Person[] found, int size, Person person) {
        for (int i = 0; i < size; i++) {
            if (found[i] == person) {
                return true;
            }
        }
        return false;
    }
}
