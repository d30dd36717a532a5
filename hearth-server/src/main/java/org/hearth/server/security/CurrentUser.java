package org.hearth.server.security;

import java.io.Serializable;

/**
 * The signed-in user, as the rest of the server sees them: a controller takes it as a parameter
 * ({@code String page(CurrentUser user)}), and templates find it as {@code currentUser}.
 *
 * @param teamId the user's team, or null for a role that needs none ({@link Role#needsTeam})
 */
public record CurrentUser(String username, String displayName, Role role, Long teamId) implements Serializable {
}
