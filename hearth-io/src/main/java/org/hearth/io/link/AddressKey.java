package org.hearth.io.link;

import java.util.Locale;

import org.hearth.io.matching.SourcePerson;

/**
 * Where a source says a person lives, as a key two sources agree on when they name the same dwelling: the UPRN (the
 * Unique Property Reference Number, the national key for a dwelling) where the source gives one; otherwise the
 * postcode without its spaces and the address's letters and digits, upper case, runs of anything else made one space
 * ("Flat 2, 14 Elm Road" and "FLAT 2 14 ELM ROAD" agree). No key without a UPRN or both an address and a postcode:
 * a postcode alone holds some fifteen dwellings, an address line alone may be in any town.
 */
final class AddressKey {
    private AddressKey() {
    }

    /** The person's address key, or null when the source does not say enough to place them. */
    static String of(SourcePerson person) {
        if (present(person.uprn())) {
            return "uprn:" + person.uprn().strip().replaceFirst("^0+(?=\\d)", "");
        }
        if (present(person.address()) && present(person.postcode())) {
            return "address:" + normalised(person.postcode()).replace(" ", "") + "|" + normalised(person.address());
        }
        return null;
    }

    private static String normalised(String text) {
        return text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", " ").strip();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
