package org.hearth.io.ingest;

import java.util.Locale;

/**
 * The category of a school census exclusion as canonical exclusions.csv's {@code type}. The DfE renamed fixed-period
 * exclusion "suspension" from the 2022 to 2023 school census (guidance "Suspension and permanent exclusion", 2022);
 * extracts from before and after the change spell it either way, and both are one canonical type, so that a child's
 * suspensions in 2023 are counted with their fixed-term exclusions of 2021. A lunchtime exclusion is a fixed-period
 * exclusion of part of a day.
 */
enum ExclusionCategory {
    PERMANENT("permanent", "PERM", "permanent", "permanent exclusion"),
    FIXED_TERM("fixed_term", "FIXD", "SUSP", "fixed term", "fixed-term", "fixed period", "fixed-period",
            "fixed term exclusion", "fixed-term exclusion", "fixed period exclusion", "fixed-period exclusion", "suspension",
            "LNCH", "lunchtime");

    private final String canonical;
    private final String[] spellings;

    ExclusionCategory(String canonical, String... spellings) {
        this.canonical = canonical;
        this.spellings = spellings;
    }

    /** The canonical exclusion type. */
    String canonical() {
        return canonical;
    }

    /** The category a census code or its words name (case does not matter), or null. */
    static ExclusionCategory of(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (ExclusionCategory category : values()) {
            for (String spelling : category.spellings) {
                if (spelling.toLowerCase(Locale.ROOT).equals(key)) {
                    return category;
                }
            }
        }
        return null;
    }
}
