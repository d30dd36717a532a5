package org.hearth.engine.timeline;

import java.util.Arrays;
import java.util.List;

/**
 * A family's members on one day, as numbers: each one's date of birth ({@link Person#bornOn}), sex,
 * whether their membership that day is a parent's or carer's, and their place among everyone the
 * timeline knows. Made once a day by a measure context ({@link FamilyTimeline#membersOnDay}), so that each
 * group asked for that day is one pass over a few numbers, and comes ready to count records with.
 */
public final class MembersOnDay {
    private final Person[] people;
    private final int[] bornOn;
    private final boolean[] female;
    private final boolean[] parent;
    /** Each member's place among everyone the timeline knows; unused when {@link #masked} is false. */
    private final int[] place;
    private final boolean masked;

    MembersOnDay(Person[] people, int[] bornOn, boolean[] female, boolean[] parent, int[] place, boolean masked) {
        this.people = people;
        this.bornOn = bornOn;
        this.female = female;
        this.parent = parent;
        this.place = place;
        this.masked = masked;
    }

    /**
     * The members who pass the test of their date of birth, sex and parenthood, in the order of the
     * timeline's memberships, as the timeline counts records about them.
     */
    public Group group(MemberTest test) {
        Person[] found = new Person[people.length];
        int size = 0;
        long mask = 0;
        for (int i = 0; i < people.length; i++) {
            if (test.includes(bornOn[i], female[i], parent[i])) {
                found[size++] = people[i];
                mask |= 1L << place[i];
            }
        }
        List<Person> members = switch (size) {
            case 0 -> List.of();
            case 1 -> List.of(found[0]);
            case 2 -> List.of(found[0], found[1]);
            default -> List.of(Arrays.copyOf(found, size));
        };
        return new Group(members, masked ? mask : Group.UNMASKED);
    }

    /** True when the other day has the same members, with the same parenthood, in the same order. */
    public boolean sameAs(MembersOnDay other) {
        if (other.people.length != people.length) {
            return false;
        }
        for (int i = 0; i < people.length; i++) {
            if (other.people[i] != people[i] || other.parent[i] != parent[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when the person is a member on the day by a parent's or carer's membership. */
    public boolean parent(Person person) {
        for (int i = 0; i < people.length; i++) {
            if (people[i] == person) {
                return parent[i];
            }
        }
        return false;
    }
}
