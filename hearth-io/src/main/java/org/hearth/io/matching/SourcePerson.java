package org.hearth.io.matching;

import java.time.LocalDate;

/**
 * One row of a staged source folder's {@code persons.csv}: a person as one source records them, before matching
 * (docs/data-in.md, "The staged source folder"). Every value but the source and its person id may be null.
 */
public record SourcePerson(SourcePersonKey key, String provider, String upn, String formerUpn, String nhsNumber,
        String niNumber, String localChildId, String givenName, String familyName, String formerFamilyName,
        LocalDate dateOfBirth, String sex, String postcode, String address, String uprn, String householdRef) {

    public SourcePerson {
        if (key == null) {
            throw new IllegalArgumentException("a source person needs its source and its id within it");
        }
    }
}
