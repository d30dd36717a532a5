package org.hearth.io.matching;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * A blocking rule: only people with the same non-null key are compared, so the work grows with the sizes of the
 * blocks rather than with the square of the records (Splink's "blocking rules for prediction"). A pair is compared
 * once, under the first rule that puts it in a block: a later rule skips pairs an earlier one already gave.
 *
 * @param name what the key is, for the documentation and the benchmark's report
 * @param fields the persons.csv fields the key is made from: when the rule's pairs train the model, these fields'
 *     m probabilities are not estimated from them (every pair agrees on them by construction)
 * @param key the key, or null when the person has no value for it
 */
record BlockingRule(String name, Set<String> fields, Function<PreparedPerson, String> key) {

    /**
     * Hearth's rules, each catching the pairs the others miss: the same date of birth (catches a changed surname
     * and a move); the same full postcode and given-name initial (catches a mistyped or transposed date of birth);
     * the same family-name Double Metaphone code and year of birth (catches a move together with a mistyped day or
     * month); the same Double Metaphone codes of both names (catches a move with a mistyped year).
     */
    static List<BlockingRule> standard() {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        return List.of(
                new BlockingRule("date of birth", Set.of("date_of_birth"),
                        p -> p.dateOfBirth == 0 ? null : Integer.toString(p.dateOfBirth)),
                new BlockingRule("postcode and given-name initial", Set.of("postcode", "given_name"),
                        p -> p.postcode == null || p.given == null ? null : p.postcode + p.given.charAt(0)),
                new BlockingRule("family-name Double Metaphone and year of birth", Set.of("family_name", "date_of_birth"),
                        p -> p.family == null || p.dateOfBirth == 0 ? null
                                : metaphone.doubleMetaphone(p.family) + p.birthYear()),
                new BlockingRule("given-name and family-name Double Metaphone", Set.of("given_name", "family_name"),
                        p -> p.given == null || p.family == null ? null
                                : metaphone.doubleMetaphone(p.given) + " " + metaphone.doubleMetaphone(p.family)));
    }
}
