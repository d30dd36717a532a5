package org.hearth.io.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The deterministic rules on strong identifiers: two people sharing a UPN (or one's former UPN), an NHS number, an
 * NI number or the authority's child id are one person, provided each value passed its check (a value that fails
 * is not a key) and the two do not clearly differ; and two people holding different values of the same identifier
 * are two people, whatever their names say.
 */
final class StrongIdentifiers {
    private static final DateOfBirthComparison BORN = new DateOfBirthComparison();
    private static final GivenNameComparison GIVEN = new GivenNameComparison();

    /** Two people sharing an identifier, and which. */
    record Shared(PreparedPerson a, PreparedPerson b, String identifier) {
    }

    private StrongIdentifiers() {
    }

    /** Each person sharing an identifier with an earlier person, paired with the first person holding it. */
    static List<Shared> shared(List<PreparedPerson> people) {
        List<Shared> shared = new ArrayList<>();
        collect(people, "UPN", p -> p.upns.length == 0 ? null : p.upns, shared);
        collect(people, "NHS number", p -> p.nhsNumber == null ? null : new String[] {p.nhsNumber}, shared);
        collect(people, "NI number", p -> p.niNumber == null ? null : new String[] {p.niNumber}, shared);
        collect(people, "local child id", p -> p.localChildId == null ? null : new String[] {p.localChildId}, shared);
        return shared;
    }

    private static void collect(List<PreparedPerson> people, String name, Function<PreparedPerson, String[]> values,
            List<Shared> shared) {
        Map<String, PreparedPerson> first = new HashMap<>();
        for (PreparedPerson person : people) {
            String[] held = values.apply(person);
            if (held != null) {
                for (String value : held) {
                    PreparedPerson earlier = first.putIfAbsent(value, person);
                    if (earlier != null && earlier != person) {
                        shared.add(new Shared(earlier, person, name + " " + value));
                    }
                }
            }
        }
    }

    /**
     * Why two people cannot be one, or null: different NHS numbers, different NI numbers, UPNs with none in common,
     * or a date of birth and a given name both far apart (more than a year, and not alike even as a nickname).
     */
    static String conflict(PreparedPerson a, PreparedPerson b) {
        if (a.nhsNumber != null && b.nhsNumber != null && !a.nhsNumber.equals(b.nhsNumber)) {
            return "different NHS numbers";
        }
        if (a.niNumber != null && b.niNumber != null && !a.niNumber.equals(b.niNumber)) {
            return "different NI numbers";
        }
        if (a.upns.length > 0 && b.upns.length > 0 && !a.sharesUpn(b)) {
            return "different UPNs";
        }
        return clearlyDiffer(a, b) ? "dates of birth and given names far apart" : null;
    }

    /** Whether both the dates of birth and the given names are far apart (each at its comparison's "else"). */
    static boolean clearlyDiffer(PreparedPerson a, PreparedPerson b) {
        return BORN.level(a, b) == BORN.levels().size() - 1 && GIVEN.level(a, b) == GIVEN.levels().size() - 1;
    }
}
