package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.explain.Deferred;
import org.hearth.engine.explain.Explanation;
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
                         Integer throughoutTerms, Integer endsWithinMonths) implements Measure {

    private static final String HOUSEHOLD = "the household";
    private static final Explanation HELD = Explanation.of("held");
    private static final Explanation HELD_WITH_NO_END = Explanation.of("held, with no end recorded");

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
    public MeasureResult evaluate(MeasureContext context) {
        LocalDate day = context.referenceDay();
        Days days = days(context, true);
        if (days.early() != null) {
            return days.early();
        }
        Map<String, List<TimelineRecord>> subjects = subjects(context);
        if (subjects.isEmpty()) {
            return MeasureResult.notApplicable(Explanation.of("no one among %s on %s", people, day));
        }
        List<Explanation> parts = new ArrayList<>();
        int holding = 0;
        for (Map.Entry<String, List<TimelineRecord>> subject : subjects.entrySet()) {
            Finding finding = test(subject.getValue(), days.asked(), day);
            holding += finding.held() ? 1 : 0;
            parts.add(Explanation.of("%s: %s", subject.getKey(), finding.words()).citing(finding.cited()));
        }
        boolean met = quantifier == Quantifier.ANY ? holding > 0 : holding == subjects.size();
        return MeasureResult.of(met, Explanation.of(parts, "%s for %s %s: %d of %d hold it, %s needed",
                selection, people, days.when(), holding, subjects.size(),
                quantifier == Quantifier.ANY ? "any one" : "every one"));
    }

    @Override
    public Status decide(MeasureContext context) {
        LocalDate day = context.referenceDay();
        Days days = days(context, false);
        if (days.early() != null) {
            return days.early().status();
        }
        List<Person> group = context.people(people);
        if (context.family().records(selection.kind()).isEmpty()) {
            return InScope.status(quantifier, group.size(), 0, Status.NOT_APPLICABLE); // no spell, so nobody holds it
        }
        int subjects = group.size();
        int holding = 0;
        // Most groups have no one with a selected spell on the first day asked: ruled out in one pass.
        if (days.asked().isEmpty() || context.anyoneCovers(selection, people, days.asked().get(0).start())) {
            for (int i = 0; i < group.size(); i++) {
                holding += mayHold(context, group.get(i), days.asked())
                        && holds(context.records(selection, group.get(i)), days.asked(), day) ? 1 : 0;
            }
        }
        List<TimelineRecord> household = household(context);
        if (!household.isEmpty()) {
            subjects++;
            holding += holds(household, days.asked(), day) ? 1 : 0;
        }
        return InScope.status(quantifier, subjects, holding, Status.NOT_APPLICABLE);
    }

    /**
     * The days asked about, and how to say them when {@code explain}; or, when they cannot be asked
     * yet, the result.
     */
    private Days days(MeasureContext context, boolean explain) {
        LocalDate day = context.referenceDay();
        List<DateRange> asked;
        // The words are put together only if the explanation is read.
        Explanation when;
        if (throughoutTerms != null) {
            List<SchoolTerm> terms = context.calendar().lastFullTerms(day, throughoutTerms);
            if (terms.size() < throughoutTerms) {
                return Days.early(MeasureResult.notMet(Explanation.of(
                        "the school calendar has %d full terms ended by %s, %d needed", terms.size(), day, throughoutTerms)));
            }
            DateRange span = new DateRange(terms.get(0).start(), terms.get(terms.size() - 1).end());
            if (context.tooEarly(span)) {
                return Days.early(tooEarlyForTerms(context, span));
            }
            asked = terms.stream().map(term -> new DateRange(term.start(), term.end())).toList();
            when = !explain ? null : Explanation.of("throughout the last %s full terms to %s (%s)", throughoutTerms, day,
                    Deferred.words(() -> labels(terms)));
        } else if (throughout != null) {
            DateRange period = context.last(throughout);
            if (context.tooEarly(period)) {
                return !explain ? Days.TOO_EARLY
                        : Days.early(context.tooEarly(period, throughout.earliestEndFrom(context.identifiedOn())));
            }
            asked = List.of(period);
            when = !explain ? null : Explanation.of("throughout %s (the last %s)", period, throughout);
        } else {
            asked = List.of(new DateRange(day, day));
            when = !explain ? null : Explanation.of("on %s", day);
        }
        if (explain && endsWithinMonths != null) {
            when = Explanation.of("%s, ending before %s (within %s months)", when, day.plusMonths(endsWithinMonths),
                    endsWithinMonths);
        }
        return new Days(asked, when, null);
    }

    /** Each person in the group with their matching spells, and the household when it has any. */
    private Map<String, List<TimelineRecord>> subjects(MeasureContext context) {
        Map<String, List<TimelineRecord>> subjects = new LinkedHashMap<>();
        for (Person person : context.people(people)) {
            subjects.put(person.personId(), context.records(selection, person));
        }
        List<TimelineRecord> household = household(context);
        if (!household.isEmpty()) {
            subjects.put(HOUSEHOLD, household);
        }
        return subjects;
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
    private boolean mayHold(MeasureContext context, Person person, List<DateRange> asked) {
        return asked.isEmpty() || context.anyCovers(selection, person, asked.get(0).start());
    }

    /** True when the spells cover every day asked (and, where asked, end soon enough). */
    private boolean holds(List<TimelineRecord> spells, List<DateRange> asked, LocalDate day) {
        if (firstGap(spells, asked) != null) {
            return false;
        }
        if (endsWithinMonths == null) {
            return true;
        }
        LocalDate end = SpellCoverage.coveredThrough(spells, day);
        return end != null && !end.isBefore(day) && end.isBefore(day.plusMonths(endsWithinMonths));
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

    private Finding test(List<TimelineRecord> spells, List<DateRange> asked, LocalDate day) {
        List<TimelineRecord> cited = new ArrayList<>();
        for (TimelineRecord spell : spells) {
            for (DateRange range : asked) {
                if (range.overlaps(spell)) {
                    cited.add(spell);
                    break;
                }
            }
        }
        LocalDate gap = firstGap(spells, asked);
        if (gap != null) {
            return new Finding(false, Explanation.of("not held on %s", gap), cited);
        }
        if (endsWithinMonths == null) {
            return new Finding(true, HELD, cited);
        }
        LocalDate end = SpellCoverage.coveredThrough(spells, day);
        if (end == null) {
            return new Finding(false, HELD_WITH_NO_END, cited);
        }
        if (end.isBefore(day)) {
            return new Finding(false, Explanation.of("not held on %s", day), cited);
        }
        boolean within = end.isBefore(day.plusMonths(endsWithinMonths));
        return new Finding(within, within ? Explanation.of("held, ending %s", end)
                : Explanation.of("held, ending %s, not within %s months", end, endsWithinMonths), cited);
    }

    /** Too early: the first term must start on or after identification; the review can be when the Nth such term ends. */
    private MeasureResult tooEarlyForTerms(MeasureContext context, DateRange span) {
        List<SchoolTerm> after = context.calendar().terms().stream()
                .filter(term -> !term.start().isBefore(context.identifiedOn())).toList();
        if (after.size() < throughoutTerms) {
            return new MeasureResult(Status.TOO_EARLY, Explanation.of(
                    "the terms %s start before the problem was identified on %s, and the school calendar has fewer "
                            + "than %d full terms after it", span, context.identifiedOn(), throughoutTerms));
        }
        return context.tooEarly(span, after.get(throughoutTerms - 1).end());
    }

    private static String labels(List<SchoolTerm> terms) {
        return String.join(", ", terms.stream().map(SchoolTerm::label).toList());
    }

    /** The days a status is asked about and how to say them; or the result when they cannot be asked yet. */
    private record Days(List<DateRange> asked, Explanation when, MeasureResult early) {
        /** Too early, when only the decision is wanted. */
        static final Days TOO_EARLY = early(new MeasureResult(Status.TOO_EARLY, Explanation.of("too early")));

        static Days early(MeasureResult result) {
            return new Days(List.of(), null, result);
        }
    }

    /** Whether one subject holds the status over the days asked, in words, with the spells that show it. */
    private record Finding(boolean held, Explanation words, List<TimelineRecord> cited) {
    }

    @Override
    public List<Measure> parts() {
        return List.of();
    }

    @Override
    public List<String> questions(String outcomeId) {
        return List.of();
    }

    /**
     * While a selected spell lasts: a period ends on the day itself; terms end before it, how long before
     * the calendar says, so for terms from a spell's first day on.
     */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family) {
        return MeetableDays.selected(selection, family, throughoutTerms != null ? Long.MAX_VALUE : 0);
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
