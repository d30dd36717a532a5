package org.hearth.engine.plan;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The plan reader under a coverage-guided fuzzer (Jazzer): any bytes at all are either a plan or a
 * plan error ({@link InvalidPlanException}), never another exception, a hang or a crash. Run as a
 * JUnit test it replays the seed inputs (the built-in plans and small faulty ones, copied in by the
 * build); with {@code JAZZER_FUZZ=1} it fuzzes for the time given, as {@code .ci/run} does.
 */
class PlanLoaderFuzzTest {
    private static final PlanLoader LOADER = PlanLoader.withBuiltInSchema();

    @FuzzTest(maxDuration = "60s")
    void anyBytesArePlanOrPlanError(byte[] bytes) {
        try {
            LOADER.load("fuzzed.yaml", new String(bytes, StandardCharsets.UTF_8));
        } catch (InvalidPlanException e) {
            // rejected with the reader's own error: what the contract asks
        }
    }
}
