package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Group;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.MembersOnDay;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * What a measure is tested against: one family's timeline, the day the test is made (the reference
 * day: the identification day for an indicator, the review date for an outcome), and the day the
 * problem was identified, from which baselines are counted back.
 *
 * <p>Immutable; each {@code with} method returns a new context.
 */
public final class MeasureContext {

    /** Why a measure is being tested. */
    public enum Purpose {
        /** Testing an indicator: does the family have this problem on the reference day? */
        IDENTIFICATION,
        /** Testing an outcome: has the family made progress by the review date? */
        REVIEW
    }

    private final FamilyTimeline family;
    private final LocalDate referenceDay;
    private final LocalDate identifiedOn;
    private final Purpose purpose;
    private final String question;
    private final String onlyPerson;
    private final String planId;
    private final DayMemory memory;
    private final MeasureContext wider;
    /** The reference day in days since 1970, worked out when first asked for. */
    private long referenceEpochDay = Long.MIN_VALUE;
    /** The group over a period last asked for, and the group last counted with, for the people and days asked. */
    private People duringPeople;
    private DateRange duringPeriod;
    private List<Person> during;
    private People groupedPeople;
    private DateRange groupedOver;
    private Group grouped;
    /** The range last counted over, and its first and last day in days since 1970. */
    private DateRange counted;
    private long countedFrom;
    private long countedTo;

    private MeasureContext(FamilyTimeline family, LocalDate referenceDay, LocalDate identifiedOn, Purpose purpose,
                           String question, String onlyPerson, String planId, DayMemory memory,
                           MeasureContext wider) {
        this.family = Objects.requireNonNull(family, "family");
        this.referenceDay = Objects.requireNonNull(referenceDay, "referenceDay");
        this.identifiedOn = Objects.requireNonNull(identifiedOn, "identifiedOn");
        this.purpose = purpose;
        this.question = question;
        this.onlyPerson = onlyPerson;
        this.planId = planId;
        this.memory = memory == null ? new DayMemory() : memory;
        this.wider = wider;
    }

    /** A context for testing indicators on the given day. */
    public static MeasureContext identification(FamilyTimeline family, LocalDate day) {
        return new MeasureContext(family, day, day, Purpose.IDENTIFICATION, null, null, null, null, null);
    }

    /** A context for testing outcomes on the review date, for a problem identified on the given day. */
    public static MeasureContext review(FamilyTimeline family, LocalDate reviewDate, LocalDate identifiedOn) {
        return new MeasureContext(family, reviewDate, identifiedOn, Purpose.REVIEW, null, null, null, null, null);
    }

    /** This context for the outcome or programme question with the given id (worker assessments answer it). */
    public MeasureContext withQuestion(String questionId) {
        return new MeasureContext(family, referenceDay, identifiedOn, purpose, questionId, onlyPerson, planId, memory, wider)
                .onTheSameDayAs(this);
    }

    /** This review context for another problem, identified on the given day; the review date stays. */
    public MeasureContext identifiedOn(LocalDate day) {
        return new MeasureContext(family, referenceDay, day, purpose, question, onlyPerson, planId, memory, wider)
                .onTheSameDayAs(this);
    }

    /** This context narrowed to one person, for measures that must all hold of the same person. */
    public MeasureContext onlyFor(String personId) {
        MeasureContext whole = onlyPerson == null ? this : wider;
        return new MeasureContext(family, referenceDay, identifiedOn, purpose, question, personId, planId,
                whole.memory.narrowedTo(personId), whole).onTheSameDayAs(this);
    }

    /** This context for the plan with the given id, whose questions worker assessments answer. */
    public MeasureContext forPlan(String id) {
        return new MeasureContext(family, referenceDay, identifiedOn, purpose, question, onlyPerson, id, memory, wider)
                .onTheSameDayAs(this);
    }

    /** Takes the reference day's number from a context with the same reference day, if it has worked it out. */
    private MeasureContext onTheSameDayAs(MeasureContext other) {
        referenceEpochDay = other.referenceEpochDay;
        return this;
    }

    /**
     * This context moved to another day, for testing indicators day after day (the emerging problems
     * of docs/evaluation.md §4) or outcomes day after day (an outlook, §13): of what was worked out,
     * only what term measures decided carries over ({@link TermResults}). A whole family's context on
     * its day, not one derived for a problem or a question: as {@link #identification} and
     * {@link #review} make them, with the day as the day of identification.
     */
    public MeasureContext onDay(LocalDate day) {
        if (onlyPerson != null || question != null || !identifiedOn.equals(referenceDay)) {
            throw new IllegalStateException("only a whole family's context on its day moves from day to day");
        }
        TermResults kept = memory.termResults() != null ? memory.termResults() : new TermResults();
        return new MeasureContext(family, day, day, purpose, question, null, planId, new DayMemory(kept), null);
    }

