package org.hearth.engine.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A timeline's records, each kind earliest first, grouped by whom they are about, with columns of numbers
 * beside them: each record's first and last day in days since 1970, whom it is about as a small number,
 * and its filterable fields packed into one int ({@link RecordKind#codes}), so that a count in a window
 * reads no record. Package-private: the timeline's public methods say what they find, not how it is kept.
 */
final class RecordIndex {
    private static final Comparator<TimelineRecord> BY_START =
            Comparator.comparing(TimelineRecord::start).thenComparing(TimelineRecord::recordId);
    private static final int[] NO_DAYS = new int[0];
    private static final byte[] NO_OWNERS = new byte[0];
    private static final int PLACE = 0x3F;
    private static final int HOUSEHOLD = 0x40;

    private final MemberIndex members;
    private final List<?>[] records;
    private final KindIndex[] byOwner;
    /** Per kind, each record's first and last day in days since 1970 (an open spell: the largest int). */
    private final int[][] startDays;
    private final int[][] endDays;
    /**
     * Per kind, whom each record is about: bits 0 to 5 the place among everyone the timeline knows of the
     * person it names, plus one (0: no person, or a timeline of more than {@link MemberIndex#MASKED}
     * people), and {@link #HOUSEHOLD} when it is the household's.
     */
    private final byte[][] owners;
    /** Per kind, each record's filterable fields as {@link RecordKind#codes}, for {@link RecordFilter}s. */
    private final int[][] fieldCodes;
    /** Each known person's attendance records as numbers, by place among everyone; empty when none has any. */
    private final TermFigures[] attendance;

    /** Sorts each kind's records (the lists are the builder's, sorted in place) and indexes them. */
    RecordIndex(String familyId, List<TimelineRecord>[] given, List<Person> everyone, MemberIndex members) {
        this.members = members;
        this.records = new List<?>[given.length];
        this.byOwner = new KindIndex[records.length];
        this.startDays = new int[records.length][];
        this.endDays = new int[records.length][];
        this.owners = new byte[records.length][];
        this.fieldCodes = new int[records.length][];
        for (int i = 0; i < records.length; i++) {
            List<TimelineRecord> list = given[i];
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
                owners[i] = byOwner[i].owners(sortedRecords.size(), members.known() <= MemberIndex.MASKED);
                for (int r = 0; r < sortedRecords.size(); r++) {
                    TimelineRecord record = sortedRecords.get(r);
                    startDays[i][r] = (int) record.start().toEpochDay();
                    endDays[i][r] = record.end() == null ? Integer.MAX_VALUE : (int) record.end().toEpochDay();
                    fieldCodes[i][r] = record.kind().codes(record);
                }
            }
        }
        this.attendance = byOwner[RecordKind.ATTENDANCE.index()].figures();
    }

    /** Every kind's records, by the kind's index. */
    List<?>[] all() {
        return records;
    }

    @SuppressWarnings("unchecked")
    <T extends TimelineRecord> List<T> of(RecordKind<T> kind) {
        return (List<T>) records[kind.index()];
    }

    @SuppressWarnings("unchecked")
    <T extends TimelineRecord> List<T> of(RecordKind<T> kind, String personId) {
        return (List<T>) byOwner[kind.index()].of(personId).records();
    }

    @SuppressWarnings("unchecked")
    <T extends TimelineRecord> List<T> of(RecordKind<T> kind, Person person) {
        return (List<T>) byOwner[kind.index()].of(person, members.placeOf(person)).records();
    }

    @SuppressWarnings("unchecked")
    <T extends TimelineRecord> List<T> household(RecordKind<T> kind) {
        return (List<T>) byOwner[kind.index()].household().records();
    }

    /** The person's attendance figures, when they have any; null to make them from the records. */
    TermFigures attendanceOf(Person person) {
        int place = members.placeOf(person);
        return place >= 0 && attendance.length > 0 ? attendance[place] : null;
    }

    /**
     * Every record of a kind about any of the given people and, when asked, about the household
     * (records that name no person, or that name this family), each once, earliest first.
     */
    @SuppressWarnings("unchecked")
    <T extends TimelineRecord> List<T> recordsAbout(RecordKind<T> kind, List<String> personIds,
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
    int count(RecordKind<?> kind, List<Person> group, boolean household, long from, long to,
                          RecordFilter test, int enough) {
        KindIndex index = byOwner[kind.index()];
        int[] starts = startDays[kind.index()];
        int[] ends = endDays[kind.index()];
        int[] codes = fieldCodes[kind.index()];
        int found = 0;
        for (int p = 0; p < group.size(); p++) {
            Owned owned = index.of(group.get(p), members.placeOf(group.get(p)));
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
    int[] spans(RecordKind<?> kind, RecordFilter test) {
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
     * As {@link #count(RecordKind, List, boolean, long, long, RecordFilter, int)} for a group held as bits
     * ({@link MemberIndex#mask}): one pass over the kind's records, each counted when it is about a member
     * or, when asked, the household's.
     */
    int count(RecordKind<?> kind, long groupMask, boolean household, long from, long to,
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

    private static boolean named(List<Person> group, String personId) {
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).personId().equals(personId)) {
                return true;
            }
        }
        return false;
    }

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
         * Whom each of the kind's records is about, as {@link #owners} keeps it: the place of
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

}
