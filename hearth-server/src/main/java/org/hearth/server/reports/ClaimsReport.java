package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.hearth.server.claims.Claim;
import org.hearth.server.claims.ClaimState;
import org.hearth.server.reports.ReportTable.Cell;

/**
 * Claims per period and per organisation (docs/reports.md, Claims): every claim the user may see, counted by where it
 * stands now (docs/claims.md, States) in the claim period of its batch and under the organisation it is attributed to.
 * Each claim is counted once, in its present state: a claim accepted and then submitted is counted as submitted.
 *
 * @param periods       a line per claim period, earliest first
 * @param organisations a line per organisation the claims are attributed to (the lead organisation of the family's
 *                      intervention: the authority's own service or a partner), by name, then the claims with none
 */
public record ClaimsReport(List<Line> periods, List<Line> organisations) {
    /** What a claim whose intervention names no lead organisation is listed under. */
    static final String NO_ORGANISATION = "No lead organisation recorded";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** The claims of one period or organisation, by state. */
    public record Line(String label, long awaitingAudit, long accepted, long submitted, long rejected, long withdrawn) {

        /** Every claim prepared, whatever became of it. */
        public long prepared() {
            return awaitingAudit + accepted + submitted + rejected + withdrawn;
        }

        Line plus(ClaimState state) {
            return new Line(label, awaitingAudit + (state == ClaimState.AWAITING_AUDIT ? 1 : 0),
                    accepted + (state == ClaimState.ACCEPTED ? 1 : 0), submitted + (state == ClaimState.SUBMITTED ? 1 : 0),
                    rejected + (state == ClaimState.REJECTED ? 1 : 0), withdrawn + (state == ClaimState.WITHDRAWN ? 1 : 0));
        }
    }

    /** The report of the claims given: those the user may see. */
    static ClaimsReport of(List<Claim> claims) {
        List<Claim> byPeriod = claims.stream()
                .sorted(Comparator.comparing(Claim::periodFrom).thenComparing(Claim::periodTo)).toList();
        List<Claim> byOrganisation = claims.stream().sorted(Comparator.comparing(Claim::organisation,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
        return new ClaimsReport(lines(byPeriod, claim -> period(claim.periodFrom(), claim.periodTo())),
                lines(byOrganisation, claim -> claim.organisation() == null ? NO_ORGANISATION : claim.organisation()));
    }

    private static List<Line> lines(List<Claim> ordered, Function<Claim, String> label) {
        Map<String, Line> lines = new LinkedHashMap<>();
        for (Claim claim : ordered) {
            lines.merge(label.apply(claim), new Line(label.apply(claim), 0, 0, 0, 0, 0).plus(claim.state()),
                    (line, one) -> line.plus(claim.state()));
        }
        return new ArrayList<>(lines.values());
    }

    /** A claim period as the tables name it: "1 Jan 2019 to 31 Mar 2019". */
    static String period(LocalDate from, LocalDate to) {
        return DAY.format(from) + " to " + DAY.format(to);
    }

    public String summary() {
        long prepared = periods.stream().mapToLong(Line::prepared).sum();
        return String.format(Locale.UK, "%,d claims prepared: %,d submitted, %,d accepted and not yet submitted, %,d "
                        + "awaiting audit, %,d rejected by internal audit and %,d withdrawn.", prepared,
                sum(Line::submitted), sum(Line::accepted), sum(Line::awaitingAudit), sum(Line::rejected), sum(Line::withdrawn));
    }

    private long sum(ToLongFunction<Line> figure) {
        return periods.stream().mapToLong(figure).sum();
    }

    public ReportTable periodTable() {
        return table("periods", "Claims per claim period, by where each stands now", "Claim period", periods);
    }

    public ReportTable organisationTable() {
        return table("organisations", "Claims per organisation the work was led by, by where each stands now",
                "Organisation", organisations);
    }

    public ColumnChart periodChart() {
        return chart("periods-chart", "Claims per claim period that count: submitted, accepted, awaiting audit", periods);
    }

    public ColumnChart organisationChart() {
        return chart("organisations-chart", "Claims per organisation that count: submitted, accepted, awaiting audit",
                organisations);
    }

    private static ReportTable table(String id, String caption, String first, List<Line> lines) {
        ReportTable.Builder table = ReportTable.builder(id, caption, first, "Prepared", "Awaiting audit",
                "Accepted, not yet submitted", "Submitted", "Rejected", "Withdrawn", "Rejected (%)");
        for (Line line : lines) {
            table.row(Cell.text(line.label()), Cell.number(line.prepared()), Cell.number(line.awaitingAudit()),
                    Cell.number(line.accepted()), Cell.number(line.submitted()), Cell.number(line.rejected()),
                    Cell.number(line.withdrawn()), Cell.percent(line.rejected(), line.prepared()));
        }
        return table.build();
    }

    /** The claims that count for a family in its phase (submitted, accepted, awaiting audit), a column per line. */
    private ColumnChart chart(String id, String title, List<Line> lines) {
        long[][] values = new long[lines.size()][];
        for (int i = 0; i < values.length; i++) {
            Line line = lines.get(i);
            values[i] = new long[] {line.submitted(), line.accepted(), line.awaitingAudit()};
        }
        return ColumnChart.stacked(id, title, "Rejected and withdrawn claims are in the table, not the chart. " + summary(),
                List.of("Submitted", "Accepted, not yet submitted", "Awaiting audit"), lines.stream().map(Line::label).toList(), values, 8,
                null, null);
    }
}
