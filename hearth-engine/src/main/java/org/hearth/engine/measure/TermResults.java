package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hearth.engine.timeline.MembersOnDay;
import org.hearth.engine.timeline.SchoolTerm;

/**
 * What term measures decided for one family on earlier days, kept while its indicators are tested day
 * after day (a problem that emerges is looked for on every monthly anniversary of engagement), or its
 * outcomes (an outlook looks for the first later day each is met). A term
 * measure's answer changes only when another term has ended, the members change (and with them the
 * children in scope over the terms), or its threshold changes on a date; on the days between, it is
 * looked up here before the children over the terms are worked out, instead of worked out again. For an
 * outcome the day its problem was identified is kept too: it decides whether the terms are too early.
 *
 * <p>One entry a measure, replaced when its terms, members or threshold differ. Used on one thread.
 */
final class TermResults {
    private final List<Kept> kept = new ArrayList<>(4);

    /**
     * What the measure decided for these terms, members on the day, threshold and day of identification (null
     * for an indicator's), or null if it has not.
     */
    Status recall(Measure measure, List<SchoolTerm> terms, MembersOnDay members, Object threshold,
                  LocalDate identifiedOn) {
        Kept known = find(measure);
        if (known == null || !same(terms, known.terms) || !members.sameAs(known.members)
                || !Objects.equals(known.threshold, threshold) || !Objects.equals(known.identifiedOn, identifiedOn)) {
            return null;
        }
        return known.status;
    }

    void keep(Measure measure, List<SchoolTerm> terms, MembersOnDay members, Object threshold, LocalDate identifiedOn,
              Status status) {
        Kept known = find(measure);
        if (known == null) {
            known = new Kept(measure);
            kept.add(known);
        }
        known.terms = terms;
        known.members = members;
        known.threshold = threshold;
        known.identifiedOn = identifiedOn;
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
     * The same terms in the same order: a calendar keeps one object per term, so the same term is the
     * same object (and any other is only worked out again).
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
        private MembersOnDay members;
        private Object threshold;
        private LocalDate identifiedOn;
        private Status status;

        Kept(Measure measure) {
            this.measure = measure;
        }
    }
}
