package org.hearth.io.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * The form of a National Insurance number (HMRC's National Insurance Manual, NIM39110): two prefix letters, six
 * digits and a suffix letter A to D (often left off). Neither prefix letter is D, F, I, Q, U or V; the second is not
 * O; the prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued. Spaces are left out and letters read in capitals
 * before checking.
 */
final class NationalInsuranceNumber {
    private static final String NEVER_IN_PREFIX = "DFIQUV";
    private static final Set<String> UNISSUED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private NationalInsuranceNumber() {
    }

    static String normalised(String number) {
        return number.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** Why the value (normalised) is not a National Insurance number, or null when it is one. */
    static String problem(String number) {
        String n = normalised(number);
        if (n.length() != 8 && n.length() != 9) {
            return "a National Insurance number is two letters, six digits and a letter A to D";
        }
        char first = n.charAt(0);
        char second = n.charAt(1);
        if (!isLetter(first) || !isLetter(second) || NEVER_IN_PREFIX.indexOf(first) >= 0 || NEVER_IN_PREFIX.indexOf(second) >= 0
                || second == 'O' || UNISSUED.contains(n.substring(0, 2))) {
            return "'" + n.substring(0, 2) + "' is not a prefix HMRC issues";
        }
        for (int i = 2; i < 8; i++) {
            if (n.charAt(i) < '0' || n.charAt(i) > '9') {
                return "a National Insurance number has six digits after its two letters";
            }
        }
        if (n.length() == 9 && (n.charAt(8) < 'A' || n.charAt(8) > 'D')) {
            return "a National Insurance number ends in a letter A to D";
        }
        return null;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
