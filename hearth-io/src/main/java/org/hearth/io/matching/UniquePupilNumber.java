package org.hearth.io.matching;

/**
 * The DfE's Unique Pupil Number: 13 characters, a check letter then 12 characters (a 3-digit local authority
 * number, a 4-digit establishment number, 2 digits of the year of issue and 3 serial digits; a temporary UPN has
 * a letter in place of the last digit).
 *
 * <p>The check letter is the UK Government Data Standards Catalogue's rule (Unique Pupil Number 2.0, 2004, and the
 * school census validation 1510): multiply characters 2 to 13 by their positions (2 to 13), a temporary UPN's final
 * letter counting as its value in the table below, add them, take the remainder on division by 23, and read it as a
 * letter: 0 = A, 1 = B, ... 7 = H, 8 = J, ... 12 = N, 13 = P, 14 = Q, 15 = R, 16 = T, ... 22 = Z (I, O and S are not
 * used). So B801200005001 is valid: 8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 93, and 93 mod 23 = 1 = B. (A help page for the
 * school census's error 1510 works the example B207000016049 to "267, so Q"; the sum is 266, so P.)
 */
public final class UniquePupilNumber {
    private static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber() {
    }

    /** Whether the value (already trimmed and upper-cased) is a UPN whose check letter is right. */
    public static boolean valid(String upn) {
        if (upn == null || upn.length() != 13) {
            return false;
        }
        for (int i = 1; i < 12; i++) {
            if (!Ascii.digit(upn.charAt(i))) {
                return false;
            }
        }
        char last = upn.charAt(12);
        if (!Ascii.digit(last) && LETTERS.indexOf(last) < 0) {
            return false;
        }
        return upn.charAt(0) == checkLetter(upn.substring(1));
    }

    /**
     * The check letter for the 12 characters after it.
     *
     * @throws IllegalArgumentException when they are not 11 digits and a digit or one of the table's letters
     */
    public static char checkLetter(String twelve) {
        if (twelve.length() != 12) {
            throw new IllegalArgumentException("a UPN has 12 characters after its check letter, not " + twelve.length());
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = twelve.charAt(i);
            int value = Ascii.digit(c) ? c - '0' : i == 11 ? LETTERS.indexOf(c) : -1;
            if (value < 0) {
                throw new IllegalArgumentException("character " + (i + 2) + " of a UPN cannot be '" + c + "'");
            }
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }
}
