package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.StringJoiner;

import org.hearth.engine.timeline.CalendarQuarter;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.SchoolTerm;

/**
 * The full school terms a term-based measure looks at (attendance, exclusions), taken from the
 * family's school calendar, and whether they can be judged yet.
 *
 * <p>Terms counted back from the reference day are the review period of an outcome: each must end
 * after the problem was identified, or the outcome would measure the time before the family was
 * helped (too early). Terms before the quarter of identification are a baseline by definition, so
 * that rule does not apply to them.
 *
 * @param terms the calendar's own run of terms, earliest first, which cannot be changed
 * @param wanted how many terms the plan asks for; {@code terms} holds fewer when the calendar starts later
 * @param countedFrom the reference day, or for a baseline the identification day
 * @param span from the first term's first day to the last term's last day (holidays between them
 *             included); null when the calendar has none of the terms
 */
record FullTerms(List<SchoolTerm> terms, int wanted, TermsEnding ending, LocalDate countedFrom, DateRange span) {

    /**
     * Who and which terms a term measure looks at: the group over the terms (members who belonged to it
     * in at least one of them, by their age then: docs/evaluation.md §6) and the terms, or in
     * {@code instead} the status to give without testing (nobody in the group, too early, or too few
     * terms in the calendar), of which the witness has been told.
     */
    record Scope(List<Person> children, FullTerms terms, Status instead) {
    }

    /** The scope of a term measure in this context; see {@link Scope}. */
    static Scope scope(MeasureContext context, People people, TermsEnding ending, int count, Witness witness) {
        FullTerms terms = of(context, ending, count);
        List<Person> children = terms.span() == null ? context.people(people) : context.people(people, terms.span());
        if (children.isEmpty()) {
            witness.says("no %s in the family in %s", people, terms);
            return new Scope(children, terms, Status.NOT_APPLICABLE);
        }
        return new Scope(children, terms, terms.unusable(context, witness));
    }

    /**
     * The terms the measure looks at in this context: worked out once a day for each ending and count
     * ({@link MeasureContext#fullTerms}), so that the group over them is then found by identity.
     */
    static FullTerms of(MeasureContext context, TermsEnding ending, int count) {
        return context.fullTerms(ending, count);
    }

    /** The terms, worked out from the calendar: the {@code count} full terms ending as asked, counted from the day. */
    static FullTerms inCalendar(SchoolCalendar calendar, TermsEnding ending, int count, LocalDate countedFrom) {
        List<SchoolTerm> terms = ending == TermsEnding.REFERENCE_DAY
                ? calendar.lastFullTerms(countedFrom, count)
                : calendar.fullTermsBeforeQuarterOf(countedFrom, count);
        DateRange span = terms.isEmpty() ? null : new DateRange(terms.get(0).start(), terms.get(terms.size() - 1).end());
        return new FullTerms(terms, count, ending, countedFrom, span);
    }

    /** Each term's days, earliest first: what a status held throughout the terms is asked about. */
    List<DateRange> eachTerm() {
        DateRange[] each = new DateRange[terms.size()];
        for (int t = 0; t < each.length; t++) {
            each[t] = new DateRange(terms.get(t).start(), terms.get(t).end());
        }
        return List.of(each);
    }

    /**
     * The status to give instead of testing, told to the witness: too early for an outcome whose terms
     * do not all end after identification, or not met when the calendar has too few terms. Null when
     * the terms can be tested.
     */
    Status unusable(MeasureContext context, Witness witness) {
        if (context.purpose() == MeasureContext.Purpose.REVIEW && ending == TermsEnding.REFERENCE_DAY) {
            LocalDate earliest = earliestReview(context.calendar(), context.identifiedOn());
            if (earliest == null) {
                witness.says("%s: not all %d end after the problem was identified on %s; the school calendar does not "
                        + "yet have %d terms ending after that day", this, wanted, context.identifiedOn(), wanted);
                return Status.TOO_EARLY;
            }
            if (earliest.isAfter(context.referenceDay())) {
                witness.says("%s: not all %d end after the problem was identified on %s; the earliest review date is %s",
                        this, wanted, context.identifiedOn(), earliest);
                return Status.TOO_EARLY;
            }
        }
        if (terms.size() < wanted) {
            witness.says("%s: the school calendar has only %d of the %d terms needed", this, terms.size(), wanted);
            return Status.NOT_MET;
        }
        return null;
    }

    /** The day the {@code wanted}-th term ending after identification ends, or null beyond the calendar. */
    private LocalDate earliestReview(SchoolCalendar calendar, LocalDate identifiedOn) {
        return calendar.endOfTermAfter(identifiedOn, wanted);
    }

    /** The terms' names, for explanations: "autumn 2015/16, spring 2015/16, summer 2015/16". */
    Labels labels() {
        return new Labels(terms, false);
    }

    /**
     * Terms named when an explanation is read, optionally each with its dates:
     * "spring 2015/16 (2016-01-01 to 2016-03-31)".
     */
    record Labels(List<SchoolTerm> terms, boolean withDates) {
        @Override
        public String toString() {
            StringJoiner out = new StringJoiner(", ");
            for (SchoolTerm term : terms) {
                out.add(withDates ? term.label() + " (" + term.start() + " to " + term.end() + ")" : term.label());
            }
            return out.toString();
        }
    }

    /** "the last 3 full terms to 2016-07-31 (autumn 2015/16, ...: 2015-09-01 to 2016-07-31)". */
    @Override
    public String toString() {
        String which = ending == TermsEnding.REFERENCE_DAY
                ? "the last " + wanted + " full terms to " + countedFrom
                : "the " + wanted + " full terms before the quarter from " + CalendarQuarter.startOf(countedFrom)
                        + " in which the problem was identified";
        return span == null ? which + " (none in the school calendar)" : which + " (" + labels() + ": " + span + ")";
    }
}
