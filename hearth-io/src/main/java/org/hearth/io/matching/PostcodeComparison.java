package org.hearth.io.matching;

import java.util.List;

/**
 * Postcodes: the full postcode; the same sector (the outward code and the inward code's digit, "SW1A 1"); the same
 * district (the outward code, "SW1A"); else. Splink's {@code PostcodeComparison} levels, without its distance
 * levels (Hearth has no postcode coordinates): a family that moves usually stays in the same district.
 */
record PostcodeComparison() implements Comparison {
    private static final List<String> LEVELS = List.of("full postcode", "sector", "district", "else");

    @Override
    public String field() {
        return "postcode";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(PreparedPerson a, PreparedPerson b) {
        if (a.postcode == null || b.postcode == null) {
            return MISSING;
        }
        return a.postcode.equals(b.postcode) ? 0 : a.sector.equals(b.sector) ? 1 : a.district.equals(b.district) ? 2 : 3;
    }
}
