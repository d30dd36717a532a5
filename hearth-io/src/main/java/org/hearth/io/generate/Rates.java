package org.hearth.io.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Scatters events in time: a number of events per year before the reference day and another rate
 * after it (lower when the family turns around), over the years the data covers.
 */
final class Rates {
    static final LocalDate DATA_START = LocalDate.of(2013, 9, 1);

    private Rates() {
    }

    /** Event days: {@code before} a year up to the reference day, {@code after} a year from a month after it. */
    static List<LocalDate> days(Chance chance, LocalDate reference, LocalDate end, double before, double after) {
        List<LocalDate> days = new ArrayList<>();
        scatter(chance, LocalDate.of(Math.max(DATA_START.getYear(), reference.getYear() - 2), reference.getMonthValue(), 1),
                reference.minusDays(1), before, days);
        scatter(chance, reference.plusMonths(1), end, after, days);
        return days;
    }

    private static void scatter(Chance chance, LocalDate from, LocalDate to, double perYear, List<LocalDate> days) {
        if (!from.isBefore(to) || perYear <= 0) {
            return;
        }
        double years = (to.toEpochDay() - from.toEpochDay()) / 365.25;
        double expected = perYear * years;
        int count = (int) Math.floor(expected) + (chance.between(0.0, 1.0) < expected - Math.floor(expected) ? 1 : 0);
        for (int i = 0; i < count; i++) {
            days.add(chance.day(from, to));
        }
    }
}
