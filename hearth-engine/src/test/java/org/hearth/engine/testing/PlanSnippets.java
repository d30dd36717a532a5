package org.hearth.engine.testing;

import org.hearth.engine.measure.Measure;
import org.hearth.engine.plan.PlanLoader;

/**
 * Reads a measure written as a plan writer writes it, through the real plan loader (schema, binding
 * and checks), so that tests prove the YAML form each measure documents.
 */
public final class PlanSnippets {
    private static final PlanLoader LOADER = PlanLoader.withBuiltInSchema();

    private PlanSnippets() {
    }

    /** The measure given as the only outcome's {@code measure}; {@code yaml} is its lines, unindented. */
    public static Measure measure(String yaml) {
        String plan = """
                id: snippet
                authority: Synthetic Borough
                title: A plan with one outcome
                version: "1"
                effective: {from: 2015-04-01}
                source: written for a test
                programme: {eligibility: {minimum_problems: 2}}
                problems:
                  - id: "1"
                    theme: crime_asb
                    name: A problem
                    indicators:
                      - id: 1A
                        description: any offence in the last 12 months
                        test: {type: count_in_window, records: offences, window: {months: 12}}
                    outcomes:
                      - id: "1.1"
                        description: the measure under test
                        measure:
                """ + yaml.stripIndent().indent(10);
        return LOADER.load("snippet.yaml", plan).outcome("1.1").measure();
    }
}
