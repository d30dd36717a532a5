package org.hearth.server.security;

/**
 * A user to be made, as an administrator describes them (their first password is given beside it).
 *
 * @param organisation the partner organisation they work for, or null (or blank) for the authority's own staff
 */
public record NewUser(String username, String displayName, Role role, Long teamId, String organisation) {

    /** One of the authority's own staff. */
    public NewUser(String username, String displayName, Role role, Long teamId) {
        this(username, displayName, role, teamId, null);
    }

    /** The organisation as stored: stripped, and null when none was given. */
    String organisationOrNull() {
        return organisation == null || organisation.isBlank() ? null : organisation.strip();
    }
}
