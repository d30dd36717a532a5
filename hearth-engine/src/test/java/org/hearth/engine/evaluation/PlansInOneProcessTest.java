package org.hearth.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.measure.CountInWindow;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A server evaluates many plans and versions in one process for years: a draft beside the plan in
 * force, every version an authority ever had. Nothing a plan is made of may be kept by the engine
 * once the plan is dropped, and no plan's rules may leak into another's results, even where they use
 * the same ids.
 */
class PlansInOneProcessTest {
    private static final PlanLoader LOADER = PlanLoader.withBuiltInSchema();
    private static final LocalDate REVIEW = d("2016-06-01");

    /** A child aged 15 on the review date, with one proven offence five months before it. */
    private static final FamilyTimeline FAMILY = FamilyFixture.family("F1").mother("M", "1980-01-01")
            .child("C", "2001-03-04")
            .record(new Offence("OF-1", "C", d("2016-01-01"), Disposal.YOUTH_CAUTION, false, null, "YOS"))
            .build();

    /**
     * A plan of two problems (both identified by one offence), whose offending indicator looks back
     * {@code months} over young people aged {@code minAge} to {@code maxAge}.
     */
    private static Plan plan(String version, int months, int minAge, int maxAge) {
        String problem = """
                  - id: "%1$s"
                    theme: %2$s
                    name: Problem %1$s
                    indicators:
                      - id: %1$sA
                        description: a young person's proven offence
                        test:
                          type: count_in_window
                          records: offences
                          where: {proven: true}
                          people: {group: young_people, min_age: %3$d, max_age: %4$d}
                          window: {months: %5$d}
                    outcomes:
                      - id: "%1$s.1"
                        description: no offending in the last six months
                        measure: {type: none_in_window, records: offences, window: {months: 6}}
                """;
        return LOADER.load("variant.yaml", """
                id: variant
                authority: Synthetic Borough
                title: One plan in many versions
                version: "%s"
                effective: {from: 2015-04-01}
                source: written for a test
                programme: {eligibility: {minimum_problems: 2}}
                problems:
                """.formatted(version)
                + problem.formatted("1", "crime_asb", minAge, maxAge, months)
                + problem.formatted("2", "children_need_help", minAge, maxAge, months));
    }

    /**
     * Whether the family's offence, five months before the review, falls in the plan's window, and the
     * child (born 4 March 2001) was in the plan's ages on some day of it (docs/evaluation.md §6).
     */
    private static boolean identifies(int months, int minAge, int maxAge) {
        LocalDate windowStart = REVIEW.plusDays(1).minusMonths(months);
        int youngest = java.time.Period.between(d("2001-03-04"), windowStart).getYears();
        return months >= 6 && youngest <= maxAge && 15 >= minAge;
    }

    @Test
    @DisplayName("two plans with the same ids and different rules, evaluated side by side, each give their own results")
    void samePlanIdsDifferentRules() {
        Plan wide = plan("1", 12, 10, 17);
        Plan narrow = plan("2", 3, 10, 17);
        Plan older = plan("3", 12, 16, 24);

        for (int round = 0; round < 3; round++) {
            assertThat(Evaluator.evaluate(wide, FAMILY, REVIEW).eligible()).isTrue();
            assertThat(Evaluator.evaluate(narrow, FAMILY, REVIEW).eligible()).as("offence outside 3 months").isFalse();
            assertThat(Evaluator.evaluate(older, FAMILY, REVIEW).eligible()).as("the child is 15, not 16 to 24").isFalse();
        }
    }

    @Test
    @DisplayName("1,000 versions of a plan loaded and evaluated in one process: each decides by its own rules, and none is kept after")
    void aThousandVersionsLeaveNothingBehind() throws InterruptedException {
        long before = usedAfterCollecting();
        List<WeakReference<Object>> made = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int months = 1 + i % 150; // beyond the usual lengths made once, to 150 months
            int minAge = i % 17;
            int maxAge = minAge + i % 9;
            Plan plan = plan("v" + i, months, minAge, maxAge);
            assertThat(Evaluator.evaluate(plan, FAMILY, REVIEW).eligible()).as("version %d", i)
                    .isEqualTo(identifies(months, minAge, maxAge));
            CountInWindow test = (CountInWindow) plan.problems().get(0).indicators().get(0).test();
            made.add(new WeakReference<>(plan));
            made.add(new WeakReference<>(test.people()));
            made.add(new WeakReference<>(test.window().period()));
        }
        long after = usedAfterCollecting();

        // Periods of up to 60 months are made once when the class loads; every other object goes.
        assertThat(made.stream().filter(ref -> ref.get() != null && !(ref.get() instanceof org.hearth.engine.measure.Period
                period && period.months() <= 60))).as("objects of dropped plans still reachable").isEmpty();
        assertThat(after - before).as("heap kept after 1,000 plans, in bytes").isLessThan(4L << 20);
    }

    private static long usedAfterCollecting() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(20);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
