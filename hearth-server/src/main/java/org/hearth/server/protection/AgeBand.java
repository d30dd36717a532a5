package org.hearth.server.protection;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person's age as an export gives it: a band, never a date of birth. The bands follow the ages the plans and the
 * national evaluation look at (under 5, school ages, 16 and 17, young adults), wider in adult life.
 */
enum AgeBand {
    UNDER_5("0-4", 0), AGE_5_TO_10("5-10", 5), AGE_11_TO_15("11-15", 11), AGE_16_TO_17("16-17", 16),
    AGE_18_TO_24("18-24", 18), AGE_25_TO_34("25-34", 25), AGE_35_TO_49("35-49", 35), AGE_50_TO_64("50-64", 50),
    AGE_65_AND_OVER("65+", 65), UNKNOWN("unknown", -1);

    private final String words;
    private final int from;

    AgeBand(String words, int from) {
        this.words = words;
        this.from = from;
    }

    /** The band of someone born on the day, on the other; {@link #UNKNOWN} with no date of birth. */
    static AgeBand of(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
            return UNKNOWN;
        }
        int age = Period.between(dateOfBirth, on).getYears();
        AgeBand band = UNDER_5;
        for (AgeBand candidate : values()) {
            if (candidate.from >= 0 && age >= candidate.from) {
                band = candidate;
            }
        }
        return band;
    }

    boolean adult() {
        return from >= 18;
    }

    boolean child() {
        return from >= 0 && from < 18;
    }

    String words() {
        return words;
    }
}
