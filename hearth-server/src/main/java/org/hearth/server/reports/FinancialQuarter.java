package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A quarter of a local authority's financial year, which begins on 1 April: quarter 1 is April to June, quarter 4
 * January to March. Finance teams plan the programme's income by these.
 *
 * @param year   the calendar year the financial year begins in (2019 for 2019/20)
 * @param number 1 to 4
 */
public record FinancialQuarter(int year, int number) implements Comparable<FinancialQuarter> {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM", Locale.UK);
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    public FinancialQuarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is 1 to 4, not " + number);
        }
    }

    /** The quarter the day falls in. */
    public static FinancialQuarter of(LocalDate day) {
        int fromApril = (day.getMonthValue() + 8) % 12;
        return new FinancialQuarter(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, fromApril / 3 + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, 4, 1).plusMonths(3L * (number - 1));
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    public FinancialQuarter next() {
        return number == 4 ? new FinancialQuarter(year + 1, 1) : new FinancialQuarter(year, number + 1);
    }

    /** {@code 2019/20 Q1}, as the JSON API writes it. */
    @JsonValue
    public String code() {
        return String.format(Locale.ROOT, "%d/%02d Q%d", year, (year + 1) % 100, number);
    }

    /** As a page's address gives it: {@code 2019-Q1}. */
    public String param() {
        return year + "-Q" + number;
    }

    /**
     * Reads {@link #param}'s form.
     *
     * @throws IllegalArgumentException when the text is not a quarter so written
     */
    public static FinancialQuarter parse(String text) {
        Matcher parts = QUARTER.matcher(text);
        if (!parts.matches()) {
            throw new IllegalArgumentException("a quarter is written as the year its financial year begins, -Q and "
                    + "1 to 4: 2019-Q1");
        }
        return new FinancialQuarter(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)));
    }

    /** {@code April to June 2019}. */
    public String months() {
        return MONTH.format(firstDay()) + " to " + MONTH.format(lastDay()) + " " + lastDay().getYear();
    }

    @Override
    public int compareTo(FinancialQuarter other) {
        return firstDay().compareTo(other.firstDay());
    }

    @Override
    public String toString() {
        return code();
    }
}
