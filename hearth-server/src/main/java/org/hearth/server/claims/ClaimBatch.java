package org.hearth.server.claims;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A batch of claims for a period of one programme phase: prepared by a coordinator, audited claim by claim, and
 * submitted as a whole, after which it is read-only.
 *
 * @param organisation the partner organisation whose coordinator prepared it, or null for the authority's
 * @param submitted whether it has been submitted
 */
public record ClaimBatch(long id, String phase, LocalDate periodFrom, LocalDate periodTo, String organisation,
                         boolean submitted, String preparedBy, Instant preparedAt, String submittedBy, Instant submittedAt) {
}
