package org.hearth.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hearth.engine.measure.AllOf;
import org.hearth.engine.measure.AnyOf;
import org.hearth.engine.measure.Measure;
import org.hearth.engine.measure.WorkerAssessmentSignedOff;
import org.hearth.engine.plan.ClaimRoute;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.io.generate.SyntheticAuthority.Question;

/** The key-worker questions a set of plans asks, so the synthetic authority can answer some of them. */
final class WorkerQuestions {
    private WorkerQuestions() {
    }

    static List<Question> of(List<Plan> plans) {
        Set<Question> questions = new LinkedHashSet<>();
        for (Plan plan : plans) {
            for (Problem problem : plan.problems()) {
                for (Outcome outcome : problem.outcomes()) {
                    for (Measure measure : new Measure[] {outcome.measure(), outcome.significant(), outcome.sustained()}) {
                        collect(plan, measure, outcome.id(), questions);
                    }
                }
            }
            for (ClaimRoute route : plan.programme().claimRoutes()) {
                collect(plan, route.requires(), null, questions);
            }
        }
        return new ArrayList<>(questions);
    }

    private static void collect(Plan plan, Measure measure, String outcomeId, Set<Question> questions) {
        if (measure instanceof WorkerAssessmentSignedOff worker) {
            String question = worker.question() != null ? worker.question() : outcomeId;
            if (question != null) {
                questions.add(new Question(plan.id(), question));
            }
        } else if (measure instanceof AnyOf any) {
            any.of().forEach(part -> collect(plan, part, outcomeId, questions));
        } else if (measure instanceof AllOf all) {
            all.of().forEach(part -> collect(plan, part, outcomeId, questions));
        }
    }
}
