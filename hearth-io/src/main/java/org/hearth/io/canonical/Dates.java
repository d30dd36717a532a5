package org.hearth.io.canonical;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.hearth.engine.Excerpt;

/**
 * ISO dates (YYYY-MM-DD), read strictly and shared: a folder of ten million records holds only a few
 * thousand distinct days, so each is parsed once and every record on that day holds the same object.
 * Days from 1900 to 2099 are found by their digits in an array, with no hashing of the cell's text;
 * other years, rare in this data, go through a map.
 */
final class Dates {
    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 200;
    private static final int SLOTS_PER_YEAR = 12 * 31;

    private final LocalDate[] byDigits = new LocalDate[YEARS * SLOTS_PER_YEAR];
    private final ConcurrentHashMap<String, LocalDate> otherYears = new ConcurrentHashMap<>();

    LocalDate parse(String text) throws BadCell {
        return parse(text.toCharArray(), 0, text.length());
    }

    /**
     * Threads may race to fill a slot; LocalDate is immutable, so the worst outcome is two equal
     * objects for one day, never a wrong one.
     */
    LocalDate parse(char[] buffer, int offset, int length) throws BadCell {
        int slot = slot(buffer, offset, length);
        if (slot >= 0) {
            LocalDate date = byDigits[slot];
            if (date == null) {
                date = strict(new String(buffer, offset, length));
                byDigits[slot] = date;
            }
            return date;
        }
        String text = new String(buffer, offset, length);
        LocalDate date = otherYears.get(text);
        if (date == null) {
            date = strict(text);
            LocalDate first = otherYears.putIfAbsent(text, date);
            return first == null ? date : first;
        }
        return date;
    }

    /** The array slot of a well-formed day in the years covered, or -1. */
    private static int slot(char[] buffer, int offset, int length) {
        if (length != 10 || buffer[offset + 4] != '-' || buffer[offset + 7] != '-') {
            return -1;
        }
        int year = digits(buffer, offset, offset + 4) - FIRST_YEAR;
        int month = digits(buffer, offset + 5, offset + 7);
        int day = digits(buffer, offset + 8, offset + 10);
        if (year < 0 || year >= YEARS || month < 1 || month > 12 || day < 1 || day > 31) {
            return -1;
        }
        return year * SLOTS_PER_YEAR + (month - 1) * 31 + day - 1;
    }

    /** Reads exactly YYYY-MM-DD and rejects days the calendar does not have, such as 2015-02-29. */
    static LocalDate strict(String text) throws BadCell {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw notADate(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            throw notADate(text);
        }
        if (month < 1 || month > 12) {
            throw new BadCell(Excerpt.quoted(text) + " is not a real date: there is no month " + month);
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day < 1 || day > yearMonth.lengthOfMonth()) {
            throw new BadCell(Excerpt.quoted(text) + " is not a real date: "
                    + monthName(month) + " " + year + " has " + yearMonth.lengthOfMonth() + " days");
        }
        return LocalDate.of(year, month, day);
    }

    /** "February": the name, independent of the locale's data. */
    private static String monthName(int month) {
        String name = Month.of(month).name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static BadCell notADate(String text) {
        return new BadCell(Excerpt.quoted(text) + " is not a date in the form YYYY-MM-DD");
    }

    /** The number written in buffer[from, to), or -1 when any character is not a digit. */
    static int digits(char[] buffer, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = buffer[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The number written in text[from, to), or -1 when any character is not a digit. */
    static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
