package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.hearth.engine.timeline.Vocabulary;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.server.reports.ReportTable.Cell;

/**
 * The Early Help Strategy's service measures (Southwark's Families Matter Early Help Strategy 2015–2020, "Service
 * Outcomes"; docs/reports.md): step downs from social care and re-referrals within six months of a closure in a
 * period, month by month; the cases open at each tier on the review date (tier 4: "the number of cases managed by
 * social care at Tier 4"); and the families engaged whose last review, the decision they stand on now, found
 * measurable progress.
 *
 * @param from                   the period's first day
 * @param to                     the period's last day, not after the review date
 * @param openCases              the cases open at each tier at the end of the review date, the lowest tier first
 * @param cases                  families engaged in an intervention (the one their decision stands on)
 * @param withMeasurableProgress of those, the families with at least one outcome met on the review date
 */
public record ServiceMeasuresReport(LocalDate from, LocalDate to, LocalDate reviewDate, List<MonthMovements> months,
                                    List<TierCases> openCases, long cases, long withMeasurableProgress) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    /**
     * A month of the period (the part of it within the period): the step downs from social care made in it, by the
     * tier stepped down from, and the interventions engaged in it, with those that were re-referrals.
     */
    public record MonthMovements(YearMonth month, long stepDownsFromTier4, long stepDownsFromTier3, long engaged,
                                 long reReferrals) {
    }

    /**
     * The cases open at a tier.
     *
     * @param level 1 to 4
     * @param tier  the tier's code, as interventions.csv writes it
     */
    public record TierCases(int level, String tier, long cases) {
        static TierCases of(Tier tier, long cases) {
            return new TierCases(tier.level(), Vocabulary.code(tier), cases);
        }
    }

    public long stepDowns() {
        return months.stream().mapToLong(month -> month.stepDownsFromTier4() + month.stepDownsFromTier3()).sum();
    }

    public long engaged() {
        return months.stream().mapToLong(MonthMovements::engaged).sum();
    }

    public long reReferrals() {
        return months.stream().mapToLong(MonthMovements::reReferrals).sum();
    }

    /** The cases at tier 4 on the review date. */
    public long atTier4() {
        return openCases.stream().filter(line -> line.level() == Tier.CHILD_PROTECTION_OR_LOOKED_AFTER.level())
                .mapToLong(TierCases::cases).sum();
    }

    public String period() {
        return DAY.format(from) + " to " + DAY.format(to);
    }

    public String stepDownSummary() {
        return String.format(Locale.UK, "From %s, %,d cases stepped down from social care to a lower tier of support.",
                period(), stepDowns());
    }

    public String tierSummary() {
        long open = openCases.stream().mapToLong(TierCases::cases).sum();
        return String.format(Locale.UK, "On %s, %,d cases were open, %,d of them at tier 4 (child protection or looked "
                + "after).", DAY.format(reviewDate), open, atTier4());
    }

    public String reReferralSummary() {
        return String.format(Locale.UK, "From %s, %,d interventions began; %,d of them (%s%%) were re-referrals within "
                        + "six months of an earlier intervention's closure.", period(), engaged(), reReferrals(),
                share(reReferrals(), engaged()));
    }

    public String progressSummary() {
        return String.format(Locale.UK, "Of %,d families engaged, %,d (%s%%) had at least one outcome met at their last "
                        + "review, on %s.", cases, withMeasurableProgress, share(withMeasurableProgress, cases),
                DAY.format(reviewDate));
    }

    public ReportTable stepDownTable() {
        ReportTable.Builder table = ReportTable.builder("step-downs", "Step downs from social care to a lower tier, "
                + "month by month, " + period(), "Month", "From tier 4", "From tier 3", "Step downs");
        for (MonthMovements month : months) {
            table.row(Cell.text(TargetReport.MONTH.format(month.month())), Cell.number(month.stepDownsFromTier4()),
                    Cell.number(month.stepDownsFromTier3()),
                    Cell.number(month.stepDownsFromTier4() + month.stepDownsFromTier3()));
        }
        return table.build();
    }

    public ReportTable tierTable() {
        ReportTable.Builder table = ReportTable.builder("tiers", "Cases open at each tier on " + DAY.format(reviewDate),
                "Tier", "Tier of support", "Open cases");
        for (TierCases line : openCases) {
            table.row(Cell.text(Integer.toString(line.level())), Cell.text(line.tier()), Cell.number(line.cases()));
        }
        return table.build();
    }

    public ReportTable reReferralTable() {
        ReportTable.Builder table = ReportTable.builder("re-referrals", "Interventions engaged, and re-referrals within six "
                        + "months of a closure, month by month, " + period(), "Month", "Interventions engaged",
                "Re-referrals", "Re-referrals (%)");
        for (MonthMovements month : months) {
            table.row(Cell.text(TargetReport.MONTH.format(month.month())), Cell.number(month.engaged()),
                    Cell.number(month.reReferrals()), Cell.percent(month.reReferrals(), month.engaged()));
        }
        return table.build();
    }

    public ReportTable progressTable() {
        return ReportTable.builder("progress", "Families engaged, and those with measurable progress at their last "
                        + "review on " + DAY.format(reviewDate), "Families", "Number", "Share (%)")
                .row(Cell.text("Engaged in an intervention"), Cell.number(cases), Cell.percent(cases, cases))
                .row(Cell.text("With at least one outcome met"), Cell.number(withMeasurableProgress),
                        Cell.percent(withMeasurableProgress, cases))
                .build();
    }

    public ColumnChart stepDownChart() {
        long[][] values = new long[months.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new long[] {months.get(i).stepDownsFromTier4(), months.get(i).stepDownsFromTier3()};
        }
        return ColumnChart.stacked("step-down-chart", "Step downs from social care, month by month", stepDownSummary(),
                List.of("From tier 4", "From tier 3"), labels(), values, 12, null, null);
    }

    public ColumnChart tierChart() {
        long[][] values = new long[openCases.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = new long[] {openCases.get(i).cases()};
        }
        return ColumnChart.stacked("tier-chart", "Cases open at each tier", tierSummary(), List.of("Open cases"),
                openCases.stream().map(line -> "Tier " + line.level()).toList(), values, 4, null, null);
    }

    public ColumnChart reReferralChart() {
        long[][] values = new long[months.size()][];
        for (int i = 0; i < values.length; i++) {
            MonthMovements month = months.get(i);
            values[i] = new long[] {month.reReferrals(), month.engaged() - month.reReferrals()};
        }
        return ColumnChart.stacked("re-referral-chart", "Interventions engaged, month by month", reReferralSummary(),
                List.of("Re-referrals within six months", "Other interventions engaged"), labels(), values, 12, null, null);
    }

    public ColumnChart progressChart() {
        return ColumnChart.stacked("progress-chart", "Measurable progress at the last review", progressSummary(),
                List.of("At least one outcome met", "No outcome met yet"), List.of("Families engaged"),
                new long[][] {{withMeasurableProgress, cases - withMeasurableProgress}}, 1, null, null);
    }

    /** The part as a per cent of the whole, as the tables write it; 0 of nothing is 0. */
    private static String share(long part, long whole) {
        return whole == 0 ? "0" : Cell.percent(part, whole).text();
    }

    private List<String> labels() {
        return months.stream().map(month -> SHORT_MONTH.format(month.month())).toList();
    }
}
