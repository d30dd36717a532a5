package org.hearth.engine.measure;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.Vocabulary.Sex;

/**
 * Whose records a measure looks at: a group of the family's members on the reference day, optionally
 * narrowed by age. In a plan either a group name ({@code people: children}) or an object
 * ({@code people: {group: young_people, min_age: 18, max_age: 24}}).
 */
public final class People {

    /**
     * Each group with no ages, made once when this class is loaded and never changed: as with
     * {@link Period#of}, a family's groups, worked out once a day, are then mostly found by identity.
     */
    private static final People[] WITHOUT_AGES = new People[Group.values().length];

    static {
        for (Group group : Group.values()) {
            WITHOUT_AGES[group.ordinal()] = new People(group, null, null);
        }
    }

    /** The whole family: every member, and the records kept about the household itself. */
    public static final People FAMILY = of(Group.FAMILY, null, null);

    private final Group group;
    private final Integer minAge;
    private final Integer maxAge;

    public People(Group group, Integer minAge, Integer maxAge) {
        if (group == null) {
            throw new IllegalArgumentException("people needs a group");
        }
        if (minAge != null && maxAge != null && maxAge < minAge) {
            throw new IllegalArgumentException("max_age " + maxAge + " is below min_age " + minAge);
        }
        this.group = group;
        this.minAge = minAge;
        this.maxAge = maxAge;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static People named(String group) {
        return of(Group.valueOf(group.toUpperCase(Locale.ROOT)), null, null);
    }

    /**
     * The group. A value: two equal groups, from one plan or two, are the same group, and a family's
     * group is worked out once a day whichever of them asks ({@link MeasureContext#people}). Nothing is
     * kept between plans, so a process may load and drop plans for years.
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static People of(@JsonProperty("group") Group group, @JsonProperty("min_age") Integer minAge,
                            @JsonProperty("max_age") Integer maxAge) {
        if (group != null && minAge == null && maxAge == null) {
            return WITHOUT_AGES[group.ordinal()];
        }
        return new People(group, minAge, maxAge);
    }

    public Group group() {
        return group;
    }

    public Integer minAge() {
        return minAge;
    }

    public Integer maxAge() {
        return maxAge;
    }

    /** True when the two are the same group: equal, compared without a call through {@code Object.equals}. */
    static boolean same(People one, People other) {
        return one == other || (one.group == other.group && Objects.equals(one.minAge, other.minAge)
                && Objects.equals(one.maxAge, other.maxAge));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof People that && group == that.group && Objects.equals(minAge, that.minAge)
                && Objects.equals(maxAge, that.maxAge);
    }

    @Override
    public int hashCode() {
        return Objects.hash(group, minAge, maxAge);
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

    /**
     * True when who belongs to the group can change with age: a group by age, or any group narrowed by
     * age. The family, its members, parents and mothers do not (docs/evaluation.md §6).
     */
    public boolean dependsOnAge() {
        return minAge != null || maxAge != null
                || !(group == Group.FAMILY || group == Group.MEMBERS || group == Group.PARENTS || group == Group.MOTHERS);
    }

    /** True when household-level records (those with no person) count for this group. */
    public boolean includesHousehold() {
        return group == Group.FAMILY;
    }

    /**
     * True when the member, a parent or carer (or someone with parenting responsibility) or not,
     * belongs to this group on the given day.
     */
    public boolean includes(Person person, boolean parent, LocalDate day) {
        return includes(person.bornOn(), person.sex() == Sex.FEMALE, parent, day);
    }

    /**
     * True when a member born on the given day ({@link Person#bornOn}), female or not, a parent or
     * not, belongs to this group on the given day: the same test made from a timeline's own numbers,
     * without reading the person.
     */
    public boolean includes(int bornOn, boolean female, boolean parent, LocalDate day) {
        return includesAged(Person.ageOn(bornOn, day), Person.ageOnAugust31(bornOn, academicYear(day)), female,
                parent);
    }

    /**
     * True when a member born on the given day belongs to this group on some day of the period, by their
     * age then: the group over a period a measure looks back on (docs/evaluation.md §6). Ages and
     * school-year ages only grow, so the group holds them on some day exactly when it holds one of the
     * ages they pass through in the period (for school age, one of its school years): tested as numbers,
     * as it is asked for every member of every group over every window.
     */
    public boolean includesDuring(int bornOn, boolean female, boolean parent, DateRange period) {
        int lastAge = Person.ageOn(bornOn, period.end());
        if (lastAge < 0) {
            return false; // not born by the period's end
        }
        if (group == Group.SCHOOL_AGE_CHILDREN) {
            int first = Person.ageOnAugust31(bornOn, academicYear(period.start()));
            int last = Person.ageOnAugust31(bornOn, academicYear(period.end()));
            for (int schoolAge = first; schoolAge <= last; schoolAge++) {
                // the age in years on some day of that school year: the age on 31 August, or one more
                if (includesAged(schoolAge, schoolAge, female, parent)
                        || includesAged(schoolAge + 1, schoolAge, female, parent)) {
                    return true;
                }
            }
            return false;
        }
        for (int age = Math.max(0, Person.ageOn(bornOn, period.start())); age <= lastAge; age++) {
            if (includesAged(age, age, female, parent)) { // school-year age is read only for school age
                return true;
            }
        }
        return false;
    }

    /**
     * The days that decide who belongs to this group over the period ({@link #includesDuring}): for school
     * age, read from the school years, the whole school years the period touches; otherwise the period.
     */
    DateRange decidingDays(DateRange period) {
        if (group != Group.SCHOOL_AGE_CHILDREN) {
            return period;
        }
        LocalDate first = LocalDate.of(academicYear(period.start()), Month.SEPTEMBER, 1);
        LocalDate last = LocalDate.of(academicYear(period.end()) + 1, Month.AUGUST, 31);
        return first.equals(period.start()) && last.equals(period.end()) ? period : new DateRange(first, last);
    }

    /**
     * The test itself, given the member's age on the day and on the 31 August before the day's
     * academic year began (school age is 4 to 15 then).
     */
    private boolean includesAged(int age, int ageAtSchoolYearStart, boolean female, boolean parent) {
        boolean inGroup = switch (group) {
            case FAMILY, MEMBERS -> true;
            case CHILDREN -> age < 18;
            case SCHOOL_AGE_CHILDREN -> ageAtSchoolYearStart >= 4 && ageAtSchoolYearStart <= 15;
            case YOUNG_PEOPLE -> minAge != null || maxAge != null || (age >= 16 && age <= 24);
            case ADULTS -> age >= 18;
            case PARENTS -> parent;
            case MOTHERS -> parent && female;
        };
        return inGroup && (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
    }

    /** The year the academic year of the day began in: September to August. */
    private static int academicYear(LocalDate day) {
        return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
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
