package org.hearth.server.security;

import java.time.Instant;

/** A user as an administrator sees them in the list of users. */
public record HearthUser(String username, String displayName, Role role, Long teamId, String teamName, boolean enabled,
                         Instant createdAt) {
}
