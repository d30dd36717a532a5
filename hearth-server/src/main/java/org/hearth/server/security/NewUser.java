package org.hearth.server.security;

/** A user to be made, as an administrator describes them (their first password is given beside it). */
public record NewUser(String username, String displayName, Role role, Long teamId) {
}
