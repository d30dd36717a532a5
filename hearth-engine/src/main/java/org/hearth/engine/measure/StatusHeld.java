package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * People in a status: an open spell of the selected records on the reference day, or covering every
 * day of a period or of the last full terms. "An adult in receipt of out of work benefits"
 * (indicator), "a child subject to a child protection plan", "each child is in school, a pupil
 * referral unit or alternative provision" (outcome, every child, throughout the last 3 full terms),
 * "an adult prisoner less than 12 months from release" (custody ending within 12 months).
 *
 * <pre>
 * type: status_held
 * records: benefits
 * where: {out_of_work: true}
 * people: adults
 * quantifier: any
 * throughout: {months: 6}      # optional; or throughout_terms: 3; neither: on the reference day
 * ends_within_months: 12       # optional: the spell's recorded end falls within this many months after the reference day
 * </pre>
 *
 * <p>Rule: a person holds the status when the union of their matching spells covers every day asked
 * (for household-level records with people: family, the household counts as one subject). Outcome
 * periods must start on or after identification (else too early). Nobody in the group: not applicable.
 *
 * <p>The days asked are the reference day; or the period ending on it; or the days of each of the
 * last {@code throughout_terms} full terms ended by it (holidays between terms are not asked). The
 * household is a subject only when it has a record of the selection. With
 * {@code ends_within_months: N} the unbroken run of cover through the reference day D must also
 * have a recorded end E before D + N months: on 2015-06-01 a custody ending 2016-05-31 is less than
 * 12 months from release, one ending 2016-06-01 is not, and one with no end date is not.
 */
