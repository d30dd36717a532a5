package org.hearth.server.matching;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A pair of source people in the review queue: who they are in their sources, the match weight and its explanation,
 * each person's values side by side, and the decision once made.
 *
 * @param shown       each field's value for a and b, by field name
 * @param explanation each field's contribution to the weight, "; " between them
 * @param decision    {@code accepted} (one person), {@code rejected} (two), or null while it awaits review
 */
public record MatchPair(long id, String sourceA, String personA, String sourceB, String personB, double matchWeight,
                        double matchProbability, String why, Map<String, List<String>> shown, String explanation,
                        String queuedBy, Instant queuedAt, String decision, String decidedBy, Instant decidedAt,
                        String note) {

    /** Each field's contribution, as the page lists them. */
    public List<String> contributions() {
        return explanation.isBlank() ? List.of() : Arrays.asList(explanation.split("; "));
    }

    /** The field's part of the explanation ("family_name: exact (m …, u …, weight +8.18, tf +1.20)"), or "". */
    public String contributionOf(String field) {
        return contributions().stream().filter(part -> part.startsWith(field + ":")).findFirst().orElse("");
    }
}
