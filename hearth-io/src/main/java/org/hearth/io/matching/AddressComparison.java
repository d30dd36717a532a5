package org.hearth.io.matching;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Addresses: the same UPRN, both given (the national key for a dwelling); the same address in {@link AddressText}'s
 * normal form; the same house and flat numbers (every word with a digit, in order) with the rest of the address
 * alike: all the words of the shorter in the longer (a town or locality line one source leaves out) or Jaro-Winkler
 * at least 0.92 (a letter wrong, the names' "close" threshold); else. Two different UPRNs are two dwellings, "else"
 * whatever the text says.
 *
 * <p>The address says only what the postcode does not: a pair with the same postcode is at no level here. Within a
 * postcode (some fifteen dwellings) the address adds little, and what it adds is "the same dwelling", which a
 * household's members share: counted as independent of the postcode, as the Fellegi-Sunter weight counts every
 * field, the same postcode and address together weighed as much as a date of birth and put every sibling and
 * parent in the review queue. Compared only where the postcodes differ or one is missing, its m and u are those of
 * that case (EM estimates m on those pairs alone), and it finds the person whose postcode was mistyped or not given.
 * The postcode is not part of the address text: a source's address line with or without it, or with a town or not,
 * still agrees. Splink's address comparisons likewise start from an exact match and a house number and street; no
 * term frequency adjustment, since a dwelling's address is all but unique to it.
 */
record AddressComparison() implements Comparison {
    private static final List<String> LEVELS = List.of("same UPRN", "same address",
            "same house number, the rest alike", "else");

    @Override
    public String field() {
        return "address";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(PreparedPerson a, PreparedPerson b) {
        if (a.postcode != null && a.postcode.equals(b.postcode)) {
            return MISSING;
        }
        if (a.uprn != null && b.uprn != null) {
            return a.uprn.equals(b.uprn) ? 0 : 3;
        }
        if (a.address == null || b.address == null) {
            return MISSING;
        }
        if (a.address.equals(b.address)) {
            return 1;
        }
        return !a.addressNumbers.isEmpty() && a.addressNumbers.equals(b.addressNumbers)
                && alike(a.addressWords, b.addressWords) ? 2 : 3;
    }

    private static boolean alike(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        String shorter = a.length() <= b.length() ? a : b;
        HashSet<String> longer = new HashSet<>(Arrays.asList((shorter == a ? b : a).split(" ")));
        return longer.containsAll(Arrays.asList(shorter.split(" ")))
                || JaroWinkler.similarity(a, b) >= JaroWinkler.CLOSE;
    }
}
