package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.hearth.server.reports.ReportTable.Cell;

/**
 * The programme against its target (docs/reports.md, Programme target): month by month over the target's period to
 * the review date, the families identified, engaged and eligible since the period began, beside the target's share
 * due by then at an even pace.
 *
 * @param countedTo the last day counted: the review date, or the period's end when earlier; null when the period
 *                  begins after the review date (no month to count)
 * @param months    the cumulative counts at the end of each month, the first month first
 */
public record TargetReport(ProgrammeTarget target, LocalDate countedTo, List<MonthCounts> months) {
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The counts at the last day counted, or none before the period begins. */
    public MonthCounts latest() {
        return months.isEmpty() ? null : months.get(months.size() - 1);
    }

    /** The engaged families as a whole per cent of the target (rounded down), or 0 before the period begins. */
    public long percentOfTarget() {
        return latest() == null ? 0 : latest().engaged() * 100 / target.families();
    }

    /** The report in a sentence or three, the chart's text alternative too. */
    public String summary() {
        if (latest() == null) {
            return "The target's period begins on " + DAY.format(target.startsOn()) + ", after the review date: no family "
                    + "is counted against it yet.";
        }
        MonthCounts now = latest();
        return String.format(Locale.UK, "From %s to %s, %,d families were engaged, %,d of them eligible: %d%% of the "
                        + "target of %,d families by %s. At an even pace %,d would have been engaged by %s. %,d families "
                        + "were first identified with a problem in that time.",
                DAY.format(target.startsOn()), DAY.format(now.countedTo()), now.engaged(), now.eligible(),
                percentOfTarget(), target.families(), DAY.format(target.endsOn()), now.dueByThen(),
                DAY.format(now.countedTo()), now.identified());
    }

    /** Month by month: the table the page shows and the CSV holds. */
    public ReportTable table() {
        ReportTable.Builder table = ReportTable.builder("months", "Families counted against the target by the end of "
                + "each month, since " + DAY.format(target.startsOn()), "Month", "Counted to", "Identified", "Engaged",
                "Eligible", "Target by then at an even pace");
        for (MonthCounts month : months) {
            table.row(Cell.text(MONTH.format(month.month())), Cell.text(month.countedTo().toString()),
                    Cell.number(month.identified()), Cell.number(month.engaged()), Cell.number(month.eligible()),
                    Cell.number(month.dueByThen()));
        }
        return table.build();
    }

    /** Engaged families each month, eligible and not, against the target at an even pace. */
    public ColumnChart chart() {
        long[][] values = new long[months.size()][];
        long[] due = new long[months.size()];
        List<String> labels = months.stream().map(month -> SHORT_MONTH.format(month.month())).toList();
        for (int i = 0; i < months.size(); i++) {
            MonthCounts month = months.get(i);
            values[i] = new long[] {month.eligible(), month.engaged() - month.eligible()};
            due[i] = month.dueByThen();
        }
        return ColumnChart.stacked("target-chart", "Families engaged against the target of "
                        + String.format(Locale.UK, "%,d", target.families()), summary(),
                List.of("Engaged and eligible", "Engaged, not eligible"), labels, values, 8,
                "Target at an even pace", due);
    }
}
