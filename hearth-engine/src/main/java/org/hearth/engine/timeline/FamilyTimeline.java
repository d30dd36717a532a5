package org.hearth.engine.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything known about one family: its members over time, its interventions, and every record
 * about a member or the household, each kind kept in date order. Built once by the data stage and
 * then only read, so it can be shared by many evaluations at once.
 */
public final class FamilyTimeline {
    private static final Comparator<TimelineRecord> BY_START =
            Comparator.comparing(TimelineRecord::start).thenComparing(TimelineRecord::recordId);

    private final String familyId;
    private final List<Membership> memberships;
    private final Map<String, Person> people;
    private final List<Person> everyone;
    private final List<Person> memberPeople;
    /**
     * The memberships' people as an array, with each membership's first and last day in days since
     * 1970 (open: the largest) and whether it is a parent's, in the order of {@link #memberships()}.
     */
    private final Person[] memberPeopleArray;
    private final int[] memberFrom;
    private final int[] memberTo;
    private final boolean[] memberParent;
    /** Each membership's person's date of birth ({@link Person#bornOn}) and whether she is female. */
    private final int[] memberBorn;
    private final boolean[] memberFemale;
    private final Person[] everyoneArray;
    /** Each known person's date of birth in days since 1970, in the order of {@link #everyoneArray}. */
    private final long[] everyoneBorn;
    private final List<Intervention> interventions;
    private final List<?>[] records;
    private final KindIndex[] byOwner;
    /** Per kind, each record's first and last day in days since 1970 (an open spell: the largest int). */
    private final int[][] startDays;
    private final int[][] endDays;
    /**
     * Per kind, whom each record is about: bits 0 to 5 the place in {@link #everyoneArray} of the person
     * it names, plus one (0: no person, or a timeline of more than {@link #MASKED} people), and
     * {@link #HOUSEHOLD} when it is the household's.
     */
    private final byte[][] owners;
    /** Per kind, each record's filterable fields as {@link RecordKind#codes}, for {@link RecordFilter}s. */
    private final int[][] fieldCodes;
    /** The questions key workers answered, in order, and each one's answers, earliest first. */
    private final String[] questions;
    private final List<?>[] answers;
    /** Each known person's attendance records as numbers, by place in {@link #everyoneArray}; empty when none has any. */
    private final TermFigures[] attendance;
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
        Membership[] membershipArray = memberships.toArray(new Membership[0]);
        this.memberPeopleArray = ofMemberships.toArray(new Person[0]);
        this.memberFrom = new int[membershipArray.length];
        this.memberTo = new int[membershipArray.length];
        this.memberParent = new boolean[membershipArray.length];
        this.memberBorn = new int[membershipArray.length];
        this.memberFemale = new boolean[membershipArray.length];
        for (int i = 0; i < membershipArray.length; i++) {
            memberBorn[i] = memberPeopleArray[i].bornOn();
            memberFemale[i] = memberPeopleArray[i].sex() == Vocabulary.Sex.FEMALE;
            memberParent[i] = membershipArray[i].parent();
            memberFrom[i] = (int) membershipArray[i].start().toEpochDay();
            LocalDate end = membershipArray[i].end();
            memberTo[i] = end == null ? Integer.MAX_VALUE : (int) end.toEpochDay();
        }
        this.everyoneArray = everyone.toArray(new Person[0]);
        this.everyoneBorn = new long[everyoneArray.length];
        for (int i = 0; i < everyoneArray.length; i++) {
            everyoneBorn[i] = everyoneArray[i].dateOfBirth().toEpochDay();
        }
        List<Intervention> sorted = new ArrayList<>(builder.interventions);
        sorted.sort(Comparator.comparing(Intervention::engagedOn));
        this.interventions = List.copyOf(sorted);
        this.records = new List<?>[RecordKind.all().size()];
        this.byOwner = new KindIndex[records.length];
        this.startDays = new int[records.length][];
        this.endDays = new int[records.length][];
        this.owners = new byte[records.length][];
        this.fieldCodes = new int[records.length][];
        for (int i = 0; i < records.length; i++) {
            List<TimelineRecord> list = builder.records[i];
            if (list == null) {
                records[i] = List.of();
                byOwner[i] = KindIndex.EMPTY;
                startDays[i] = NO_DAYS;
                endDays[i] = NO_DAYS;
                owners[i] = NO_OWNERS;
                fieldCodes[i] = NO_DAYS;
            } else {
                list.sort(BY_START);
                List<TimelineRecord> sortedRecords = List.copyOf(list);
                records[i] = sortedRecords;
                byOwner[i] = KindIndex.of(familyId, sortedRecords, everyone);
                startDays[i] = new int[sortedRecords.size()];
                endDays[i] = new int[sortedRecords.size()];
                fieldCodes[i] = new int[sortedRecords.size()];
                owners[i] = byOwner[i].owners(sortedRecords.size(), everyoneArray.length <= MASKED);
                for (int r = 0; r < sortedRecords.size(); r++) {
                    TimelineRecord record = sortedRecords.get(r);
                    startDays[i][r] = (int) record.start().toEpochDay();
                    endDays[i][r] = record.end() == null ? Integer.MAX_VALUE : (int) record.end().toEpochDay();
                    fieldCodes[i][r] = record.kind().codes(record);
                }
            }
        }
        List<WorkerAssessment> byQuestion = new ArrayList<>(records(RecordKind.WORKER_ASSESSMENTS));
        byQuestion.sort(Comparator.comparing(WorkerAssessment::question)); // stable: dates stay in order
        List<String> asked = new ArrayList<>();
        List<List<WorkerAssessment>> answered = new ArrayList<>();
        for (int from = 0, to; from < byQuestion.size(); from = to) {
            String question = byQuestion.get(from).question();
            to = from + 1;
            while (to < byQuestion.size() && byQuestion.get(to).question().equals(question)) {
                to++;
            }
            asked.add(question);
            answered.add(List.copyOf(byQuestion.subList(from, to)));
        }
        this.questions = asked.toArray(new String[0]);
        this.answers = answered.toArray(new List<?>[0]);
        this.attendance = byOwner[RecordKind.ATTENDANCE.index()].figures();
        this.calendar = builder.calendar;
        this.settledOn = TimelineAsKnown.settledOn(everyone, memberships, interventions, records);
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

