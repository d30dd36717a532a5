package org.hearth.io.matching;

import java.util.List;

/**
 * Family names: exact (term-frequency adjusted); one name is a part of the other's double-barrelled name, or either
 * matches the other's former family name (Smith-Jones and Jones; a name changed on marriage); Jaro-Winkler at least
 * 0.92; Jaro-Winkler at least 0.80; else. The levels are Splink's {@code NameComparison} with a level for changed
 * and hyphenated names in place of its array-intersection level for surnames.
 */
record FamilyNameComparison() implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "part of a double-barrelled name, or a former name",
            "Jaro-Winkler >= 0.92", "Jaro-Winkler >= 0.80", "else");

    @Override
    public String field() {
        return "family_name";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(PreparedPerson a, PreparedPerson b) {
        if (a.family == null || b.family == null) {
            return MISSING;
        }
        if (a.family.equals(b.family)) {
            return 0;
        }
        if (changedOrHyphenated(a, b) || changedOrHyphenated(b, a)) {
            return 1;
        }
        double similarity = JaroWinkler.similarity(a.family, b.family);
        return similarity >= JaroWinkler.CLOSE ? 2 : similarity >= JaroWinkler.ALIKE ? 3 : 4;
    }

    /** Whether b's name is a part of a's double-barrelled name, or a's former name is one of b's names. */
    private static boolean changedOrHyphenated(PreparedPerson a, PreparedPerson b) {
        for (String part : a.familyParts) {
            if (part.equals(b.family)) {
                return true;
            }
        }
        if (a.formerFamily == null) {
            return false;
        }
        if (a.formerFamily.equals(b.family) || a.formerFamily.equals(b.formerFamily)) {
            return true;
        }
        for (String part : b.familyParts) {
            if (part.equals(a.formerFamily)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean termFrequencyAdjusted() {
        return true;
    }

    @Override
    public String termFrequencyValue(PreparedPerson person) {
        return person.family;
    }
}
