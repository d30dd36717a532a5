package org.hearth.io.ingest;

/**
 * The form of an NHS number (NHS Data Dictionary, "NHS Number"): 10 digits, the last a modulus 11 check digit. The
 * first nine digits are multiplied by 10 down to 2 and summed; 11 minus the sum's remainder on division by 11 is the
 * check digit, 11 counting as 0; a result of 10 means the number was never issued. Spaces and hyphens between the
 * digits (943 476 5919, 943-476-5919) are left out before checking.
 */
public final class NhsNumber {
    private static final int LENGTH = 10;

    private NhsNumber() {
    }

    /** The number with spaces and hyphens left out. */
    public static String normalised(String number) {
        return number.replace(" ", "").replace("-", "");
    }

    /** Why the value (normalised) is not an NHS number, or null when it is one. */
    public static String problem(String number) {
        String digits = normalised(number);
        if (digits.length() != LENGTH || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "an NHS number is 10 digits";
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * (LENGTH - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        if (check == 10) {
            return "no NHS number has these first nine digits (their check digit would be 10)";
        }
        int given = digits.charAt(LENGTH - 1) - '0';
        return check == given ? null : "the check digit is wrong: the first nine digits give " + check + ", not " + given;
    }
}
