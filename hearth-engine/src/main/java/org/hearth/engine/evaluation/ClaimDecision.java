package org.hearth.engine.evaluation;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.plan.ClaimRoute;

/**
 * Whether a payment-by-results claim is due for the family on the review date, by which route, and why.
 *
 * @param route the route that made the family claimable, or null when it is not
 */
public record ClaimDecision(boolean claimable, ClaimRoute.Route route, Explanation explanation) {

    static ClaimDecision notClaimable(Explanation why) {
        return new ClaimDecision(false, null, why);
    }

    static ClaimDecision claimable(ClaimRoute.Route route, Explanation why) {
        return new ClaimDecision(true, route, why);
    }
}
