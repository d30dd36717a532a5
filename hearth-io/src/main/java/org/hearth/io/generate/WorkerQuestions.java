package org.hearth.io.generate;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.plan.Plan;
import org.hearth.io.generate.SyntheticAuthority.Question;

/**
 * The key-worker questions a set of plans asks, so the synthetic authority can answer some of them,
 * those of claim routes also when a claim is considered ({@code hearth generate --plan}, and tests that generate data).
 */
public final class WorkerQuestions {
    private WorkerQuestions() {
    }

    public static List<Question> of(List<Plan> plans) {
        List<Question> questions = new ArrayList<>();
        for (Plan plan : plans) {
            for (String question : plan.workerQuestions()) {
                questions.add(new Question(plan.id(), question, plan.claimQuestions().contains(question)));
            }
        }
        return questions;
    }
}
