package org.hearth.io.matching;

import java.util.List;

/**
 * One field's comparison of two people: an ordered list of comparison levels, from the strongest agreement to
 * "else" (Fellegi and Sunter, 1969; Splink's "comparison levels"), and the level a pair of people is at. Each level
 * has its own m probability (of being at that level when the two are the same person) and u probability (when they
 * are not); a pair missing the value on either side is at no level and the field says nothing about it.
 */
sealed interface Comparison permits GivenNameComparison, FamilyNameComparison, DateOfBirthComparison,
        PostcodeComparison, SexComparison, AddressComparison {
    /** The level of a pair missing the field on either side. */
    int MISSING = -1;

    /**
     * Hearth's comparisons in the order of a comparison vector: given and family name, date of birth, postcode, sex,
     * address.
     */
    static List<Comparison> standard() {
        return List.of(new GivenNameComparison(), new FamilyNameComparison(), new DateOfBirthComparison(),
                new PostcodeComparison(), new SexComparison(), new AddressComparison());
    }

    /** The field's column name in {@code persons.csv}. */
    String field();

    /** The levels' names, strongest first; the last is "else". */
    List<String> levels();

    /** The level the pair is at, or {@link #MISSING}. */
    int level(PreparedPerson a, PreparedPerson b);

    /** Whether an exact match's weight is adjusted for the value's frequency (term frequency adjustment). */
    default boolean termFrequencyAdjusted() {
        return false;
    }

    /**
     * The value whose frequency adjusts an exact match, or null when the person has none or the field is not
     * adjusted. Only the first level, exact agreement, is adjusted.
     */
    default String termFrequencyValue(PreparedPerson person) {
        return null;
    }
}
