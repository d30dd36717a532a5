package org.hearth.io.matching;

import java.util.List;

/**
 * Dates of birth: exact; day and month transposed (03-04-2010 and 04-03-2010, a date keyed in the American order);
 * one digit different in YYYYMMDD (a typo); within a year of each other; else. The levels follow Splink's
 * {@code DateOfBirthComparison} (exact, one character different, within a month, a year, ten years), with its
 * Damerau-Levenshtein level split in two so that a transposed day and month is its own level.
 */
record DateOfBirthComparison() implements Comparison {
    private static final List<String> LEVELS = List.of("exact", "day and month transposed", "one digit different",
            "within a year", "else");
    private static final int DAYS_IN_A_YEAR = 366;

    @Override
    public String field() {
        return "date_of_birth";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(PreparedPerson a, PreparedPerson b) {
        int x = a.dateOfBirth;
        int y = b.dateOfBirth;
        if (x == 0 || y == 0) {
            return MISSING;
        }
        if (x == y) {
            return 0;
        }
        if (x / 10_000 == y / 10_000 && x / 100 % 100 == y % 100 && x % 100 == y / 100 % 100) {
            return 1;
        }
        if (digitsDifferent(x, y) == 1) {
            return 2;
        }
        return Math.abs(a.bornOnDay - b.bornOnDay) <= DAYS_IN_A_YEAR ? 3 : 4;
    }

    private static int digitsDifferent(int x, int y) {
        int different = 0;
        for (int i = 0; i < 8; i++) {
            if (x % 10 != y % 10) {
                different++;
            }
            x /= 10;
            y /= 10;
        }
        return different;
    }
}