    /**
     * What a term measure decided on an earlier day for the same terms, members and threshold (and, for
     * an outcome, the same day of identification, which decides whether its terms are too early), or null:
     * the same members give the same children over the same terms, so this is asked before they are
     * worked out.
     */
    Status recalled(Measure measure, List<SchoolTerm> terms, Object threshold) {
        return memory.termResults() == null ? null
                : memory.termResults().recall(measure, terms, membersOnTheDay(), threshold, identifiedFor());
    }

    /** Keeps what a term measure decided, when this context is one of a run of days ({@link #onDay}). */
    Status remember(Measure measure, List<SchoolTerm> terms, Object threshold, Status status) {
        if (memory.termResults() != null) {
            memory.termResults().keep(measure, terms, membersOnTheDay(), threshold, identifiedFor(), status);
        }
        return status;
    }

    /**
     * The day of identification as a term measure's result depends on it: an outcome's terms must end after it
     * (too early otherwise); an indicator's day of identification is the day itself, and its terms say all
     * that depends on it.
     */
    private LocalDate identifiedFor() {
        return purpose == Purpose.REVIEW ? identifiedOn : null;
    }

    /**
     * The same context with nothing remembered from earlier tests: what an explanation worked out
     * later, perhaps on another thread, is tested in.
     */
    public MeasureContext fresh() {
        return new MeasureContext(family, referenceDay, identifiedOn, purpose, question, onlyPerson, planId, null,
                null);
    }

    /** The id of the plan being evaluated, or null outside a plan (a measure tested on its own). */
    public String planId() {
        return planId;
    }

    public FamilyTimeline family() {
        return family;
    }

    /** The day windows end on: the identification day for indicators, the review date for outcomes. */
    public LocalDate referenceDay() {
        return referenceDay;
    }

    /** The day the problem was identified (engagement, or the day a later problem emerged). */
    public LocalDate identifiedOn() {
        return identifiedOn;
    }

    public Purpose purpose() {
        return purpose;
    }

    /** The id of the outcome or question being tested, which a worker assessment answers; may be null. */
    public String question() {
        return question;
    }

    /** The person this context is narrowed to, or null. */
    public String onlyPerson() {
        return onlyPerson;
    }

    /** The intervention the family was engaged in on the reference day, or null. */
    public Intervention intervention() {
        return family.interventionOn(referenceDay);
    }

    public SchoolCalendar calendar() {
        return family.calendar();
    }

    /**
     * The people in the group on the reference day, in the family's order; the list cannot be changed.
     * Memberships of one person in one family never overlap (the data stage refuses them), so each
     * person appears once.
     */
    public List<Person> people(People people) {
        return onTheDay(people).people();
    }

    /**
     * The group over a period measured (docs/evaluation.md §6, "Who is in a group"): the family's members
     * on the reference day who belonged to the group on some day of the period, by their age then. A
     * child of school age in the terms an attendance outcome measures counts for them after leaving
     * school age. The list cannot be changed.
     */
    public List<Person> people(People people, DateRange period) {
        if (people == duringPeople && DateRange.same(period, duringPeriod)) {
            return during; // a measure asks for the same group over the same days again and again
        }
        List<Person> known = over(people, period).people();
        duringPeople = people;
        duringPeriod = period;
        during = known;
        return known;
    }

    /** The group on the reference day, as the day's memory keeps it (not kept once no room is left). */
    private Group onTheDay(People people) {
        Group kept = memory.group(people);
        if (kept == null) {
            kept = memory.keep(people, wider != null ? family.group(only(wider.people(people))) : find(people, null));
        }
        return kept;
    }

    /**
     * The group over the period, as the day's memory keeps it. It is the group on the reference day, once
     * everyone in that was born by the period's end, when the group does not change with age and the
     * period runs to the day, or when the period is the day alone (but for school age, read over the
     * school year). School age over a period is the same over the whole school years it touches, so it
     * is kept once for them.
     */
    private Group over(People people, DateRange period) {
        boolean toTheDay = period.end().equals(referenceDay);
        if (toTheDay && (!people.dependsOnAge()
                || (period.start().equals(referenceDay) && people.group() != People.Group.SCHOOL_AGE_CHILDREN))) {
            Group onTheDay = onTheDay(people);
            if (bornBy(onTheDay.people(), period.end())) {
                return onTheDay;
            }
        }
        DateRange deciding = people.decidingDays(period);
        Group kept = memory.group(people, deciding);
        if (kept == null) {
            kept = memory.keep(people, deciding,
                    wider != null ? family.group(only(wider.people(people, deciding))) : find(people, deciding));
        }
        return kept;
    }

