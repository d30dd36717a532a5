package org.hearth.server.security;

import java.time.Instant;

/**
 * A user as an administrator sees them in the list of users.
 *
 * @param organisation the partner organisation they work for, or null for the authority's own staff
 * @param twoFactor    whether they have a second factor for signing in with their password ({@link SecondFactors})
 */
public record HearthUser(String username, String displayName, Role role, Long teamId, String teamName, String organisation,
                         boolean enabled, Instant createdAt, boolean twoFactor) {
}
