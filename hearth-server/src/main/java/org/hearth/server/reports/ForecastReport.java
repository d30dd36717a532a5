package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.hearth.server.reports.ReportTable.Cell;

/**
 * The claims forecast (docs/reports.md): per financial quarter from the review date over the outlook's twelve months,
 * the claims the families a user may see can be expected to make, by how sure each is, with the families behind each
 * figure.
 *
 * @param claimableNow the families claimable on the review date already (claims to make now, not forecast)
 * @param quarters     the quarters from the one holding the day after the review date to the one holding the
 *                     outlook's last day, each with its expected claims by certainty
 * @param families     the families expected to claim, the soonest first
 */
public record ForecastReport(LocalDate reviewDate, long claimableNow, List<QuarterLine> quarters,
                             List<ForecastFamily> families) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** A quarter's expected claims, by certainty. */
    public record QuarterLine(FinancialQuarter quarter, long waitingForTime, long needsFigures, long needsSignOff) {
        public long total() {
            return waitingForTime + needsFigures + needsSignOff;
        }
    }

    /** A family expected to claim: when, how sure, and what it waits for besides time. */
    public record ForecastFamily(String familyId, LocalDate expectedOn, FinancialQuarter quarter, Certainty certainty,
                                 List<String> waitsFor) {
    }

    public long expected() {
        return families.size();
    }

    public String summary() {
        long time = families.stream().filter(family -> family.certainty() == Certainty.WAITING_FOR_TIME).count();
        long figures = families.stream().filter(family -> family.certainty() == Certainty.NEEDS_FIGURES).count();
        return String.format(Locale.UK, "On %s, %,d families were claimable already. Over the next twelve months %,d "
                        + "more can be expected to become claimable: %,d waiting only for time, %,d needing one more term "
                        + "or period of data, and %,d needing evidence signed off.", DAY.format(reviewDate), claimableNow,
                families.size(), time, figures, families.size() - time - figures);
    }

    /** Per quarter, each figure linked to the families behind it. */
    public ReportTable quarterTable() {
        ReportTable.Builder table = ReportTable.builder("quarters", "Claims expected per quarter of the financial year, "
                        + "by how sure each is", "Quarter", "Months", Certainty.WAITING_FOR_TIME.words(),
                Certainty.NEEDS_FIGURES.words(), Certainty.NEEDS_SIGN_OFF.words(), "Expected claims");
        for (QuarterLine line : quarters) {
            String quarter = "/reports/forecast?quarter=" + line.quarter().param();
            table.row(Cell.text(line.quarter().code()), Cell.text(line.quarter().months()),
                    figure(line.waitingForTime(), quarter + "&certainty=" + Certainty.WAITING_FOR_TIME.code()),
                    figure(line.needsFigures(), quarter + "&certainty=" + Certainty.NEEDS_FIGURES.code()),
                    figure(line.needsSignOff(), quarter + "&certainty=" + Certainty.NEEDS_SIGN_OFF.code()),
                    figure(line.total(), quarter));
        }
        return table.build();
    }

    /**
     * The families expected in the quarter and of the certainty given (either null for any), the soonest first.
     */
    public List<ForecastFamily> families(FinancialQuarter quarter, Certainty certainty) {
        return families.stream().filter(family -> (quarter == null || family.quarter().equals(quarter))
                && (certainty == null || family.certainty() == certainty)).toList();
    }

    /** The families given, behind a figure, each linked to its page. */
    public static ReportTable familyTable(String caption, List<ForecastFamily> shown) {
        ReportTable.Builder table = ReportTable.builder("families", caption, "Family", "Expected on", "Quarter",
                "Certainty", "Waits for");
        for (ForecastFamily family : shown) {
            table.row(Cell.link(family.familyId(), "/families/" + family.familyId()),
                    Cell.text(family.expectedOn().toString()), Cell.text(family.quarter().code()),
                    Cell.text(family.certainty().words()),
                    Cell.text(family.waitsFor().isEmpty() ? "time" : String.join("; ", family.waitsFor())));
        }
        return table.build();
    }

    public ColumnChart chart() {
        long[][] values = new long[quarters.size()][];
        for (int i = 0; i < values.length; i++) {
            QuarterLine line = quarters.get(i);
            values[i] = new long[] {line.waitingForTime(), line.needsFigures(), line.needsSignOff()};
        }
        return ColumnChart.stacked("forecast-chart", "Claims expected per quarter, by how sure each is", summary(),
                List.of(Certainty.WAITING_FOR_TIME.words(), Certainty.NEEDS_FIGURES.words(),
                        Certainty.NEEDS_SIGN_OFF.words()), quarters.stream().map(line -> line.quarter().code()).toList(),
                values, 6, null, null);
    }

    /** A figure, linked to its families when there are any. */
    private static Cell figure(long count, String href) {
        return count == 0 ? Cell.number(0) : new Cell(Long.toString(count), href, true);
    }
}
