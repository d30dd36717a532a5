package org.hearth.engine.plan;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hearth.engine.measure.Measure;

/**
 * An authority's Family Outcomes Plan: the problems it recognises, the indicators that identify each,
 * and the outcomes that show significant and sustained progress. Read from a YAML file by
 * {@link PlanLoader}; immutable.
 *
 * @param id a short stable name, e.g. {@code southwark-fmop}
 * @param version the plan's version; a change to any threshold is a new version
 * @param source the document this plan encodes
 * @param decisions how unclear passages of the source were settled (also in docs/plan-decisions.md)
 */
public record Plan(String id, String authority, String title, String version, Effective effective, String source,
                   Programme programme, List<Problem> problems, List<String> decisions) {

    public Plan {
        problems = List.copyOf(problems);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
    }

    /** The days the plan is in force (to is null while it still is). */
    public record Effective(LocalDate from, LocalDate to) {
    }

    /** The problem with the given id, or null. */
    public Problem problem(String problemId) {
        for (Problem problem : problems) {
            if (problem.id().equals(problemId)) {
                return problem;
            }
        }
        return null;
    }

    /** The outcome with the given id in any problem, or null. */
    public Outcome outcome(String outcomeId) {
        for (Problem problem : problems) {
            for (Outcome outcome : problem.outcomes()) {
                if (outcome.id().equals(outcomeId)) {
                    return outcome;
                }
            }
        }
        return null;
    }

    /** The problem that holds the outcome with the given id, or null. */
    public Problem problemOf(String outcomeId) {
        for (Problem problem : problems) {
            for (Outcome outcome : problem.outcomes()) {
                if (outcome.id().equals(outcomeId)) {
                    return problem;
                }
            }
        }
        return null;
    }

    /**
     * The key-worker questions the plan asks, each once: those of its outcomes' measures (an outcome's
     * own id unless a measure names another question) and of its claim routes.
     */
    public List<String> workerQuestions() {
        Set<String> questions = new LinkedHashSet<>();
        for (Problem problem : problems) {
            for (Outcome outcome : problem.outcomes()) {
                for (Measure measure : outcome.measures()) {
                    questions.addAll(measure.questions(outcome.id()));
                }
            }
        }
        questions.addAll(claimQuestions());
        return List.copyOf(questions);
    }

    /**
     * The key-worker questions its claim routes ask (Worcestershire's lead worker's judgement), each
     * once: asked when a claim is considered rather than about one outcome.
     */
    public List<String> claimQuestions() {
        Set<String> questions = new LinkedHashSet<>();
        for (ClaimRoute route : programme.claimRoutes()) {
            if (route.requires() != null) {
                questions.addAll(route.requires().questions(null));
            }
        }
        return List.copyOf(questions);
    }

    /** "southwark-fmop 2015.1". */
    public String label() {
        return id + " " + version;
    }
}
