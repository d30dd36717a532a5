package org.hearth.server.plan;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hearth.engine.plan.Plan;
import org.springframework.stereotype.Component;

/**
 * The plans stored decisions were made under, for the words pages show beside them (a problem's name, an outcome's
 * description). Each version is read from its stored file once: a version never changes, and an authority holds a
 * handful.
 */
@Component
public class PlansInUse {
    private final PlanVersions versions;
    private final Map<Long, Plan> read = new ConcurrentHashMap<>();

    PlansInUse(PlanVersions versions) {
        this.versions = versions;
    }

    /**
     * The plan an evaluation run was made under, or null for no run.
     *
     * @param run a run as org.hearth.server.family.FamilyDirectory describes it (its {@code plan_version_id})
     */
    public Plan ofRun(Map<String, Object> run) {
        return run == null ? null : plan(((Number) run.get("plan_version_id")).longValue());
    }

    /** The plan of the stored version with this id. */
    public Plan plan(long planVersionId) {
        return read.computeIfAbsent(planVersionId, id -> versions.get(id).plan());
    }
}
