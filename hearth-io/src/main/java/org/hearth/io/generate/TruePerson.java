package org.hearth.io.generate;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person of the generated population as they really are: the truth the sources record, each in its own way.
 * {@code formerFamilyName} is the name before a change (marriage); {@code previousPostcode} where they lived before
 * their last move.
 */
record TruePerson(String id, boolean female, String givenName, String familyName, String formerFamilyName,
        LocalDate dateOfBirth, String postcode, String previousPostcode, String upn, String nhsNumber, String niNumber,
        String localChildId, String householdId) {

    boolean child(LocalDate on) {
        return dateOfBirth.plusYears(18).isAfter(on);
    }

    int age(LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }
}
