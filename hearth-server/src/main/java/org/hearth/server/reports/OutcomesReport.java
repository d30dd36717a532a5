package org.hearth.server.reports;

import java.util.List;
import java.util.Locale;

import org.hearth.server.reports.ReportTable.Cell;

/**
 * Outcomes achieved (docs/reports.md): per problem of the plan, the families identified with it and those that made
 * the plan's progress on it; per outcome, among the families whose problem was identified and to whom the outcome
 * is relevant, how many met it and how many have not yet, by status on the review date.
 *
 * @param families   the families counted: every family the user may see that has a decision
 * @param identified of those, the families identified with at least one problem
 */
public record OutcomesReport(long families, long identified, List<ProblemLine> problems, List<OutcomeLine> outcomes) {

    /** A problem: its families identified, and those that made progress on it. */
    public record ProblemLine(String problemId, String name, long identified, long progressMade) {
    }

    /**
     * An outcome: the families to whom it is relevant (their problem identified, and identified by an indicator the
     * outcome applies to), and how many of them stand at each status.
     */
    public record OutcomeLine(String problemId, String outcomeId, String description, boolean priority, long relevant,
                              long met, long tooEarly, long notMet, long notApplicable) {
    }

    public String summary() {
        long progress = problems.stream().mapToLong(ProblemLine::progressMade).sum();
        long met = outcomes.stream().mapToLong(OutcomeLine::met).sum();
        return String.format(Locale.UK, "Of %,d families, %,d are identified with at least one problem. Across the "
                + "plan's problems, progress has been made %,d times, and outcomes have been met %,d times.",
                families, identified, progress, met);
    }

    public ReportTable problemTable() {
        ReportTable.Builder table = ReportTable.builder("problems", "Families identified with each problem, and those "
                + "that made progress on it", "Problem", "Name", "Identified", "Progress made", "Progress made (%)");
        for (ProblemLine line : problems) {
            table.row(Cell.text(line.problemId()), Cell.text(line.name()), Cell.number(line.identified()),
                    Cell.number(line.progressMade()), Cell.percent(line.progressMade(), line.identified()));
        }
        return table.build();
    }

    public ReportTable outcomeTable() {
        ReportTable.Builder table = ReportTable.builder("outcomes", "Each outcome among the families to whom it is "
                        + "relevant, by its status on the review date", "Outcome", "Problem", "Priority", "Relevant",
                "Met", "Met (%)", "Too early", "Not met", "Not applicable");
        for (OutcomeLine line : outcomes) {
            table.row(Cell.text(line.outcomeId()), Cell.text(line.problemId()), Cell.text(line.priority() ? "yes" : "no"),
                    Cell.number(line.relevant()), Cell.number(line.met()), Cell.percent(line.met(), line.relevant()),
                    Cell.number(line.tooEarly()), Cell.number(line.notMet()), Cell.number(line.notApplicable()));
        }
        return table.build();
    }

    /** Per problem: progress made, and identified without progress yet. */
    public ColumnChart problemChart() {
        long[][] values = new long[problems.size()][];
        for (int i = 0; i < values.length; i++) {
            ProblemLine line = problems.get(i);
            values[i] = new long[] {line.progressMade(), line.identified() - line.progressMade()};
        }
        return ColumnChart.stacked("problems-chart", "Families identified with each problem, and progress made",
                String.format(Locale.UK, "Per problem, the families identified with it, split into those that made "
                        + "progress and those that have not yet. %s", summary()),
                List.of("Progress made", "Identified, no progress yet"),
                problems.stream().map(line -> "Problem " + line.problemId()).toList(), values, 12, null, null);
    }

    /** Per outcome: met, too early, not met, of the families to whom it is relevant (not applicable left out). */
    public ColumnChart outcomeChart() {
        long[][] values = new long[outcomes.size()][];
        for (int i = 0; i < values.length; i++) {
            OutcomeLine line = outcomes.get(i);
            values[i] = new long[] {line.met(), line.tooEarly(), line.notMet()};
        }
        long met = outcomes.stream().mapToLong(OutcomeLine::met).sum();
        long relevant = outcomes.stream().mapToLong(line -> line.relevant() - line.notApplicable()).sum();
        return ColumnChart.stacked("outcomes-chart", "Outcomes met, too early and not met",
                String.format(Locale.UK, "Per outcome, the families to whom it is relevant and applies: %,d of %,d "
                        + "such family outcomes are met; the table gives each outcome's figures.", met, relevant),
                List.of("Met", "Too early", "Not met"), outcomes.stream().map(OutcomeLine::outcomeId).toList(), values,
                20, null, null);
    }
}
