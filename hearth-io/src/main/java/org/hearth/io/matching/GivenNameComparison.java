package org.hearth.io.matching;

import java.util.List;

/**
 * Given names: exact (term-frequency adjusted); nickname (both are, or stand for, the same formal name in the
 * {@link Nicknames} table: Bill and William, Peggy and Margaret); Jaro-Winkler at least 0.92 (a typo: Jon and John);
 * Jaro-Winkler at least 0.80; else. The levels follow Splink's {@code NameComparison} with its optional nickname
 * level added, as its documentation on name comparisons suggests.
 */
record GivenNameComparison() implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "nickname", "Jaro-Winkler >= 0.92",
            "Jaro-Winkler >= 0.80", "else");

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
        double similarity = JaroWinkler.similarity(a.given, b.given);
        return similarity >= JaroWinkler.CLOSE ? 2 : similarity >= JaroWinkler.ALIKE ? 3 : 4;
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
