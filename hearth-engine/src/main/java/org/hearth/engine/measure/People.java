package org.hearth.engine.measure;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;

/**
 * Whose records a measure looks at: a group of the family's members on the reference day, optionally
 * narrowed by age. In a plan either a group name ({@code people: children}) or an object
 * ({@code people: {group: young_people, min_age: 18, max_age: 24}}).
 */
public record People(Group group, Integer minAge, Integer maxAge) {

    /** Every group made so far by {@link #of}, so that each is one object. */
    private static final ConcurrentMap<People, People> KNOWN = new ConcurrentHashMap<>();

    /** The whole family: every member, and the records kept about the household itself. */
    public static final People FAMILY = of(Group.FAMILY, null, null);

    public People {
        if (group == null) {
            throw new IllegalArgumentException("people needs a group");
        }
        if (minAge != null && maxAge != null && maxAge < minAge) {
            throw new IllegalArgumentException("max_age " + maxAge + " is below min_age " + minAge);
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static People named(String group) {
        return of(Group.valueOf(group.toUpperCase(Locale.ROOT)), null, null);
    }

    /**
     * The group, as the one object every plan shares for it: a family's groups are worked out once a
     * day and looked up by identity ({@link MeasureContext#people}). There are only as many as the
     * plans name (a group and its ages), so the set stays small.
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static People of(@JsonProperty("group") Group group, @JsonProperty("min_age") Integer minAge,
                            @JsonProperty("max_age") Integer maxAge) {
        People people = new People(group, minAge, maxAge);
        People known = KNOWN.putIfAbsent(people, people);
        return known != null ? known : people;
    }


    /** The groups, each defined on the reference day. */
    public enum Group {
        /** Every member, and household-level records. */
        FAMILY,
        /** Every member, but not household-level records. */
        MEMBERS,
        /** Members under 18. */
        CHILDREN,
        /** Members of school age: 4 to 15 on the 31 August before the academic year (Reception to Year 11). */
        SCHOOL_AGE_CHILDREN,
        /** Members aged 16 to 24 unless the plan gives other ages. */
        YOUNG_PEOPLE,
        /** Members aged 18 or over. */
        ADULTS,
        /** Members who are a parent or carer, or have parenting responsibility. */
        PARENTS,
        /** Female members who are a parent or carer, or have parenting responsibility. */
        MOTHERS
    }

    /** True when household-level records (those with no person) count for this group. */
    public boolean includesHousehold() {
        return group == Group.FAMILY;
    }

    /** True when the member belongs to this group on the given day. */
    public boolean includes(Person person, Membership membership, LocalDate day) {
        int age = person.ageOn(day);
        boolean inGroup = switch (group) {
            case FAMILY, MEMBERS -> true;
            case CHILDREN -> age < 18;
            case SCHOOL_AGE_CHILDREN -> schoolAge(person, day);
            case YOUNG_PEOPLE -> minAge != null || maxAge != null || (age >= 16 && age <= 24);
            case ADULTS -> age >= 18;
            case PARENTS -> isParent(membership);
            case MOTHERS -> isParent(membership) && person.sex() == Sex.FEMALE;
        };
        return inGroup && (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    private static boolean isParent(Membership membership) {
        return membership.role() == Role.PARENT_CARER || membership.parentingResponsibility();
    }

    private static boolean schoolAge(Person person, LocalDate day) {
        int academicYear = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        int ageAtStart = person.ageOnAugust31(academicYear);
        return ageAtStart >= 4 && ageAtStart <= 15;
    }

    /** "children", "young people aged 18 to 24". */
    public String describe() {
        String name = group.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (minAge != null && maxAge != null) {
            return name + " aged " + minAge + " to " + maxAge;
        }
        if (minAge != null) {
            return name + " aged " + minAge + " or over";
        }
        return maxAge == null ? name : name + " aged " + maxAge + " or under";
    }

    @Override
    public String toString() {
        return describe();
    }
}
