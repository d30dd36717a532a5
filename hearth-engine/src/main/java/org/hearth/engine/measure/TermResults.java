package org.hearth.engine.measure;

import java.util.Arrays;
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
    private static final int WIDTH = 5;
    private Object[] kept = new Object[0];

    /** What the measure decided for these terms, children and threshold, or null if it has not. */
    Status recall(Measure measure, List<SchoolTerm> terms, List<Person> children, Object threshold) {
        int at = indexOf(measure);
        if (at < 0 || !kept[at + 1].equals(terms) || !sameChildren(children, kept[at + 2])
                || !Objects.equals(kept[at + 3], threshold)) {
            return null;
        }
        return (Status) kept[at + 4];
    }

    void keep(Measure measure, List<SchoolTerm> terms, List<Person> children, Object threshold, Status status) {
        int at = indexOf(measure);
        if (at < 0) {
            at = kept.length;
            kept = Arrays.copyOf(kept, kept.length + WIDTH);
        }
        kept[at] = measure;
        kept[at + 1] = terms;
        kept[at + 2] = children;
        kept[at + 3] = threshold;
        kept[at + 4] = status;
    }

    private int indexOf(Measure measure) {
        for (int i = 0; i < kept.length; i += WIDTH) {
            if (kept[i] == measure) {
                return i;
            }
        }
        return -1;
    }

    /** The same people in the same order: a timeline keeps one Person per id. */
    @SuppressWarnings("unchecked")
    private static boolean sameChildren(List<Person> children, Object known) {
        List<Person> before = (List<Person>) known;
        if (before.size() != children.size()) {
            return false;
        }
        for (int i = 0; i < children.size(); i++) {
            if (before.get(i) != children.get(i)) {
                return false;
            }
        }
        return true;
    }
}
