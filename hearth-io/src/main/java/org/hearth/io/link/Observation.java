package org.hearth.io.link;

import java.time.LocalDate;

import org.hearth.io.matching.SourcePerson;

/**
 * One source's row for a person, once matched: who the person is in Hearth, and the day the source was read, which
 * dates what it says of them (where they live, what household it puts them in).
 */
record Observation(String personId, SourcePerson row, String source, LocalDate readOn) {

    /** The key of the household the source puts the person in by its own reference, or null. */
    String householdRefKey() {
        String ref = row.householdRef();
        return ref == null || ref.isBlank() ? null : "ref:" + source + ":" + ref.strip();
    }

    /** The key of the dwelling the source places the person at ({@link AddressKey}), or null. */
    String addressKey() {
        return AddressKey.of(row);
    }
}
