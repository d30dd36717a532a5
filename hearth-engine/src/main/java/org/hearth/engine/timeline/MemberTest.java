package org.hearth.engine.timeline;

/**
 * A test of a member by the facts a group is defined by: date of birth ({@link Person#bornOn}), sex and
 * whether the membership gives parenting responsibility. A timeline finds the members that pass it from
 * numbers it keeps, without reading each person ({@link MembersOnDay#group}).
 */
@FunctionalInterface
public interface MemberTest {
    boolean includes(int bornOn, boolean female, boolean parent);
}
