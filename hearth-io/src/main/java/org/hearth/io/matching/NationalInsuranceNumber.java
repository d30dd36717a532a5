package org.hearth.io.matching;

import java.util.Set;

/**
 * The National Insurance number: two prefix letters, six digits and a suffix letter A, B, C or D (HMRC National
 * Insurance Manual NIM39110). The prefix rules: neither letter is D, F, I, Q, U or V; the second is not O; and the
 * prefixes BG, GB, KN, NK, NT, TN and ZZ are never allocated (ZZ is an administrative placeholder), so a number
 * beginning with one of them names nobody.
 */
public final class NationalInsuranceNumber {
    private static final String NEVER = "DFIQUV";
    private static final Set<String> UNALLOCATED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    private NationalInsuranceNumber() {
    }

    /** Whether the value (upper-cased, spaces removed) has the form and a prefix HMRC allocates. */
    public static boolean valid(String ni) {
        if (ni == null || ni.length() != 9) {
            return false;
        }
        char first = ni.charAt(0);
        char second = ni.charAt(1);
        if (!Ascii.capital(first) || !Ascii.capital(second) || NEVER.indexOf(first) >= 0
                || NEVER.indexOf(second) >= 0 || second == 'O' || UNALLOCATED.contains(ni.substring(0, 2))) {
            return false;
        }
        for (int i = 2; i < 8; i++) {
            if (!Ascii.digit(ni.charAt(i))) {
                return false;
            }
        }
        return "ABCD".indexOf(ni.charAt(8)) >= 0;
    }
}
