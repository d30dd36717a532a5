package org.hearth.server.screening;

import java.util.List;

/**
 * A family on the identification worklist: eligible under the plan on the review date and not engaged in an
 * intervention then, with the problems identified and the indicators that identified each.
 *
 * @param reference  the authority's own reference for the family, or null
 * @param keyWorker  the key worker the family is allocated to now, or null
 */
public record ScreenedFamily(String familyId, String reference, List<ScreenedProblem> problems, String keyWorker) {

    public ScreenedFamily {
        problems = List.copyOf(problems);
    }

    /** A problem identified: its id and name in the plan, and the indicators met with their explanations. */
    public record ScreenedProblem(String id, String name, List<MetIndicator> indicators) {
        public ScreenedProblem {
            indicators = List.copyOf(indicators);
        }
    }

    /** An indicator that identified the problem, and why it was met. */
    public record MetIndicator(String id, String explanation) {
    }
}
