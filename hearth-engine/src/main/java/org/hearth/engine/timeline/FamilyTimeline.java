package org.hearth.engine.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one family: its members over time, its interventions, and every record
 * about a member or the household, each kind kept in date order. Built once by the data stage and
 * then only read, so it can be shared by many evaluations at once.
 */
public final class FamilyTimeline {
    private final String familyId;
    private final List<Membership> memberships;
    private final Map<String, Person> people;
    private final List<Person> everyone;
    private final List<Person> memberPeople;
    private final MemberIndex members;
    private final List<Intervention> interventions;
    private final RecordIndex records;
    /** The questions key workers answered, in order. */
    private final String[] questions;
    /** The timeline's worker assessments by question, in the order of {@link #questions}, each question's earliest first. */
    private final WorkerAssessment[] answers;
    /** Where each question's answers begin in {@link #answers}; the last entry is where the last question's end. */
    private final int[] answersFrom;
    private final SchoolCalendar calendar;
    /** The latest day anything in the timeline was learnt: see {@link #asKnownOn}. */
    private final LocalDate settledOn;
    /**
     * The timeline as known on the day last asked for, when that meant rebuilding it: the plans of one
     * review, and the passes of a long-running server, ask for the same day again and again. A rebuild
     * costs as much as several evaluations. Immutable, so a race between threads only rebuilds twice.
     */
    private volatile KnownOn lastKnown;

    private FamilyTimeline(Builder builder) {
        this.familyId = builder.familyId;
        this.memberships = List.copyOf(builder.memberships);
        this.people = Map.copyOf(builder.people);
        this.everyone = List.copyOf(builder.people.values());
        List<Person> ofMemberships = new ArrayList<>(memberships.size());
        for (Membership membership : memberships) {
            ofMemberships.add(people.get(membership.personId()));
        }
        this.memberPeople = List.copyOf(ofMemberships);
        this.members = new MemberIndex(memberships, memberPeople, everyone);
        List<Intervention> sorted = new ArrayList<>(builder.interventions);
        sorted.sort(Comparator.comparing(Intervention::engagedOn));
        this.interventions = List.copyOf(sorted);
        this.records = new RecordIndex(familyId, builder.records, everyone, members);
        List<WorkerAssessment> byQuestion = new ArrayList<>(records(RecordKind.WORKER_ASSESSMENTS));
        byQuestion.sort(Comparator.comparing(WorkerAssessment::question)); // stable: dates stay in order
        this.answers = byQuestion.toArray(new WorkerAssessment[0]);
        List<String> asked = new ArrayList<>();
        int[] askedFrom = new int[answers.length + 1];
        for (int at = 0; at < answers.length; at++) {
            if (at == 0 || !answers[at].question().equals(answers[at - 1].question())) {
                askedFrom[asked.size()] = at;
                asked.add(answers[at].question());
            }
        }
        askedFrom[asked.size()] = answers.length;
        this.questions = asked.toArray(new String[0]);
        this.answersFrom = Arrays.copyOf(askedFrom, asked.size() + 1);
        this.calendar = builder.calendar;
        this.settledOn = TimelineAsKnown.settledOn(everyone, memberships, interventions, records.all());
    }

    /** Starts a timeline for the given family using the given school calendar. */
    public static Builder builder(String familyId, SchoolCalendar calendar) {
        return new Builder(familyId, calendar);
    }

    public String familyId() {
        return familyId;
    }

    /**
     * The timeline as it stood at the end of the day: what an evaluation as at that day may see. Each
     * record, membership, intervention and person is taken as {@code asKnownOn} the day gives it;
     * those that did not exist yet are left out. The timeline itself when nothing in it was learnt
     * after the day (worked out once, when it was built), as for a data extract that ends on the
     * review date: then this costs nothing. Otherwise the rebuilt timeline is kept for the next call
     * on the same day.
     */
    public FamilyTimeline asKnownOn(LocalDate day) {
        if (!settledOn.isAfter(day)) {
            return this;
        }
        KnownOn known = lastKnown;
        if (known == null || !known.day().equals(day)) {
            known = new KnownOn(day, TimelineAsKnown.on(this, day));
            lastKnown = known;
        }
        return known.timeline();
    }