    /** How many memberships the family has had: {@link #memberships()}'s size. */
    public int membershipCount() {
        return memberPeopleArray.length;
    }

    /** The person of the membership at this place in {@link #memberships()}. */
    public Person membershipPerson(int index) {
        return memberPeopleArray[index];
    }

    /** True when the membership at this place is a parent's or carer's, or gives parenting responsibility. */
    public boolean membershipOfParent(int index) {
        return memberParent[index];
    }

    /** The date of birth ({@link Person#bornOn}) of the person of the membership at this place. */
    public int membershipPersonBorn(int index) {
        return memberBorn[index];
    }

    /** True when the person of the membership at this place is female. */
    public boolean membershipPersonFemale(int index) {
        return memberFemale[index];
    }

    /** True when the membership at this place covers the day (in days since 1970). */
    public boolean membershipCovers(int index, long epochDay) {
        return memberFrom[index] <= epochDay && epochDay <= memberTo[index];
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
        for (int i = 0; i < everyoneBorn.length; i++) {
            if (first <= everyoneBorn[i] && everyoneBorn[i] <= last) {
                return true;
            }
        }
        return false;
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
    @SuppressWarnings("unchecked")
    public <T extends TimelineRecord> List<T> records(RecordKind<T> kind) {
        return (List<T>) records[kind.index()];
    }

    /** Every record of a kind about the given person, earliest first; empty when there are none. */
    @SuppressWarnings("unchecked")
    public <T extends TimelineRecord> List<T> records(RecordKind<T> kind, String personId) {
        return (List<T>) byOwner[kind.index()].of(personId).records();
    }

    /** Every record of a kind about one of the timeline's people, earliest first; empty when there are none. */
    @SuppressWarnings("unchecked")
    public <T extends TimelineRecord> List<T> records(RecordKind<T> kind, Person person) {
        return (List<T>) byOwner[kind.index()].of(person, placeOf(person)).records();
    }

    /**
     * The person's attendance records as numbers, in the order of {@link #records(RecordKind, Person)}:
     * what a measure summing sessions over terms reads in place of the records.
     */
    public TermFigures attendanceFigures(Person person) {
        int place = placeOf(person);
        if (place >= 0 && attendance.length > 0) {
            return attendance[place];
        }
        List<TermAttendance> records = records(RecordKind.ATTENDANCE, person);
        return records.isEmpty() ? TermFigures.NONE : new TermFigures(records);
    }

    /**
     * Every record of a kind about the household, earliest first: those that name no person, and those
     * that name this family (a call-out to the home that names a visitor).
     */
    @SuppressWarnings("unchecked")
    public <T extends TimelineRecord> List<T> householdRecords(RecordKind<T> kind) {
        return (List<T>) byOwner[kind.index()].household().records();
    }

    /**
     * Every record of a kind about any of the given people and, when asked, about the household
     * (records that name no person, or that name this family), each once, earliest first.
     */
    @SuppressWarnings("unchecked")
    public <T extends TimelineRecord> List<T> recordsAbout(RecordKind<T> kind, List<String> personIds,
                                                           boolean household) {
        KindIndex index = byOwner[kind.index()];
        Owned only = null;
        int sources = 0;
        int total = 0;
        for (String personId : personIds) {
            Owned owned = index.of(personId);
            if (!owned.records().isEmpty()) {
                only = owned;
                sources++;
                total += owned.positions().length;
            }
        }
        if (household && !index.household().records().isEmpty()) {
            only = index.household();
            sources++;
            total += only.positions().length;
        }
        if (sources == 0) {
            return List.of();
        }
        if (sources == 1) {
            return (List<T>) only.records();
        }
        int[] positions = new int[total];
        int filled = 0;
        for (String personId : personIds) {
            int[] owned = index.of(personId).positions();
            System.arraycopy(owned, 0, positions, filled, owned.length);
            filled += owned.length;
        }
        if (household) {
            int[] owned = index.household().positions();
            System.arraycopy(owned, 0, positions, filled, owned.length);
        }
        Arrays.sort(positions);
        List<T> all = (List<T>) records[kind.index()];
        List<T> out = new ArrayList<>(total);
        for (int i = 0; i < positions.length; i++) {
            // A record about a member that also names this family is both theirs and the household's.
            if (i == 0 || positions[i] != positions[i - 1]) {
                out.add(all.get(positions[i]));
            }
        }
        return out;
    }

    /**
     * How many of the records {@link #recordsAbout} would give for these people (and the household,
     * when asked) fall in the days {@code from} to {@code to} (days since 1970; events on a day in them,
     * spells overlapping them) and pass the test (none: every record), counting no further than
     * {@code enough}; counted where they are kept, without gathering them.
     */
    public int countAbout(RecordKind<?> kind, List<Person> group, boolean household, long from, long to,
                          RecordFilter test, int enough) {
        KindIndex index = byOwner[kind.index()];
        int[] starts = startDays[kind.index()];
        int[] ends = endDays[kind.index()];
        int[] codes = fieldCodes[kind.index()];
        int found = 0;
        for (int p = 0; p < group.size(); p++) {
            Owned owned = index.of(group.get(p), placeOf(group.get(p)));
            int[] at = owned.positions();
            for (int i = 0; i < at.length && starts[at[i]] <= to; i++) { // earliest start first
                if (ends[at[i]] >= from && (test == null || test.test(codes[at[i]])) && ++found >= enough) {
                    return found;
                }
            }
        }
        Owned theirs = household ? index.household() : Owned.NONE;
        int[] at = theirs.positions();
        for (int i = 0; i < at.length && starts[at[i]] <= to; i++) {
            TimelineRecord record = theirs.records().get(i);
            // A household record about a member of the group was counted as theirs.
            if (ends[at[i]] >= from && (record.personId() == null || !named(group, record.personId()))
                    && (test == null || test.test(codes[at[i]])) && ++found >= enough) {
                return found;
            }
        }
        return found;
    }

    /**
     * The first and last day of each of the kind's records that passes the test (none: every record),
     * earliest first, in days since 1970 (an open spell's last day the largest int), as pairs in one
     * array: first, last, first, last; read from the numbers kept beside the records.
     */
    public int[] spans(RecordKind<?> kind, RecordFilter test) {
        int[] starts = startDays[kind.index()];
        int[] ends = endDays[kind.index()];
        int[] codes = fieldCodes[kind.index()];
        int[] spans = new int[2 * starts.length];
        int found = 0;
        for (int r = 0; r < starts.length; r++) {
            if (test == null || test.test(codes[r])) {
                spans[found++] = starts[r];
                spans[found++] = ends[r];
            }
        }
        return found == spans.length ? spans : Arrays.copyOf(spans, found);
    }

    /**
     * The group as bits, one for each member's place among everyone the timeline knows, for
     * {@link #countAbout(RecordKind, long, boolean, long, long, RecordFilter, int)}; or {@link #UNMASKED}
     * when the timeline knows more than {@link #MASKED} people or the group holds someone it does not.
     */
    public long groupMask(List<Person> group) {
        if (everyoneArray.length > MASKED) {
            return UNMASKED;
        }
        long mask = 0;
        for (int p = 0; p < group.size(); p++) {
            int place = placeOf(group.get(p));
            if (place < 0) {
                return UNMASKED;
            }
            mask |= 1L << place;
        }
        return mask;
    }

    /**
     * As {@link #countAbout(RecordKind, List, boolean, long, long, RecordFilter, int)} for the group given
     * by {@link #groupMask}: one pass over the kind's records, each counted when it is about a member or,
     * when asked, the household's.
     */
    public int countAbout(RecordKind<?> kind, long groupMask, boolean household, long from, long to,
                          RecordFilter test, int enough) {
        int[] starts = startDays[kind.index()];
        int[] ends = endDays[kind.index()];
        byte[] about = owners[kind.index()];
        int[] codes = fieldCodes[kind.index()];
        int found = 0;
        for (int r = 0; r < starts.length && starts[r] <= to; r++) { // earliest start first
            int place = about[r] & PLACE;
            boolean counted = (place != 0 && (groupMask >>> (place - 1) & 1) != 0)
                    || (household && (about[r] & HOUSEHOLD) != 0);
            if (counted && ends[r] >= from && (test == null || test.test(codes[r]))
                    && ++found >= enough) {
                return found;
            }
        }
        return found;
    }

    /**
     * The person's place among everyone the timeline knows, found by identity (the timeline keeps one
     * object per person), or -1 for a person it does not hold.
     */
    private int placeOf(Person person) {
        for (int i = 0; i < everyoneArray.length; i++) {
            if (everyoneArray[i] == person) {
                return i;
            }
        }
        return -1;
    }

    private static boolean named(List<Person> group, String personId) {
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).personId().equals(personId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key workers' answers to one question (in any plan), earliest first: what the timeline's
     * worker assessments hold for it, found without reading the answers to other questions.
     */
    @SuppressWarnings("unchecked")
    public List<WorkerAssessment> answersTo(String question) {
        int at = Arrays.binarySearch(questions, question);
        return at < 0 ? List.of() : (List<WorkerAssessment>) answers[at];
    }

    /** The authority's school terms. */
    public SchoolCalendar calendar() {
        return calendar;
    }

    private static final int[] NO_DAYS = new int[0];
    private static final byte[] NO_OWNERS = new byte[0];
    /** The most people a timeline may know for its groups to be counted by {@link #groupMask}. */
    private static final int MASKED = 62;
    /** A group {@link #groupMask} cannot give as bits. */
    public static final long UNMASKED = -1L;
    private static final int PLACE = 0x3F;
    private static final int HOUSEHOLD = 0x40;

    /** Some of one kind's records, and where each stands in the kind's date order. */
    private record Owned(List<TimelineRecord> records, int[] positions) {
        static final Owned NONE = new Owned(List.of(), new int[0]);
    }

    /**
     * One kind's records grouped by the person they are about, and those about the household, built
     * once so that a measure looking at a few people reads only their records.
     */
    private record KindIndex(Map<String, Owned> byPerson, Owned household, Owned[] ofEveryone) {
        static final KindIndex EMPTY = new KindIndex(Map.of(), Owned.NONE, new Owned[0]);

        static KindIndex of(String familyId, List<TimelineRecord> sorted, List<Person> everyone) {
            Map<String, List<Integer>> people = new HashMap<>();
            List<Integer> household = new ArrayList<>();
            for (int i = 0; i < sorted.size(); i++) {
                TimelineRecord record = sorted.get(i);
                String owner = record.personId();
                if (owner != null) {
                    people.computeIfAbsent(owner, k -> new ArrayList<>()).add(i);
                }
                if (owner == null || familyId.equals(record.familyId())) {
                    household.add(i);
                }
            }
            Map<String, Owned> byPerson = new HashMap<>();
            for (Map.Entry<String, List<Integer>> entry : people.entrySet()) {
                byPerson.put(entry.getKey(), owned(sorted, entry.getValue()));
            }
            // The same records again by each known person's place in the timeline, found without hashing.
            Owned[] ofEveryone = new Owned[byPerson.isEmpty() ? 0 : everyone.size()];
            for (int i = 0; i < ofEveryone.length; i++) {
                ofEveryone[i] = byPerson.getOrDefault(everyone.get(i).personId(), Owned.NONE);
            }
            return new KindIndex(Map.copyOf(byPerson), owned(sorted, household), ofEveryone);
        }

        private static Owned owned(List<TimelineRecord> sorted, List<Integer> at) {
            if (at.isEmpty()) {
                return Owned.NONE;
            }
            int[] positions = new int[at.size()];
            TimelineRecord[] picked = new TimelineRecord[at.size()];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = at.get(i);
                picked[i] = sorted.get(positions[i]);
            }
            return new Owned(List.of(picked), positions);
        }

        Owned of(String personId) {
            return byPerson.getOrDefault(personId, Owned.NONE);
        }

        /** Each known person's records as attendance figures, by place among everyone; empty when none has any. */
        @SuppressWarnings("unchecked")
        TermFigures[] figures() {
            TermFigures[] figures = new TermFigures[ofEveryone.length];
            for (int i = 0; i < figures.length; i++) {
                List<?> records = ofEveryone[i].records();
                figures[i] = records.isEmpty() ? TermFigures.NONE : new TermFigures((List<TermAttendance>) records);
            }
            return figures;
        }

        /**
         * Whom each of the kind's records is about, as {@link FamilyTimeline#owners} keeps it: the place of
         * its person among everyone (when {@code placed}), and whether it is the household's.
         */
        byte[] owners(int records, boolean placed) {
            byte[] owners = new byte[records];
            for (int i = 0; placed && i < ofEveryone.length; i++) {
                for (int at : ofEveryone[i].positions()) {
                    owners[at] = (byte) (i + 1);
                }
            }
            for (int at : household.positions()) {
                owners[at] |= HOUSEHOLD;
            }
            return owners;
        }

        /** The person's records, by their place among everyone (-1: not one of them, looked up by id). */
        Owned of(Person person, int place) {
            if (ofEveryone.length == 0) {
                return byPerson.isEmpty() ? Owned.NONE : of(person.personId());
            }
            return place >= 0 ? ofEveryone[place] : of(person.personId());
        }
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
