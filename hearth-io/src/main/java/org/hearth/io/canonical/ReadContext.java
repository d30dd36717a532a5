package org.hearth.io.canonical;

import java.util.Map;

/**
 * What every file of a folder being read shares: the cached dates, the identifiers the core files gave
 * (set phase by phase, before the files that refer to them are read) and the school terms.
 */
final class ReadContext {
    private final boolean cascade;
    private final Dates dates = new Dates();
    private Ids people;
    private Ids families;
    private Ids interventions;
    private Map<String, Long> stranded = Map.of();
    private TermLookup terms;

    /** @param cascade whether a reference to a rejected row rejects the referring row too (skip-invalid) */
    ReadContext(boolean cascade) {
        this.cascade = cascade;
    }

    boolean cascade() {
        return cascade;
    }

    Dates dates() {
        return dates;
    }

    Ids people() {
        return people;
    }

    Ids families() {
        return families;
    }

    Ids interventions() {
        return interventions;
    }

    TermLookup terms() {
        return terms;
    }

    void people(Ids ids) {
        this.people = ids;
    }

    void families(Ids ids) {
        this.families = ids;
    }

    void interventions(Ids ids) {
        this.interventions = ids;
    }

    void terms(TermLookup lookup) {
        this.terms = lookup;
    }

    /**
     * @param people each person whose every membership was rejected, with the line of the first, so
     *               that their records (which would belong to no family) are rejected too
     */
    void stranded(Map<String, Long> people) {
        this.stranded = people;
    }

    /** A person a record is about: in people.csv, and (when rejecting dependants) with a valid membership. */
    String member(String text) throws BadCell {
        return withMembership(people.resolve(text));
    }

    String member(char[] buffer, int offset, int length) throws BadCell {
        return withMembership(people.resolve(buffer, offset, length));
    }

    private String withMembership(String id) throws BadCell {
        Long line = stranded.get(id);
        if (line != null) {
            throw BadCell.dependsOnRejected("person " + id + " has no valid membership (" + CoreLayouts.MEMBERSHIPS_FILE
                    + " line " + line + " was rejected)", id);
        }
        return id;
    }
}
