package org.hearth.io.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

import org.hearth.engine.Excerpt;

/**
 * A date as a return writes it: ISO 8601 ({@code 2019-03-31}, the form of the CIN census's xs:date and of the
 * school census), or day first ({@code 31/03/2019}, as SSDA903 extracts and spreadsheets write it). Days are
 * checked against the calendar: {@code 2015-02-29} is not a date.
 */
final class SourceDate {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private SourceDate() {
    }

    /** The day, or null when the text is not a date in either form. */
    static LocalDate parse(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY_FIRST) : LocalDate.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day in the canonical form, or null. */
    static String iso(String text) {
        LocalDate day = parse(text);
        return day == null ? null : day.toString();
    }

    static String reason(String text) {
        return Excerpt.quoted(text) + " is not a date (YYYY-MM-DD or DD/MM/YYYY, a day the calendar has)";
    }
}
