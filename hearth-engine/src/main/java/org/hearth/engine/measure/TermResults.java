package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolTerm;

/**
 * What term measures decided for one family on earlier days, kept while its indicators are tested day
 * after day (a problem that emerges is looked for on every monthly anniversary of engagement). A term
 * measure's answer changes only when another term has ended, the children in scope change, or its
 * threshold changes on a date; on the days between, it is looked up here instead of worked out again.
 *
 * <p>One entry a measure, replaced when its terms, children or threshold differ. Used on one thread.
 */
final class TermResults {
    private final List<Kept> kept = new ArrayList<>(4);

    /** What the measure decided for these terms, children and threshold, or null if it has not. */
    Status recall(Measure measure, List<SchoolTerm> terms, List<Person> children, Object threshold) {
        Kept known = find(measure);
        if (known == null || !same(terms, known.terms) || !same(children, known.children)
                || !Objects.equals(known.threshold, threshold)) {
            return null;
        }
        return known.status;
    }

    void keep(Measure measure, List<SchoolTerm> terms, List<Person> children, Object threshold, Status status) {
        Kept known = find(measure);
        if (known == null) {
            known = new Kept(measure);
            kept.add(known);
        }
        known.terms = terms;
        known.children = children;
        known.threshold = threshold;
        known.status = status;
    }

    private Kept find(Measure measure) {
        for (int i = 0; i < kept.size(); i++) {
            if (kept.get(i).measure == measure) {
                return kept.get(i);
            }
        }
        return null;
    }

    /**
     * The same items in the same order: a calendar keeps one object per term and a timeline one per
     * person, so the same term or child is the same object (and any other is only worked out again).
     */
    private static boolean same(List<?> items, List<?> before) {
        if (before.size() != items.size()) {
            return false;
        }
        for (int i = 0; i < items.size(); i++) {
            if (before.get(i) != items.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** One measure's last answer and what it was for. */
    private static final class Kept {
        private final Measure measure;
        private List<SchoolTerm> terms;
        private List<Person> children;
        private Object threshold;
        private Status status;

        Kept(Measure measure) {
            this.measure = measure;
        }
    }
}
