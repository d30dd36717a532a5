package org.hearth.server.family;

import java.util.ArrayList;
import java.util.List;

/**
 * What a search term finds as a person's name (people.csv's {@code given_name} and {@code family_name}): the
 * condition on a current people.csv row, {@code p}, that {@link FamilyDirectory#search} adds to its identifiers. A
 * term names a person by
 * <ul>
 *   <li>their family name ({@code Smith}, {@code Van Dyke}), or its beginning when the term has at least
 *       {@value #SHORTEST_BEGINNING} characters ({@code Smi} finds Smith, Smithson and Smith-Jones);</li>
 *   <li>their given and family name ({@code Jo Smith}, {@code Mary Ann Smith}, {@code Jo Van Dyke}: the term is
 *       tried split at each space, the given name before it and the family name after);</li>
 *   <li>their family name, a comma and their given name ({@code Smith, Jo}).</li>
 * </ul>
 * With a family name, the given name may be its beginning ({@code J Smith}, {@code Smith, Jo} finds Joanne Smith).
 * Case and spaces do not matter: both sides are compared as the database's {@code person_name_key} gives them (V11),
 * the function the name index is built on. A given name alone names nobody: it would find too many families to help.
 *
 * @param sql the condition, in brackets
 * @param arguments the values of its placeholders, in order
 */
record NameSearch(String sql, List<Object> arguments) {
    static final int SHORTEST_BEGINNING = 2;

    private static final String FAMILY_NAME = "person_name_key(p.fields->>'family_name')";
    private static final String GIVEN_NAME = "person_name_key(p.fields->>'given_name')";
    /** Is the next argument. */
    private static final String IS = " = person_name_key(?)";
    /** Begins with the next argument, which {@link #likeLiteral} has escaped. */
    private static final String BEGINS_WITH = " like person_name_key(?) || '%'";

    /** @param value the search term without spaces at either end, not blank */
    static NameSearch of(String value) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        if (value.length() >= SHORTEST_BEGINNING) {
            conditions.add(FAMILY_NAME + BEGINS_WITH);
            arguments.add(likeLiteral(value));
        } else {
            conditions.add(FAMILY_NAME + IS);
            arguments.add(value);
        }
        int comma = value.indexOf(',');
        if (comma >= 0) {
            named(value.substring(comma + 1).strip(), value.substring(0, comma).strip(), conditions, arguments);
        } else {
            List<String> words = List.of(value.split("\\s+"));
            for (int given = 1; given < words.size(); given++) {
                named(String.join(" ", words.subList(0, given)), String.join(" ", words.subList(given, words.size())),
                        conditions, arguments);
            }
        }
        return new NameSearch("(" + String.join(" or ", conditions) + ")", List.copyOf(arguments));
    }

    /** A person whose family name is the one given and whose given name begins with the one given, if any. */
    private static void named(String given, String family, List<String> conditions, List<Object> arguments) {
        if (family.isEmpty()) {
            return;
        }
        if (given.isEmpty()) {
            conditions.add(FAMILY_NAME + IS);
            arguments.add(family);
        } else {
            conditions.add("(" + FAMILY_NAME + IS + " and " + GIVEN_NAME + BEGINS_WITH + ")");
            arguments.add(family);
            arguments.add(likeLiteral(given));
        }
    }

    /** The text as LIKE reads it literally: its {@code %}, {@code _} and backslashes escaped. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
