package org.hearth.io.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * People joined into persons by accepted links: the connected components of the links, built with union-find.
 * A link joins two components only if no person of one conflicts with any person of the other
 * ({@link StrongIdentifiers#conflict}), no reviewer kept any two of them apart, and, when either component already
 * holds more than one person, every person of one and person of the other could be linked directly (no
 * {@link Doubt}): so a chain of links cannot make one person of two people whose identifiers differ, whom a reviewer
 * rejected, or whom the linker would not link directly (a father and son of the same name, joined through a record
 * with no date of birth).
 */
final class Clusters {
    private final int[] parent;
    private final List<List<PreparedPerson>> members;
    private final Set<Long> rejected;
    private final Doubt doubt;

    /** Why the linker would not link two people directly without a reviewer, or null. */
    interface Doubt {
        String of(PreparedPerson a, PreparedPerson b);
    }

    /**
     * @param rejected the pairs reviewers kept apart ({@link #pair})
     * @param doubt why two people would not be linked directly: no chain of links may join them either
     */
    Clusters(List<PreparedPerson> people, Set<Long> rejected, Doubt doubt) {
        parent = new int[people.size()];
        members = new ArrayList<>(people.size());
        for (PreparedPerson person : people) {
            parent[person.index] = person.index;
            List<PreparedPerson> alone = new ArrayList<>(1);
            alone.add(person);
            members.add(alone);
        }
        this.rejected = rejected;
        this.doubt = doubt;
    }

    static long pair(int a, int b) {
        return a < b ? (long) a << 32 | b : (long) b << 32 | a;
    }

    int root(int person) {
        int root = person;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[person] != root) {
            int next = parent[person];
            parent[person] = root;
            person = next;
        }
        return root;
    }

    boolean together(int a, int b) {
        return root(a) == root(b);
    }

    /** Why the two people's components cannot be joined, or null when they can. */
    String conflict(int a, int b) {
        List<PreparedPerson> left = members.get(root(a));
        List<PreparedPerson> right = members.get(root(b));
        for (PreparedPerson x : left) {
            for (PreparedPerson y : right) {
                if (rejected.contains(pair(x.index, y.index))) {
                    return "a reviewer kept " + x.person.key() + " and " + y.person.key() + " apart";
                }
                String conflict = StrongIdentifiers.conflict(x, y);
                if (conflict == null && (left.size() > 1 || right.size() > 1)) {
                    conflict = doubt.of(x, y);
                }
                if (conflict != null) {
                    return "it would join " + x.person.key() + " and " + y.person.key() + ": " + conflict;
                }
            }
        }
        return null;
    }

    /** Joins the two people's components (the caller has checked {@link #conflict}). */
    void join(int a, int b) {
        int x = root(a);
        int y = root(b);
        if (x == y) {
            return;
        }
        if (members.get(x).size() < members.get(y).size()) {
            int swap = x;
            x = y;
            y = swap;
        }
        parent[y] = x;
        members.get(x).addAll(members.get(y));
        members.set(y, null);
    }
}
