package org.hearth.engine.measure;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;

/**
 * Reads a measure written as a plan writes it, through the real plan loader, so that tests check the
 * YAML form each measure's Javadoc documents.
 */
final class MeasureInPlan {
    private MeasureInPlan() {
    }

    /** The measure given as the test of an indicator; {@code yaml} is the measure's lines, unindented. */
    static Measure read(String yaml) {
        String plan = """
                id: measure-form-test
                authority: Synthetic Borough
                title: A plan with one indicator
                version: "1"
                effective: {from: 2015-04-01}
                source: synthetic
                programme:
                  eligibility: {minimum_problems: 2}
                problems:
                  - id: "2"
                    theme: school_attendance
                    name: Children not attending school regularly
                    indicators:
                      - id: 2A
                        description: the measure under test
                        test:
                """ + yaml.indent(10) + """
                    outcomes: []
                """;
        Plan loaded = PlanLoader.withBuiltInSchema().load("measure-form-test.yaml", plan);
        return loaded.problems().get(0).indicators().get(0).test();
    }
}
