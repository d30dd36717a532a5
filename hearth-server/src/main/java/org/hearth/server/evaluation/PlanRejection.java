package org.hearth.server.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.HearthException;
import org.hearth.engine.plan.InvalidPlanException;
import org.hearth.engine.plan.PlanError;

/**
 * Why a plan file was not accepted, in the words {@code hearth plan validate} prints, for the API and the pages that
 * take a plan: adding a version, and a draft to compare (what if).
 */
public final class PlanRejection {
    private PlanRejection() {
    }

    /** Each of the validator's errors, or the one reason (a version already held with other content). */
    public static List<String> reasons(HearthException rejection) {
        if (!(rejection instanceof InvalidPlanException invalid)) {
            return List.of(rejection.getMessage());
        }
        List<String> errors = new ArrayList<>();
        for (PlanError error : invalid.errors()) {
            errors.add(error.toString());
        }
        return errors;
    }
}
