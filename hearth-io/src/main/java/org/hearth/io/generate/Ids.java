package org.hearth.io.generate;

import java.util.concurrent.atomic.AtomicLong;

import org.hearth.engine.timeline.Person;

/**
 * Makes identifiers for synthetic people and records. Source identifiers are obviously synthetic:
 * UPNs start with "S", NHS numbers with "999" (a range the NHS never issues to patients), NI numbers
 * with "ZZ" (not a valid prefix).
 */
final class Ids {
    private final String prefix;
    private final AtomicLong people = new AtomicLong();
    private final AtomicLong records = new AtomicLong();

    /** Ids for one family: unique across families because they embed the family's number. */
    Ids(String prefix) {
        this.prefix = prefix;
    }

    String person() {
        return "P" + prefix + "-" + people.incrementAndGet();
    }

    String record(String kind) {
        return kind + "-" + prefix + "-" + records.incrementAndGet();
    }

    Person.Identifiers identifiers(Chance chance, boolean child) {
        String nhs = "999" + String.format("%07d", chance.between(0, 9_999_999));
        if (child) {
            return new Person.Identifiers("S" + String.format("%012d", (long) chance.between(0, Integer.MAX_VALUE - 1)), nhs,
                    null, "LC" + prefix);
        }
        return new Person.Identifiers(null, nhs, "ZZ" + String.format("%06d", chance.between(0, 999_999)) + "A", null);
    }
}
