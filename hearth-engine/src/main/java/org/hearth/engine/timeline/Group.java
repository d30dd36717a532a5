package org.hearth.engine.timeline;

import java.util.List;

/**
 * Some of a family's members, as their timeline counts records about them ({@link FamilyTimeline#group},
 * {@link FamilyTimeline#count}). Made once a day for each group a plan names and kept by the measure
 * context: for a family of up to {@value MemberIndex#MASKED} known people the group is held as bits,
 * so that a count is one pass over the kind's records.
 */
public final class Group {
    /** A group the timeline cannot hold as bits. */
    static final long UNMASKED = -1L;

    private final List<Person> people;
    private final long mask;

    Group(List<Person> people, long mask) {
        this.people = people;
        this.mask = mask;
    }

    /** The members, in the order given. */
    public List<Person> people() {
        return people;
    }

    /** The members as bits, one for each one's place among everyone the timeline knows; or {@link #UNMASKED}. */
    long mask() {
        return mask;
    }
}
