package org.hearth.server.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many families a programme is to work with over a period, as a coordinator set it (dated reference data:
 * Southwark was asked to work with about 3,000 families; Worcestershire with 3,100 over the five years of the
 * extended programme, and just under 700 from 1 January 2015 to 31 March 2016).
 *
 * @param planId   the programme: the id its plan versions share ({@code southwark})
 * @param families how many families, engaged within the period
 * @param startsOn the period's first day
 * @param endsOn   the period's last day
 * @param basis    where the figure comes from (the outcomes plan, the grant letter), for the auditor
 */
public record ProgrammeTarget(long id, String planId, int families, LocalDate startsOn, LocalDate endsOn, String basis,
                              String setBy, Instant setAt) {

    /**
     * The families due by the end of a day in the period at an even pace: the target's share for the days from its
     * start to that day, both counted, rounded to the nearest family (a half up).
     */
    public long dueBy(LocalDate day) {
        long days = ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
        long elapsed = Math.min(days, Math.max(0, ChronoUnit.DAYS.between(startsOn, day) + 1));
        return (2L * families * elapsed + days) / (2 * days);
    }
}
