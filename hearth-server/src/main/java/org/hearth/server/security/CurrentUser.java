package org.hearth.server.security;

import java.io.Serializable;

/**
 * The signed-in user, as the rest of the server sees them: a controller takes it as a parameter
 * ({@code String page(CurrentUser user)}), and templates find it as {@code currentUser}.
 *
 * @param teamId the user's team, or null for a role that needs none ({@link Role#needsTeam})
 * @param organisation the partner organisation the user works for (a lead organisation as interventions.csv names it),
 *        whose families and claims alone they see ({@link Access}); null for the authority's own staff
 */
public record CurrentUser(String username, String displayName, Role role, Long teamId, String organisation)
        implements Serializable {

    /** One of the authority's own staff, of no partner organisation. */
    public CurrentUser(String username, String displayName, Role role, Long teamId) {
        this(username, displayName, role, teamId, null);
    }
}
