package org.hearth.server.family;

import java.util.List;

/** A family's line in a list: its decisions in the latest evaluation. */
public record FamilySummary(String familyId, boolean eligible, boolean claimable, String route, List<String> identified,
                            List<String> progressMet) {
}