    /** A timeline as known on a day. */
    private record KnownOn(LocalDate day, FamilyTimeline timeline) {
    }

    /**
     * The latest day on which anything in the timeline was learnt: a record's {@link TimelineRecord#settledOn},
     * a membership's start or end, an intervention's {@link Intervention#settledOn}, a date of birth.
     */
    public LocalDate settledOn() {
        return settledOn;
    }

    /** Every membership of this family, past and present. */
    public List<Membership> memberships() {
        return memberships;
    }

    /**
     * The person each membership is of, in the order of {@link #memberships()}, so that a measure
     * walking the memberships need not look each person up.
     */
    public List<Person> membershipPeople() {
        return memberPeople;
    }

    /**
     * The members on the day (days since 1970) as numbers, from which each group that day is found
     * without reading a person ({@link MembersOnDay#group}).
     */
    public MembersOnDay membersOnDay(long day) {
        return members.onDay(day);
    }

    /** The memberships in force on the given day. */
    public List<Membership> membersOn(LocalDate day) {
        List<Membership> members = new ArrayList<>();
        for (Membership membership : memberships) {
            if (membership.coversDay(day)) {
                members.add(membership);
            }
        }
        return members;
    }

    /** The person with the given id; every member has one. */
    public Person person(String personId) {
        return people.get(personId);
    }

    /** Everyone the timeline knows: members past and present, and people they are linked to. */
    public List<Person> people() {
        return everyone;
    }

    /** The family's interventions, earliest engagement first. */
    public List<Intervention> interventions() {
        return interventions;
    }

    /**
     * True when someone the timeline knows was born on one of the days {@code first} to {@code last}
     * (days since 1970): read from the dates of birth kept as numbers, not from each person.
     */
    public boolean anyoneBornBetween(long first, long last) {
        return members.anyoneBornBetween(first, last);
    }

    /** The intervention in which the family was engaged on the given day: the latest begun by then. */
    public Intervention interventionOn(LocalDate day) {
        Intervention current = null;
        for (Intervention intervention : interventions) {
            if (!intervention.engagedOn().isAfter(day)) {
                current = intervention;
            }
        }
        return current;
    }

    /** Every record of a kind about this family or its members, earliest first. */
    public <T extends TimelineRecord> List<T> records(RecordKind<T> kind) {
        return records.of(kind);
    }

    /** Every record of a kind about the given person, earliest first; empty when there are none. */
    public <T extends TimelineRecord> List<T> records(RecordKind<T> kind, String personId) {
        return records.of(kind, personId);
    }

    /** Every record of a kind about one of the timeline's people, earliest first; empty when there are none. */
    public <T extends TimelineRecord> List<T> records(RecordKind<T> kind, Person person) {
        return records.of(kind, person);
    }

    /**
     * The person's attendance records as numbers, in the order of {@link #records(RecordKind, Person)}:
     * what a measure summing sessions over terms reads in place of the records.
     */
    public TermFigures attendanceFigures(Person person) {
        TermFigures kept = records.attendanceOf(person);
        if (kept != null) {
            return kept;
        }
        List<TermAttendance> attended = records(RecordKind.ATTENDANCE, person);
        return attended.isEmpty() ? TermFigures.NONE : new TermFigures(attended);
    }

    /**
     * Every record of a kind about the household, earliest first: those that name no person, and those
     * that name this family (a call-out to the home that names a visitor).
     */
    public <T extends TimelineRecord> List<T> householdRecords(RecordKind<T> kind) {
        return records.household(kind);
    }

