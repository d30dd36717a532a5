package org.hearth.io.matching;

/**
 * The NHS number: 10 digits, the last a modulus 11 check digit (NHS Data Dictionary, "NHS Number"): multiply the
 * first nine digits by 10, 9, ... 2, add them, take the remainder on division by 11 and subtract it from 11; 11
 * becomes 0, and a result of 10 means the number is not valid. The Data Dictionary's example: 943 476 5919.
 */
public final class NhsNumber {
    private NhsNumber() {
    }

    /** Whether the value (digits only, spaces already removed) is a 10-digit NHS number whose check digit is right. */
    public static boolean valid(String nhs) {
        if (nhs == null || nhs.length() != 10) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (!Ascii.digit(nhs.charAt(i))) {
                return false;
            }
        }
        int check = checkDigit(nhs.substring(0, 9));
        return check == nhs.charAt(9) - '0';
    }

    /**
     * The check digit for nine digits, or 10 when no tenth digit makes them a valid NHS number.
     *
     * @throws IllegalArgumentException when they are not nine digits
     */
    public static int checkDigit(String nine) {
        if (nine.length() != 9 || !nine.chars().allMatch(c -> Ascii.digit((char) c))) {
            throw new IllegalArgumentException("an NHS number's check digit follows nine digits");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }
}