public record StatusHeld(RecordSelection selection, People people, Quantifier quantifier, Period throughout,
                         Integer throughoutTerms, Integer endsWithinMonths) implements DataMeasure {

    private static final String HOUSEHOLD = "the household";

    public StatusHeld {
        people = people == null ? People.FAMILY : people;
        quantifier = quantifier == null ? Quantifier.ANY : quantifier;
        if (throughout != null && throughoutTerms != null) {
            throw new IllegalArgumentException("give throughout or throughout_terms, not both");
        }
        if ((throughoutTerms != null && throughoutTerms < 1) || (endsWithinMonths != null && endsWithinMonths < 1)) {
            throw new IllegalArgumentException("throughout_terms and ends_within_months are at least 1");
        }
    }

    @JsonCreator
    static StatusHeld fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                               @JsonProperty("people") People people, @JsonProperty("quantifier") Quantifier quantifier,
                               @JsonProperty("throughout") Period throughout,
                               @JsonProperty("throughout_terms") Integer throughoutTerms,
                               @JsonProperty("ends_within_months") Integer endsWithinMonths) {
        return new StatusHeld(new RecordSelection(records, where), people, quantifier, throughout, throughoutTerms,
                endsWithinMonths);
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        LocalDate day = context.referenceDay();
        Days days = days(context, witness);
        // The group over the days asked (docs/evaluation.md §6); on the day alone while they cannot be asked.
        List<Person> group = context.people(people, days.over);
        boolean none = context.family().records(selection.kind()).isEmpty(); // no spell, so nobody holds it
        List<TimelineRecord> household = none ? List.of() : household(context);
        int subjects = group.size() + (household.isEmpty() ? 0 : 1);
        if (subjects == 0) { // not applicable before too early (docs/evaluation.md §3)
            witness.says("no one among %s on %s", people, day);
            return Status.NOT_APPLICABLE;
        }
        if (days.early != null) {
            return days.early;
        }
        List<DateRange> asked = days.asked;
        LocalDate first = asked.get(0).start();
        int holding = 0;
        // Most families have no spell of the kind, and most groups no one with a selected spell on the first day
        // asked: then no one in the group holds the status, found in one pass. Only an explanation goes on to say
        // so of each person.
        if (!witness.decisionOnly() || (!none && context.anyoneCovers(selection, people, days.over, first))) {
            for (int i = 0; i < group.size(); i++) {
                Person person = group.get(i);
                Witness subject = witness.part();
                if (mayHold(context, person, first)) {
                    List<TimelineRecord> spells = context.records(selection, person);
                    holding += holds(person.personId(), spells, asked, day, subject) ? 1 : 0;
                } else {
                    subject.says("%s: not held on %s", person.personId(), first);
                    subject.cites(() -> overlapping(context.records(selection, person), asked));
                }
            }
        }
        if (!household.isEmpty()) {
            holding += holds(HOUSEHOLD, household, asked, day, witness.part()) ? 1 : 0;
        }
        witness.says("%s for %s %s: %d of %d hold it, %s needed", selection, people, days, holding, subjects,
                quantifier == Quantifier.ANY ? "any one" : "every one");
        return InScope.status(quantifier, subjects, holding, Status.NOT_APPLICABLE);
    }

    /** The days asked about; or, when they cannot be asked yet, the status, said. */
    private Days days(MeasureContext context, Witness witness) {
        LocalDate day = context.referenceDay();
        if (throughoutTerms != null) {
            FullTerms terms = context.fullTerms(TermsEnding.REFERENCE_DAY, throughoutTerms);
            if (terms.terms().size() < throughoutTerms) {
                witness.says("the school calendar has %d full terms ended by %s, %d needed", terms.terms().size(), day,
                        throughoutTerms);
                return new Days(Status.NOT_MET, context);
            }
            if (context.tooEarly(terms.span())) {
                return new Days(tooEarlyForTerms(context, terms.span(), witness), context);
            }
            return new Days(terms.eachTerm(), terms.terms(), day, terms.span());
        }
        if (throughout != null) {
            DateRange period = context.last(throughout);
            if (context.tooEarly(period)) {
                return new Days(context.tooEarly(period, throughout.earliestEndFrom(context.identifiedOn()), witness),
                        context);
            }
            return new Days(List.of(period), null, day, period);
        }
        return new Days(List.of(context.theDay()), null, day, context.theDay());
    }

    /** The household's matching spells (those that name no person), when the group counts the household. */
    private List<TimelineRecord> household(MeasureContext context) {
        if (!people.includesHousehold() || context.onlyPerson() != null) {
            return List.of();
        }
        return context.householdRecords(selection);
    }

    /**
     * False when no selected spell of the person's covers the first day asked, so that their spells
     * cannot cover every day asked: most people are ruled out without gathering their selected spells.
     */
    private boolean mayHold(MeasureContext context, Person person, LocalDate first) {
        return context.anyCovers(selection, person, first);
    }

    /**
     * True when the spells cover every day asked (and, where asked, end soon enough): the witness hears
     * whether the subject holds the status, or the first day they do not, with the spells asked about.
     */
    private boolean holds(String subject, List<TimelineRecord> spells, List<DateRange> asked, LocalDate day,
                          Witness witness) {
        witness.cites(() -> overlapping(spells, asked));
        LocalDate gap = firstGap(spells, asked);
        if (gap != null) {
            witness.says("%s: not held on %s", subject, gap);
            return false;
        }
        if (endsWithinMonths == null) {
            witness.says("%s: held", subject);
            return true;
        }
        LocalDate end = SpellCoverage.coveredThrough(spells, day);
        if (end == null) {
            witness.says("%s: held, with no end recorded", subject);
            return false;
        }
        if (end.isBefore(day)) {
            witness.says("%s: not held on %s", subject, day);
            return false;
        }
        boolean within = end.isBefore(day.plusMonths(endsWithinMonths));
        if (within) {
            witness.says("%s: held, ending %s", subject, end);
        } else {
            witness.says("%s: held, ending %s, not within %s months", subject, end, endsWithinMonths);
        }
        return within;
    }

    private static LocalDate firstGap(List<TimelineRecord> spells, List<DateRange> asked) {
        for (int i = 0; i < asked.size(); i++) {
            LocalDate gap = SpellCoverage.firstGap(spells, asked.get(i));
            if (gap != null) {
                return gap;
            }
        }
        return null;
    }

    /** The spells that overlap a range asked. */
    private static List<TimelineRecord> overlapping(List<TimelineRecord> spells, List<DateRange> asked) {
        List<TimelineRecord> cited = new ArrayList<>();
        for (TimelineRecord spell : spells) {
            for (DateRange range : asked) {
                if (range.overlaps(spell)) {
                    cited.add(spell);
                    break;
                }
            }
        }
        return cited;
    }

    /** Too early: the first term must start on or after identification; the review can be when the Nth such term ends. */
    private Status tooEarlyForTerms(MeasureContext context, DateRange span, Witness witness) {
        List<SchoolTerm> after = context.calendar().terms().stream()
                .filter(term -> !term.start().isBefore(context.identifiedOn())).toList();
        if (after.size() < throughoutTerms) {
            witness.says("the terms %s start before the problem was identified on %s, and the school calendar has fewer "
                    + "than %d full terms after it", span, context.identifiedOn(), throughoutTerms);
            return Status.TOO_EARLY;
        }
        return context.tooEarly(span, after.get(throughoutTerms - 1).end(), witness);
    }

    /**
     * The days a status is asked about, said as the explanation gives them ("on 2015-06-01",
     * "throughout 2015-09-01 to 2016-02-29 (the last 6 months)", "throughout the last 3 full terms to
     * 2016-07-31 (autumn 2015/16, spring 2015/16, summer 2015/16)"), put together only if it is read;
     * or, when they cannot be asked yet, the status instead.
     */
    private final class Days {
        private final List<DateRange> asked;
        /** The terms asked about, or null when the days are not terms. */
        private final List<SchoolTerm> terms;
        private final LocalDate day;
        private final Status early;

        /** From the first day asked to the last: the days the group is taken over (docs/evaluation.md §6). */
        private final DateRange over;

        Days(List<DateRange> asked, List<SchoolTerm> terms, LocalDate day, DateRange over) {
            this.asked = asked;
            this.terms = terms;
            this.day = day;
            this.early = null;
            this.over = over;
        }

        /** The status to give without asking; the group is then taken on the reference day alone. */
        Days(Status early, MeasureContext context) {
            this.asked = List.of();
            this.terms = null;
            this.day = null;
            this.early = early;
            this.over = context.theDay();
        }

        @Override
        public String toString() {
            String when;
            if (terms != null) {
                when = String.format(Locale.UK, "throughout the last %s full terms to %s (%s)", throughoutTerms, day,
                        String.join(", ", terms.stream().map(SchoolTerm::label).toList()));
            } else if (throughout != null) {
                when = String.format(Locale.UK, "throughout %s (the last %s)", asked.get(0), throughout);
            } else {
                when = "on " + day;
            }
            return endsWithinMonths == null ? when : String.format(Locale.UK, "%s, ending before %s (within %s months)",
                    when, day.plusMonths(endsWithinMonths), endsWithinMonths);
        }
    }

    /** Data first: records of its selection about its people since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(selection, people);
    }

    /**
     * While a selected spell lasts: a period ends on the day itself; terms end before it, how long before
     * the calendar says, so for terms from a spell's first day on.
     */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.selected(selection, family, throughoutTerms != null ? Long.MAX_VALUE : 0);
    }

    @Override
    public Set<String> reads() {
        return Set.of(selection.records());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
