package org.hearth.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.generate.SyntheticAuthority;

/** The built-in plans and a synthetic authority whose key workers answer the plans' questions, for tests. */
final class GeneratedAuthority {
    private GeneratedAuthority() {
    }

    /** The built-in plans of the given names, read from the classpath (/plans/NAME.yaml). */
    static List<Plan> plans(String... names) {
        List<Plan> plans = new ArrayList<>();
        for (String name : names) {
            try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                    Plan.class.getResourceAsStream("/plans/" + name + ".yaml")), StandardCharsets.UTF_8)) {
                plans.add(PlanLoader.withBuiltInSchema().load(name + ".yaml", reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return plans;
    }

    /**
     * The timelines of a generated authority whose key workers answer every question of the plans. Call it
     * from a test's set-up, not a static initialiser: generation runs on worker threads, which must not wait
     * for the calling class to finish initialising.
     */
    static List<FamilyTimeline> families(int families, long seed, List<Plan> plans) {
        Set<SyntheticAuthority.Question> questions = new LinkedHashSet<>();
        for (Plan plan : plans) {
            for (String question : plan.workerQuestions()) {
                questions.add(new SyntheticAuthority.Question(plan.id(), question, plan.claimQuestions().contains(question)));
            }
        }
        return new SyntheticAuthority(families, seed, List.copyOf(questions)).generate(i -> { }).timelines();
    }
}
