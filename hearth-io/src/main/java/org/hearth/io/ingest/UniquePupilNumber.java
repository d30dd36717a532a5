package org.hearth.io.ingest;

/**
 * The form of a unique pupil number (UPN), as the DfE's "Unique pupil numbers (UPNs): guidance for schools and local
 * authorities" sets it out: 13 characters, a check letter, the 3-digit local authority number, the 4-digit
 * establishment number, the 2-digit year of allocation and a 3-digit serial. The last character is a digit, or a
 * letter in a temporary UPN.
 *
 * <p>The check letter: each of characters 2 to 13 is multiplied by its position (2 to 13), a letter in position 13
 * counting as its place in the check-letter alphabet; the sum's remainder on division by 23 picks the letter from
 * {@code ABCDEFGHJKLMNPQRTUVWXYZ} (0 is A, 22 is Z: no I, O or S).
 */
public final class UniquePupilNumber {
    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
    private static final int LENGTH = 13;
    private static final int LETTERS = 23;

    private UniquePupilNumber() {
    }

    /** Why the value is not a UPN, or null when it is one (check letter included). */
    public static String problem(String upn) {
        if (upn.length() != LENGTH) {
            return "a UPN has 13 characters, not " + upn.length();
        }
        if (CHECK_LETTERS.indexOf(upn.charAt(0)) < 0) {
            return "a UPN begins with a check letter (one of " + CHECK_LETTERS + ")";
        }
        int sum = 0;
        for (int position = 2; position <= LENGTH; position++) {
            char c = upn.charAt(position - 1);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (position == LENGTH && CHECK_LETTERS.indexOf(c) >= 0) {
                value = CHECK_LETTERS.indexOf(c);
            } else {
                return "character " + position + " of a UPN is a digit" + (position == LENGTH ? " (or a letter, in a temporary UPN)" : "");
            }
            sum += value * position;
        }
        char expected = CHECK_LETTERS.charAt(sum % LETTERS);
        return expected == upn.charAt(0) ? null : "the check letter is wrong: the digits give " + expected + ", not " + upn.charAt(0);
    }
}
