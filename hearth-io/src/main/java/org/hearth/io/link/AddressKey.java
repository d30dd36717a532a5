package org.hearth.io.link;

import org.hearth.io.matching.AddressText;
import org.hearth.io.matching.SourcePerson;

/**
 * Where a source says a person lives, as a key two sources agree on when they name the same dwelling: the UPRN (the
 * Unique Property Reference Number, the national key for a dwelling) where the source gives one; otherwise the
 * postcode without its spaces and the address, both in {@link AddressText}'s normal form ("Flat 2, 14 Elm Road" and
 * "FLAT 2 14 ELM ROAD" agree). No key without a UPRN or both an address and a postcode:
 * a postcode alone holds some fifteen dwellings, an address line alone may be in any town.
 */
final class AddressKey {
    private AddressKey() {
    }

    /** The person's address key, or null when the source does not say enough to place them. */
    static String of(SourcePerson person) {
        String uprn = AddressText.uprn(person.uprn());
        if (uprn != null) {
            return "uprn:" + uprn;
        }
        if (present(person.address()) && present(person.postcode())) {
            return "address:" + AddressText.normalised(person.postcode()).replace(" ", "") + "|"
                    + AddressText.normalised(person.address());
        }
        return null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
