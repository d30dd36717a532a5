package org.hearth.engine.plan;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hearth.engine.measure.AllOf;
import org.hearth.engine.measure.AnyOf;
import org.hearth.engine.measure.Measure;
import org.hearth.engine.measure.RecordSelection;
import org.hearth.engine.measure.WorkerAssessmentSignedOff;

/**
 * The checks a schema cannot make: ids unique, references resolved, record filters naming real
 * fields and values. Each finding carries the JSON pointer of the field at fault.
 */
final class PlanChecks {
    private final List<Finding> findings = new ArrayList<>();

    private PlanChecks() {
    }

    /** One problem found, at a JSON pointer. */
    record Finding(String pointer, String message) {
    }

    static List<Finding> check(Plan plan) {
        PlanChecks checks = new PlanChecks();
        checks.plan(plan);
        return checks.findings;
    }

    private void plan(Plan plan) {
        if (plan.effective() != null && plan.effective().to() != null
                && plan.effective().to().isBefore(plan.effective().from())) {
            add("/effective/to", "the plan ends (" + plan.effective().to() + ") before it starts (" + plan.effective().from() + ")");
        }
        Set<String> problemIds = new HashSet<>();
        Set<String> outcomeIds = new HashSet<>();
        for (int p = 0; p < plan.problems().size(); p++) {
            Problem problem = plan.problems().get(p);
            String at = "/problems/" + p;
            if (!problemIds.add(problem.id())) {
                add(at + "/id", "problem id '" + problem.id() + "' is used twice");
            }
            problem(plan, problem, at, outcomeIds);
        }
        List<ClaimRoute> routes = plan.programme().claimRoutes();
        for (int r = 0; r < routes.size(); r++) {
            ClaimRoute route = routes.get(r);
            String at = "/programme/claim_routes/" + r;
            if (route.outcome() != null && plan.outcome(route.outcome()) == null) {
                add(at + "/outcome", "claim route names outcome '" + route.outcome() + "', which the plan does not have");
            }
            if (route.requires() != null) {
                measure(route.requires(), at + "/requires", false);
            }
        }
    }

    private void problem(Plan plan, Problem problem, String at, Set<String> outcomeIds) {
        Set<String> indicatorIds = new HashSet<>();
        for (int i = 0; i < problem.indicators().size(); i++) {
            Indicator indicator = problem.indicators().get(i);
            String here = at + "/indicators/" + i;
            if (!indicatorIds.add(indicator.id())) {
                add(here + "/id", "indicator id '" + indicator.id() + "' is used twice in problem " + problem.id());
            }
            measure(indicator.test(), here + "/test", false);
        }
        Set<String> own = new HashSet<>();
        for (int o = 0; o < problem.outcomes().size(); o++) {
            Outcome outcome = problem.outcomes().get(o);
            String here = at + "/outcomes/" + o;
            own.add(outcome.id());
            if (!outcomeIds.add(outcome.id())) {
                add(here + "/id", "outcome id '" + outcome.id() + "' is used twice in the plan");
            }
            for (int k = 0; k < outcome.appliesWhenIdentifiedBy().size(); k++) {
                String id = outcome.appliesWhenIdentifiedBy().get(k);
                if (problem.indicator(id) == null) {
                    add(here + "/applies_when_identified_by/" + k, "'" + id + "' is not an indicator of problem " + problem.id());
                }
            }
            for (int k = 0; k < outcome.alsoEvidences().size(); k++) {
                String id = outcome.alsoEvidences().get(k);
                if (plan.problem(id) == null || id.equals(problem.id())) {
                    add(here + "/also_evidences/" + k, "'" + id + "' is not another problem of the plan");
                }
            }
            if ((outcome.measure() == null) == (outcome.significant() == null && outcome.sustained() == null)
                    || (outcome.measure() == null && (outcome.significant() == null || outcome.sustained() == null))) {
                add(here, "an outcome has either measure, or both significant and sustained");
            }
            for (String part : new String[] {"measure", "significant", "sustained"}) {
                Measure measure = switch (part) {
                    case "measure" -> outcome.measure();
                    case "significant" -> outcome.significant();
                    default -> outcome.sustained();
                };
                if (measure != null) {
                    measure(measure, here + "/" + part, true);
                }
            }
        }
        for (int g = 0; g < problem.progress().groups().size(); g++) {
            List<String> group = problem.progress().groups().get(g);
            for (int k = 0; k < group.size(); k++) {
                if (!own.contains(group.get(k))) {
                    add(at + "/progress/every_group/" + g + "/" + k,
                            "'" + group.get(k) + "' is not an outcome of problem " + problem.id());
                }
            }
        }
    }

    /** Walks a measure and everything inside it, checking record selections and worker questions. */
    private void measure(Measure measure, String at, boolean inOutcome) {
        if (measure instanceof WorkerAssessmentSignedOff worker && worker.question() == null && !inOutcome) {
            add(at, "a worker_assessment outside an outcome must name its question");
        }
        if (measure instanceof AnyOf any) {
            for (int i = 0; i < any.of().size(); i++) {
                measure(any.of().get(i), at + "/of/" + i, inOutcome);
            }
            return;
        }
        if (measure instanceof AllOf all) {
            for (int i = 0; i < all.of().size(); i++) {
                measure(all.of().get(i), at + "/of/" + i, inOutcome);
            }
            return;
        }
        for (RecordComponent component : measure.getClass().getRecordComponents()) {
            Object value = read(component, measure);
            if (value instanceof RecordSelection selection) {
                selection(selection, component.getName().equals("selection") ? at : at + "/" + snake(component.getName()));
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof RecordSelection selection) {
                        selection(selection, at + "/" + snake(component.getName()) + "/" + i);
                    }
                }
            }
        }
    }

    private void selection(RecordSelection selection, String at) {
        if (selection.problem() != null) {
            add(at + (selection.where().isEmpty() ? "/records" : "/where"), selection.problem());
        }
    }

    private static Object read(RecordComponent component, Object owner) {
        try {
            return component.getAccessor().invoke(owner);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }

    private static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private void add(String pointer, String message) {
        findings.add(new Finding(pointer, message));
    }
}
