package org.hearth.engine.plan;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.measure.Measure;
import org.hearth.engine.timeline.RecordKind;

/**
 * A measure of significant and sustained progress on a problem.
 *
 * <p>An outcome has either one {@code measure}, or Worcestershire's two separate tests,
 * {@code significant} and {@code sustained}, both of which must be met.
 *
 * @param id the source's id ("1.1") or ours where the source has none
 * @param evidence the sources the plan names for it
 * @param keyWorkerQuestion the yes/no question the plan puts to key workers, in our words, if any
 * @param priority the plan marks the outcome as a priority (Southwark's "High")
 * @param appliesWhenIdentifiedBy the outcome counts only when the problem was identified by one of
 *        these indicators (Southwark's "(A, C, D, E)"); empty means always
 * @param alsoEvidences other problems on which meeting this outcome also shows progress (Sunderland)
 * @param sourceRef the source row
 * @param decisions how unclear parts of the source row were settled
 */
public record Outcome(String id, String description, List<String> evidence, String keyWorkerQuestion,
                      Boolean priority, List<String> appliesWhenIdentifiedBy, List<String> alsoEvidences,
                      Measure measure, Measure significant, Measure sustained, String sourceRef,
                      List<String> decisions) {

    public Outcome {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        priority = priority != null && priority;
        appliesWhenIdentifiedBy = appliesWhenIdentifiedBy == null ? List.of() : List.copyOf(appliesWhenIdentifiedBy);
        alsoEvidences = alsoEvidences == null ? List.of() : List.copyOf(alsoEvidences);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** True when the outcome is tested as separate significant and sustained measures. */
    public boolean twoPart() {
        return measure == null;
    }

    /** The outcome's measure, or its significant and sustained measures. */
    public List<Measure> measures() {
        return twoPart() ? List.of(significant, sustained) : List.of(measure);
    }

    /**
     * The kinds of record the outcome reads whose figures are reported only when a term or period ends ({@link
     * RecordKind#reportedAtPeriodEnd}: attendance, Universal Credit earnings), which the records held never have for a
     * term or period ending after the review date; none for most outcomes.
     */
    public List<RecordKind<?>> readsFiguresReportedAtPeriodEnd() {
        List<RecordKind<?>> kinds = new ArrayList<>();
        for (Measure part : measures()) {
            for (String kind : part.reads()) {
                RecordKind<?> read = RecordKind.named(kind);
                if (read != null && read.reportedAtPeriodEnd() && !kinds.contains(read)) {
                    kinds.add(read);
                }
            }
        }
        return kinds;
    }

    /** True when no data can meet the outcome without a key worker's signed-off yes: see {@link Measure#needsKeyWorkersAnswer}. */
    public boolean needsKeyWorkersAnswer() {
        return twoPart() ? significant.needsKeyWorkersAnswer() || sustained.needsKeyWorkersAnswer()
                : measure.needsKeyWorkersAnswer();
    }
}
