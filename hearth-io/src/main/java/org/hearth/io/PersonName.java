package org.hearth.io;

/**
 * A person's name as people.csv gives it ({@code given_name}, {@code family_name}), kept beside the engine's
 * {@link org.hearth.engine.timeline.Person}, never in it: a name is for finding the person's family, and the
 * engine, which decides, has no use for it. Either part may be absent, not both.
 *
 * @param givenName the given name or names, or null
 * @param familyName the family name (surname), or null
 */
public record PersonName(String givenName, String familyName) {

    public PersonName {
        if (givenName == null && familyName == null) {
            throw new IllegalArgumentException("a name has a given name, a family name or both");
        }
    }

    /** The name, or null when neither part is given. */
    public static PersonName of(String givenName, String familyName) {
        return givenName == null && familyName == null ? null : new PersonName(givenName, familyName);
    }
}