    private static boolean bornBy(List<Person> people, LocalDate day) {
        for (int i = 0; i < people.size(); i++) {
            if (Person.ageOn(people.get(i).bornOn(), day) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The full terms a term measure looks at, ending as asked: worked out once a day (see {@link FullTerms#of}). */
    FullTerms fullTerms(TermsEnding ending, int count) {
        LocalDate countedFrom = ending == TermsEnding.REFERENCE_DAY ? referenceDay : identifiedOn;
        FullTerms kept = memory.fullTerms(ending, count, countedFrom);
        if (kept == null) {
            kept = FullTerms.inCalendar(calendar(), ending, count, countedFrom);
            memory.keep(kept);
        }
        return kept;
    }

    /** The reference day alone, as a range: made once a day. */
    public DateRange theDay() {
        DateRange kept = memory.theDay();
        if (kept == null) {
            kept = new DateRange(referenceDay, referenceDay);
            memory.keepTheDay(kept);
        }
        return kept;
    }

    /** True when the member's membership on the reference day is a parent's or carer's. */
    public boolean parentOrCarer(Person person) {
        return membersOnTheDay().parent(person);
    }

    /** The members on the reference day as numbers: worked out once a day, shared with narrowed contexts. */
    private MembersOnDay membersOnTheDay() {
        if (wider != null) {
            return wider.membersOnTheDay();
        }
        MembersOnDay kept = memory.membersOnDay();
        if (kept == null) {
            kept = family.membersOnDay(referenceEpochDay());
            memory.keep(kept);
        }
        return kept;
    }

    /** The one person this context is narrowed to, if the wider context's group holds them. */
    private List<Person> only(List<Person> group) {
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).personId().equals(onlyPerson)) {
                return List.of(group.get(i));
            }
        }
        return List.of();
    }

    /**
     * The members on the reference day in the group on that day, or, given a period (not null), on some
     * day of it; their list made once and unmodifiable.
     */
    private Group find(People people, DateRange period) {
        Group found = membersOnTheDay().group(period == null
                ? (born, female, parent) -> people.includes(born, female, parent, referenceDay)
                : (born, female, parent) -> people.includesDuring(born, female, parent, period));
        return onlyPerson == null ? found : family.group(only(found.people())); // a fresh copy of a narrowed context
    }

    /** The reference day in days since 1970. */
    private long referenceEpochDay() {
        if (referenceEpochDay == Long.MIN_VALUE) {
            referenceEpochDay = referenceDay.toEpochDay();
        }
        return referenceEpochDay;
    }

    /** The day in days since 1970, the reference day's worked out once. */
    private long epochDay(LocalDate day) {
        return day.equals(referenceDay) ? referenceEpochDay() : day.toEpochDay();
    }

    /**
     * The records the selection picks about the group: those of its members, and for the whole
     * family also those about the household — records that name no person, or that name this family
     * (a call-out to the home that names a visitor is still the household's). Earliest first.
     */
    public List<TimelineRecord> records(RecordSelection selection, People people) {
        return records(selection, people, people(people));
    }

    /** As {@link #records(RecordSelection, People)}, for the group over the days a measure looks at. */
    public List<TimelineRecord> records(RecordSelection selection, People people, DateRange over) {
        return records(selection, people, people(people, over));
    }

    private List<TimelineRecord> records(RecordSelection selection, People people, List<Person> group) {
        List<String> ids = new ArrayList<>(group.size());
        for (Person person : group) {
            ids.add(person.personId());
        }
        boolean household = people.includesHousehold() && onlyPerson == null;
        return matching(selection, family.recordsAbout(selection.kind(), ids, household));
    }

    /**
     * The records the selection picks that name no person: the household's own, which measures that
     * look at each subject in turn take as one more subject. Earliest first.
     */
    public List<TimelineRecord> householdRecords(RecordSelection selection) {
        List<TimelineRecord> out = new ArrayList<>();
        for (TimelineRecord record : family.householdRecords(selection.kind())) {
            if (record.personId() == null && selection.matches(record)) {
                out.add(record);
            }
        }
        return out;
    }

    /** The records the selection picks about one person. Earliest first. */
    public List<TimelineRecord> records(RecordSelection selection, Person person) {
        return matching(selection, family.records(selection.kind(), person));
    }

    /**
     * How many records the selection picks about the group in the range (events on a day in it, spells
     * overlapping it), counting no further than {@code enough}: the records {@link #records(RecordSelection,
     * People)} would give that fall in the range, counted without being gathered.
     */
    public int count(RecordSelection selection, People people, DateRange range, int enough) {
        return count(selection, people, range, range, enough);
    }

    /**
     * As {@link #count(RecordSelection, People, DateRange, int)}, with the group taken over the days
     * {@code over}: a measure comparing two windows counts the same people in both.
     */
    public int count(RecordSelection selection, People people, DateRange over, DateRange range, int enough) {
        if (family.records(selection.kind()).isEmpty()) {
            return 0; // most families have no records of most kinds: no group to work out
        }
        boolean household = people.includesHousehold() && onlyPerson == null;
        if (range != counted) { // the counts of a day mostly share their window
            countedFrom = range.start().toEpochDay();
            countedTo = range.end().toEpochDay();
            counted = range;
        }
        long from = countedFrom;
        long to = countedTo;
        return family.count(selection.kind(), group(people, over), household, from, to, selection.filter(), enough);
    }

    /**
     * The group over the days a measure looks at (docs/evaluation.md §6), as the timeline counts it: made
     * once a day for each group and period, and the last one asked for kept at hand, as a measure asks
     * for the same again and again.
     */
    private Group group(People people, DateRange over) {
        if (people == groupedPeople && groupedOver != null && DateRange.same(over, groupedOver)) {
            return grouped;
        }
        boolean onTheDay = over.start().equals(referenceDay) && over.end().equals(referenceDay);
        Group group = onTheDay ? onTheDay(people) : over(people, over);
        groupedPeople = people;
        groupedOver = over;
        grouped = group;
        return group;
    }

    @SuppressWarnings("unchecked")
    private static List<TimelineRecord> matching(RecordSelection selection, List<? extends TimelineRecord> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        if (selection.selectsAll()) {
            return (List<TimelineRecord>) candidates; // the timeline's lists cannot be changed
        }
        List<TimelineRecord> out = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            TimelineRecord record = candidates.get(i);
            if (selection.matches(record)) {
                out.add(record);
            }
        }
        return out;
    }

    /** Every record of a kind about one person, earliest first; the list cannot be changed. */
    public <T extends TimelineRecord> List<T> records(RecordKind<T> kind, Person person) {
        return family.records(kind, person);
    }

    /**
     * True when a record the selection picks about the person (not the household) covers the day: read
     * from the timeline's numbers, so that ruling someone out reads none of their records' dates.
     */
    public boolean anyCovers(RecordSelection selection, Person person, LocalDate day) {
        long epochDay = epochDay(day);
        return family.count(selection.kind(), person, epochDay, epochDay, selection.filter(), 1) > 0;
    }

    /**
     * True when a record the selection picks about someone in the group over the days {@code over} (not
     * the household) covers the day: one pass over the numbers kept beside the kind's records, so that a
     * group none of whom holds a status that day is ruled out at once.
     */
    public boolean anyoneCovers(RecordSelection selection, People people, DateRange over, LocalDate day) {
        long epochDay = epochDay(day);
        return family.count(selection.kind(), group(people, over), false, epochDay, epochDay, selection.filter(), 1)
                > 0;
    }

    /**
     * True when a record the selection picks about the group (or, for the whole family, the household)
     * falls in the days from identification to the reference day: whether the data holds anything
     * since help began (data first).
     */
    public boolean holdsRecordsSinceIdentified(RecordSelection selection, People people) {
        return count(selection, people, new DateRange(identifiedOn, referenceDay), 1) > 0;
    }

    /** True when a record the selection picks about the group falls on or before the reference day. */
    public boolean holdsRecords(RecordSelection selection, People people) {
        DateRange upToTheDay = memory.upToTheDay();
        if (upToTheDay == null) {
            upToTheDay = new DateRange(LocalDate.MIN, referenceDay);
            memory.keepUpToTheDay(upToTheDay);
        }
        return count(selection, people, theDay(), upToTheDay, 1) > 0;
    }

    /** The period ending on the reference day: "the last six months". */
    public DateRange last(Period period) {
        if (wider != null) {
            return wider.last(period); // a narrowed context keeps the wider one's day
        }
        DateRange known = memory.period(period);
        if (known == null) {
            known = period.endingOn(referenceDay);
            memory.keep(period, known);
        }
        return known;
    }

    /**
     * True when an outcome's review window begins before the problem was identified, so that it
     * would measure the time before the family was helped. Never true for indicators.
     */
    public boolean tooEarly(DateRange window) {
        return purpose == Purpose.REVIEW && window.start().isBefore(identifiedOn);
    }

    /**
     * Tells the witness that the review window begins before the problem was identified, and the
     * earliest review date at which it will not: too early.
     */
    public Status tooEarly(DateRange window, LocalDate earliestReview, Witness witness) {
        witness.says("the review window %s starts before the problem was identified on %s; the earliest review date is %s",
                window, identifiedOn, earliestReview);
        return Status.TOO_EARLY;
    }
}
