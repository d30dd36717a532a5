package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * Calendar quarters (January to March, April to June, July to September, October to December), the
 * unit of Southampton's baselines ("the four full quarters before the quarter of intervention") and
 * of its attendance baseline ("the three full terms before the quarter in which the intervention
 * started").
 */
public final class CalendarQuarter {
    private CalendarQuarter() {
    }

    /** The first day of the quarter that contains the day: 10 May 2018 gives 1 April 2018. */
    public static LocalDate startOf(LocalDate day) {
        return LocalDate.of(day.getYear(), ((day.getMonthValue() - 1) / 3) * 3 + 1, 1);
    }
}