    /**
     * Every record of a kind about any of the given people and, when asked, about the household
     * (records that name no person, or that name this family), each once, earliest first.
     */
    public <T extends TimelineRecord> List<T> recordsAbout(RecordKind<T> kind, List<String> personIds,
                                                           boolean household) {
        return records.recordsAbout(kind, personIds, household);
    }

    /** The members given, as the timeline counts records about them: made once and kept for the day. */
    public Group group(List<Person> group) {
        return new Group(group, members.mask(group));
    }

    /**
     * How many of the kind's records about the group (and, when asked, the household: records that name
     * no person, or this family) fall in the days {@code from} to {@code to} (days since 1970; events on
     * a day in them, spells overlapping them) and pass the test (none: every record), counting no further
     * than {@code enough}: counted where they are kept, without gathering them.
     */
    public int count(RecordKind<?> kind, Group group, boolean household, long from, long to, RecordFilter test,
                     int enough) {
        return group.mask() == Group.UNMASKED
                ? records.count(kind, group.people(), household, from, to, test, enough)
                : records.count(kind, group.mask(), household, from, to, test, enough);
    }

    /** As {@link #count} for one person's own records. */
    public int count(RecordKind<?> kind, Person person, long from, long to, RecordFilter test, int enough) {
        return records.count(kind, List.of(person), false, from, to, test, enough);
    }

    /**
     * The first and last day of each of the kind's records that passes the test (none: every record),
     * earliest first, in days since 1970 (an open spell's last day the largest int), as pairs in one
     * array: first, last, first, last; read from the numbers kept beside the records.
     */
    public int[] spans(RecordKind<?> kind, RecordFilter test) {
        return records.spans(kind, test);
    }

    /**
     * The key workers' answers to one question (in any plan), earliest first: what the timeline's
     * worker assessments hold for it, found without reading the answers to other questions.
     */
    public List<WorkerAssessment> answersTo(String question) {
        int at = Arrays.binarySearch(questions, question);
        return at < 0 ? List.of() : new RecordList<>(answers, answersFrom[at], answersFrom[at + 1]);
    }

    /** The authority's school terms. */
    public SchoolCalendar calendar() {
        return calendar;
    }

    /** Builds a timeline; records may be added in any order. */
    public static final class Builder {
        private final String familyId;
        private final SchoolCalendar calendar;
        private final List<Membership> memberships = new ArrayList<>();
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final List<Intervention> interventions = new ArrayList<>();
        /** Each kind's records by the kind's index, made when the first comes. */
        @SuppressWarnings("unchecked")
        private final List<TimelineRecord>[] records = (List<TimelineRecord>[]) new List<?>[RecordKind.all().size()];

        private Builder(String familyId, SchoolCalendar calendar) {
            this.familyId = Require.text(familyId, "family_id");
            this.calendar = Require.present(calendar, "calendar");
        }

        /** Adds a member: the person and one membership of this family. */
        public Builder member(Person person, Membership membership) {
            if (!membership.familyId().equals(familyId) || !membership.personId().equals(person.personId())) {
                throw new IllegalArgumentException("membership " + membership + " is not of " + person.personId()
                        + " in family " + familyId);
            }
            people.put(person.personId(), person);
            memberships.add(membership);
            return this;
        }

        /** Adds a person who is not a member (a mother living elsewhere, say) so they can be looked up. */
        public Builder person(Person person) {
            people.putIfAbsent(person.personId(), person);
            return this;
        }

        public Builder intervention(Intervention intervention) {
            interventions.add(intervention);
            return this;
        }

        public Builder record(TimelineRecord record) {
            int kind = record.kind().index();
            if (records[kind] == null) {
                records[kind] = new ArrayList<>();
            }
            records[kind].add(record);
            return this;
        }

        public Builder records(List<? extends TimelineRecord> list) {
            for (TimelineRecord record : list) {
                record(record);
            }
            return this;
        }

        public FamilyTimeline build() {
            return new FamilyTimeline(this);
        }
    }
}
