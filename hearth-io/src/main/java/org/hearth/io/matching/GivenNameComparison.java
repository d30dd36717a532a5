package org.hearth.io.matching;

import java.util.List;

/**
 * Given names: exact (term-frequency adjusted); nickname (both are, or stand for, the same formal name in the
 * {@link Nicknames} table: Bill and William, Peggy and Margaret); given and family names swapped (each one's given
 * name is the other's family name: Ali Hassan and Hassan Ali, names keyed in the wrong order); Jaro-Winkler at least
 * 0.92 (a typo: Jon and John); Jaro-Winkler at least 0.80; else. The levels follow Splink's {@code NameComparison}
 * with its optional nickname level added, as its documentation on name comparisons suggests, and the reversed names
 * level of Splink's {@code ForenameSurnameComparison} ("match on reversed cols"). A swapped pair's family names are
 * at their own comparison's "else": the swap is counted once, here.
 */
record GivenNameComparison() implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "nickname", "given and family names swapped",
            "Jaro-Winkler >= 0.92", "Jaro-Winkler >= 0.80", "else");

    @Override
    public String field() {
        return "given_name";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(PreparedPerson a, PreparedPerson b) {
        if (a.given == null || b.given == null) {
            return MISSING;
        }
        if (a.given.equals(b.given)) {
            return 0;
        }
        if (Nicknames.sameName(a, b)) {
            return 1;
        }
        if (a.given.equals(b.family) && b.given.equals(a.family)) {
            return 2;
        }
        double similarity = JaroWinkler.similarity(a.given, b.given);
        return similarity >= JaroWinkler.CLOSE ? 3 : similarity >= JaroWinkler.ALIKE ? 4 : 5;
    }

    @Override
    public boolean termFrequencyAdjusted() {
        return true;
    }

    @Override
    public String termFrequencyValue(PreparedPerson person) {
        return person.given;
    }
}
