package org.hearth.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hearth.engine.measure.AllOf;
import org.hearth.engine.measure.Measure;
import org.hearth.engine.measure.MeasureContext;
import org.hearth.engine.measure.MeasureResult;
import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.ClaimRoute;
import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.io.generate.SyntheticAuthority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evaluation decides every indicator and outcome with {@link Measure#decide} and works out the
 * explanation later with {@link Measure#evaluate}; the two must never disagree, or a family would be
 * shown as met with an explanation that says not met. Every measure of every plan, and every part of
 * every combinator, is tested both ways on a generated authority, on several days, for indicators and
 * for outcomes, and narrowed to each member where a plan asks for the same person. Every record an
 * explanation cites is of a kind its measure says it reads.
 */
class DecisionsAgreeWithExplanationsTest {
    private static final String[] PLANS = {"southwark", "sunderland", "southampton", "worcestershire"};
    private static final LocalDate AS_OF = SyntheticAuthority.DATA_END;
    private static final List<Plan> LOADED = new ArrayList<>();
    private static List<FamilyTimeline> families;

    @BeforeAll
    static void generate() {
        LOADED.addAll(GeneratedAuthority.plans(PLANS));
        families = GeneratedAuthority.families(400, 11, LOADED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"southwark", "sunderland", "southampton", "worcestershire"})
    @DisplayName("every measure decides as its explanation says, on indicators and outcomes alike")
    void decisionsAgree(String planId) {
        Plan plan = LOADED.stream().filter(p -> p.id().equals(planId)).findFirst().orElseThrow();
        Check check = new Check();
        for (FamilyTimeline family : families) {
            Intervention intervention = family.interventionOn(AS_OF);
            LocalDate engaged = intervention == null ? AS_OF : intervention.engagedOn();
            // Indicators month by month in one run, as emerging problems are looked for, so that what
            // term measures decided is carried from day to day.
            MeasureContext run = MeasureContext.identification(family, engaged).forPlan(plan.id());
            for (int month = 0; month <= 19 && !engaged.plusMonths(month).isAfter(AS_OF); month++) {
                run = run.onDay(engaged.plusMonths(month));
                for (Problem problem : plan.problems()) {
                    for (Indicator indicator : problem.indicators()) {
                        check.tree(indicator.test(), run);
                    }
                }
            }
            for (LocalDate day : List.of(engaged, engaged.plusMonths(7), engaged.plusMonths(19))) {
                if (day.isAfter(AS_OF)) {
                    continue;
                }
                MeasureContext review = MeasureContext.review(family, AS_OF, day).forPlan(plan.id());
                for (Problem problem : plan.problems()) {
                    for (Outcome outcome : problem.outcomes()) {
                        for (Measure measure : outcome.measures()) {
                            check.tree(measure, review.withQuestion(outcome.id()));
                        }
                    }
                }
                for (ClaimRoute route : plan.programme().claimRoutes()) {
                    if (route.requires() != null) {
                        check.tree(route.requires(), review);
                    }
                }
            }
        }
        assertThat(check.disagreements).isEmpty();
        // What a family's page shows under a problem is what its measures read: every record an explanation
        // cites must be of a kind its measure says it reads, and the explanations cite records to check.
        assertThat(check.unread).isEmpty();
        assertThat(check.cited).isNotEmpty();
        // The families give every kind of answer, so the comparison has something to compare.
        assertThat(check.seen.get(Status.MET)).isGreaterThan(100);
        assertThat(check.seen.get(Status.NOT_MET)).isGreaterThan(100);
        assertThat(check.seen.get(Status.NOT_APPLICABLE)).isGreaterThan(0);
        assertThat(check.seen.get(Status.TOO_EARLY)).isGreaterThan(0);
    }

    /** Compares the two ways of testing a measure and its parts, and keeps every disagreement. */
    private static final class Check {
        final List<String> disagreements = new ArrayList<>();
        /** Records an explanation cites of a kind its measure does not say it reads ({@link Measure#reads}). */
        final List<String> unread = new ArrayList<>();
        final Map<String, Integer> cited = new TreeMap<>();
        final Map<Status, Integer> seen = new EnumMap<>(Map.of(Status.MET, 0, Status.NOT_MET, 0,
                Status.NOT_APPLICABLE, 0, Status.TOO_EARLY, 0));

        void tree(Measure measure, MeasureContext context) {
            Status decided = measure.decide(context);
            MeasureResult result = measure.evaluate(context.fresh());
            Status explained = result.status();
            seen.merge(explained, 1, Integer::sum);
            for (TimelineRecord record : result.explanation().cited()) {
                cited.merge(record.kind().name(), 1, Integer::sum);
                if (!measure.reads().contains(record.kind().name())) {
                    unread.add(record + " cited by " + measure + ", which reads " + measure.reads());
                }
            }
            if (decided != explained) {
                disagreements.add(context.family().familyId() + " on " + context.referenceDay() + ": decided "
                        + decided + ", explained " + explained + ": " + measure);
            }
            for (Measure part : measure.parts()) {
                tree(part, context);
            }
            if (measure instanceof AllOf all && all.samePerson()) {
                for (Person person : context.people(org.hearth.engine.measure.People.FAMILY)) {
                    for (Measure part : all.of()) {
                        tree(part, context.onlyFor(person.personId()));
                    }
                }
            }
        }
    }
}
