package org.hearth.io.screening;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.IndicatorResult;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Membership;
import org.hearth.io.SpreadsheetCell;

/**
 * The identification worklist (issue 14, item 4; docs/data-in.md, "hearth screen"; the server's what-if writes it for
 * a draft or another built-in plan): the families of the whole
 * population that the plan makes eligible on the screening date and that are not engaged in an intervention then,
 * with the problems and indicators that put them there and each indicator's explanation, most problems first: the
 * authority's list of families to allocate. Eligibility is the engine's decision (two or more problems, and what else
 * the plan asks), made for a family not engaged as at the screening date itself.
 */
public final class ScreeningWorklist {
    /** A family on the worklist. */
    public record Entry(String familyId, String reference, String interventionId, List<String> problems, List<String> indicators,
                 int members, int children, String why) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byProblem = new LinkedHashMap<>();
    private final boolean withEngaged;
    private int screened;
    private int eligible;

    /** @param withEngaged list eligible families engaged in an intervention too (marked by its id) */
    public ScreeningWorklist(Plan plan, boolean withEngaged) {
        this.withEngaged = withEngaged;
        plan.problems().forEach(problem -> byProblem.put(problem.id(), 0));
    }

    /** The family's entry, or null when it is not on the worklist; worked out on any thread. */
    public static Entry entry(FamilyTimeline family, FamilyEvaluation evaluation, String reference, boolean withEngaged) {
        if (!evaluation.eligible() || evaluation.interventionId() != null && !withEngaged) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        List<String> why = new ArrayList<>();
        for (ProblemEvaluation problem : evaluation.problems()) {
            if (problem.identified()) {
                problems.add(problem.problemId());
                for (IndicatorResult indicator : problem.indicators()) {
                    if (indicator.met()) {
                        indicators.add(problem.problemId() + ":" + indicator.indicatorId());
                        why.add(indicator.indicatorId() + ": " + indicator.result().explanation().text());
                    }
                }
            }
        }
        LocalDate day = evaluation.asOf();
        List<Membership> members = family.membersOn(day);
        int children = (int) members.stream().map(member -> family.person(member.personId()))
                .filter(person -> person.ageOn(day) < 18).count();
        return new Entry(family.familyId(), reference, evaluation.interventionId(), problems, indicators, members.size(),
                children, String.join(" | ", why));
    }

    /** Counts a family screened, and keeps its entry when it has one. */
    public void add(FamilyEvaluation evaluation, Entry entry) {
        screened++;
        if (evaluation.eligible()) {
            eligible++;
        }
        if (entry != null) {
            entries.add(entry);
            entry.problems().forEach(problem -> byProblem.merge(problem, 1, Integer::sum));
        }
    }

    /** How many families were screened, how many are eligible, and how many are on the worklist. */
    public int screened() {
        return screened;
    }

    public int eligible() {
        return eligible;
    }

    public int listed() {
        return entries.size();
    }

    /** The worklist as CSV in UTF-8, most problems first, then by family id. */
    public void write(OutputStream out) {
        write(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The worklist as CSV, most problems first, then by family id. */
    public void write(Writer writer) {
        List<Entry> sorted = entries.stream().sorted(Comparator.comparing((Entry entry) -> -entry.problems().size())
                .thenComparing(Entry::familyId)).toList(); // a copy: a worklist kept may be written again, at once
        CsvWriter csv = CsvWriter.builder().build(writer);
        csv.writeRecord("family_id", "reference", "intervention_id", "problems_identified", "problems", "indicators",
                "members", "children", "why");
        for (Entry entry : sorted) {
            csv.writeRecord(SpreadsheetCell.safe(entry.familyId()), SpreadsheetCell.safe(entry.reference() == null ? "" : entry.reference()),
                    SpreadsheetCell.safe(entry.interventionId() == null ? "" : entry.interventionId()), Integer.toString(entry.problems().size()),
                    SpreadsheetCell.safe(String.join(";", entry.problems())),
                    SpreadsheetCell.safe(String.join(";", entry.indicators())), Integer.toString(entry.members()),
                    Integer.toString(entry.children()), SpreadsheetCell.safe(entry.why()));
        }
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What was screened and found, for the console. */
    public void summarise(PrintWriter err, LocalDate day) {
        err.printf("screened %,d families as at %s: %,d eligible; %,d on the worklist (%s)%n", screened, day, eligible,
                entries.size(), withEngaged ? "engaged or not" : "not engaged in an intervention");
        byProblem.forEach((problem, families) -> err.printf("  problem %-4s %,7d families on the worklist%n", problem,
                families));
    }

}
