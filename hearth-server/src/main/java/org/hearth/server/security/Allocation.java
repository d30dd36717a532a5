package org.hearth.server.security;

import java.time.Instant;

/** A family's allocation to a key worker and team; {@code endedAt} is null for the current one. */
public record Allocation(String familyId, String keyWorker, long teamId, Instant allocatedAt, String allocatedBy,
                         Instant endedAt) {
}
