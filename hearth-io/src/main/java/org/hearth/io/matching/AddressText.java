package org.hearth.io.matching;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An address and a UPRN (the Unique Property Reference Number, the national key for a dwelling) in the one normal
 * form that household linking ({@code AddressKey}) and person matching ({@link AddressComparison}) share: an
 * address's letters and digits, upper case, runs of anything else made one space ("Flat 2, 14 Elm Road" and
 * "FLAT 2 14 ELM ROAD" agree); a UPRN stripped, without leading zeros (BS 7666 UPRNs are up to twelve digits and
 * some systems pad them).
 */
public final class AddressText {
    private static final Pattern NEITHER_LETTER_NOR_DIGIT = Pattern.compile("[^A-Z0-9]+");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private AddressText() {
    }

    /** The text's letters and digits, upper case, runs of anything else one space; empty when none is left. */
    public static String normalised(String text) {
        return NEITHER_LETTER_NOR_DIGIT.matcher(text.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The UPRN without surrounding spaces or leading zeros, or null when none is given. */
    public static String uprn(String raw) {
        return raw == null || raw.isBlank() ? null : LEADING_ZEROS.matcher(raw.strip()).replaceFirst("");
    }
}
