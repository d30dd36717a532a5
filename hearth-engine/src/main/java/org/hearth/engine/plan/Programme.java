package org.hearth.engine.plan;

import java.util.List;

/**
 * The programme's rules: who is eligible, whether problems that emerge during the work count, and the
 * routes by which a payment-by-results claim can be made.
 *
 * @param emergingProblems problems identified after engagement are followed too (Sunderland)
 */
public record Programme(Eligibility eligibility, Boolean emergingProblems, List<ClaimRoute> claimRoutes) {

    public Programme {
        emergingProblems = emergingProblems != null && emergingProblems;
        claimRoutes = claimRoutes == null ? List.of() : List.copyOf(claimRoutes);
    }

    /**
     * Eligibility for the programme.
     *
     * @param minimumProblems how many problems a family must have (two, in every plan so far)
     * @param childUnderAge a family must include someone younger than this (Worcestershire note 1: 18)
     */
    public record Eligibility(int minimumProblems, Integer childUnderAge) {
        public Eligibility {
            if (minimumProblems < 1) {
                throw new IllegalArgumentException("minimum_problems must be at least 1");
            }
        }
    }
}
