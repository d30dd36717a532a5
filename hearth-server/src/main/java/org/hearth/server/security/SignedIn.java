package org.hearth.server.security;

/**
 * A session's principal, by whichever route it signed in (a password, or the authority's identity provider): the
 * Hearth user it is. Everything that asks who is signed in asks this, so the routes cannot differ in what follows.
 */
sealed interface SignedIn permits UserAccount, OrganisationUser {

    CurrentUser user();
}
