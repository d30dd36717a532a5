package org.hearth.server.web;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date as a person types it into the GOV.UK date input: day, month and year in three fields, each as typed.
 *
 * @param what the date in words, for the error messages ("the date the plan is in force from")
 */
public record DateInput(String day, String month, String year, String what) {

    /** The date, or null when the fields do not make one ({@link #problem} says why). */
    public LocalDate date() {
        try {
            return LocalDate.of(number(year), number(month), number(day));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** What is wrong, in the Design System's words, or null when the fields make a date. */
    public String problem() {
        if (blank(day) && blank(month) && blank(year)) {
            return "Enter " + what;
        }
        if (blank(day) || blank(month) || blank(year)) {
            return capitalised() + " must include a day, a month and a year";
        }
        LocalDate date = date();
        return date == null || year.strip().length() != 4 ? capitalised() + " must be a real date" : null;
    }

    private String capitalised() {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    private static int number(String field) {
        return Integer.parseInt(field == null ? "" : field.strip());
    }

    private static boolean blank(String field) {
        return field == null || field.isBlank();
    }
}
