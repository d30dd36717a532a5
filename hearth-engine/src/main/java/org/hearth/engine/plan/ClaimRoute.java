package org.hearth.engine.plan;

import org.hearth.engine.measure.Measure;

/**
 * A way a family can become claimable.
 *
 * @param route which route
 * @param outcome for the continuous-employment route, the outcome that shows it (e.g. "4.1")
 * @param requires a further test the whole claim must pass, such as Worcestershire's lead worker's
 *                 judgement that progress was made on every problem (a worker assessment)
 * @param description the plan's condition in plain words
 */
public record ClaimRoute(Route route, String outcome, Measure requires, String description) {

    public ClaimRoute {
        if (route == null) {
            throw new IllegalArgumentException("a claim route needs a route");
        }
        if (route == Route.CONTINUOUS_EMPLOYMENT && outcome == null) {
            throw new IllegalArgumentException("the continuous_employment route names its outcome");
        }
    }

    /** The two routes of the national financial framework. */
    public enum Route {
        SIGNIFICANT_AND_SUSTAINED_PROGRESS, CONTINUOUS_EMPLOYMENT;

        private final String code = name().toLowerCase(java.util.Locale.ROOT);

        /** The route's name in the JSON contract. */
        public String code() {
            return code;
        }
    }
}
