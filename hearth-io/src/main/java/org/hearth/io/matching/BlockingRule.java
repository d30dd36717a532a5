package org.hearth.io.matching;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * A blocking rule: only people with the same non-null key are compared, so the work grows with the sizes of the
 * blocks rather than with the square of the records (Splink's "blocking rules"). A pair is compared once, under the
 * first prediction rule that puts it in a block: a later rule skips pairs an earlier one already gave.
 *
 * @param name what the key is, for the documentation and the benchmark's report
 * @param fields the persons.csv fields the key is made from, and those it decides with them: when the rule's pairs
 *     train the model, these fields' m probabilities are not estimated from them (every pair agrees on them by
 *     construction; and a given name all but decides sex)
 * @param predicts whether the rule gives the pairs that are scored and linked
 * @param trains whether the rule's pairs train the model: a rule whose blocks hold whole households (the same
 *     postcode, or the same family name and close years) does not, since expectation-maximisation would learn
 *     "the same household" rather than "the same person" from it
 * @param key the key, or null when the person has no value for it
 */
record BlockingRule(String name, Set<String> fields, boolean predicts, boolean trains,
        Function<PreparedPerson, String> key) {

    /**
     * Hearth's rules. For prediction, each catching pairs the others miss: the same date of birth and given-name
     * initial; the same date of birth and family-name initial (a nickname with another initial, Bill and William);
     * the same full postcode and given-name initial (a mistyped or transposed date of birth); the same full postcode
     * and family-name initial; the same Double Metaphone codes of both names and year of birth (a move together
     * with a mistyped day or month); the same date of birth and full postcode (both names recorded unlike, or given
     * and family name swapped: no initial agrees; a block is a person and any twin). For training only: the same given and family name, exact, from which the date
     * of birth's and the postcode's m are estimated (Splink's usual training rule). The two date-of-birth rules
     * train too: between them they estimate the names', the postcode's and sex's m.
     */
    static List<BlockingRule> standard() {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        return List.of(
                new BlockingRule("date of birth and given-name initial", Set.of("date_of_birth", "given_name", "sex"),
                        true, true, p -> p.dateOfBirth == 0 || p.given == null ? null : p.dateOfBirth + p.given.substring(0, 1)),
                new BlockingRule("date of birth and family-name initial", Set.of("date_of_birth", "family_name"),
                        true, true, p -> p.dateOfBirth == 0 || p.family == null ? null : p.dateOfBirth + p.family.substring(0, 1)),
                new BlockingRule("postcode and given-name initial", Set.of("postcode", "given_name", "sex"), true, false,
                        p -> p.postcode == null || p.given == null ? null : p.postcode + p.given.charAt(0)),
                new BlockingRule("postcode and family-name initial", Set.of("postcode", "family_name"), true, false,
                        p -> p.postcode == null || p.family == null ? null : p.postcode + p.family.charAt(0)),
                new BlockingRule("given-name and family-name Double Metaphone and year of birth",
                        Set.of("given_name", "family_name", "sex", "date_of_birth"), true, false,
                        p -> p.given == null || p.family == null || p.dateOfBirth == 0 ? null
                                : metaphone.doubleMetaphone(p.given) + " " + metaphone.doubleMetaphone(p.family) + " "
                                        + p.birthYear()),
                new BlockingRule("date of birth and postcode", Set.of("date_of_birth", "postcode"), true, false,
                        p -> p.dateOfBirth == 0 || p.postcode == null ? null : p.dateOfBirth + p.postcode),
                new BlockingRule("given name and family name", Set.of("given_name", "family_name", "sex"), false, true,
                        p -> p.given == null || p.family == null ? null : p.given + " " + p.family));
    }
}
