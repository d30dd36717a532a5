package org.hearth.engine.timeline;

import java.util.Arrays;
import java.util.List;

/**
 * A timeline's records in one array, kind after kind and each kind earliest first, with columns of
 * numbers beside them: each record's first and last day in days since 1970, whom it is about as a
 * small number, and its filterable fields packed into one int ({@link RecordKind#codes}), so that a
 * count in a window reads no record. A person's or the household's records are found by reading the
 * kind's column of whom each is about: a family has a few records of a kind, and a list per kind and
 * person, kept for every family of an authority, cost more memory than the records themselves.
 * Package-private: the timeline's public methods say what they find, not how it is kept.
 */
final class RecordIndex {
    private static final int PLACE = 0x3F;
    private static final int HOUSEHOLD = 0x40;

    private final MemberIndex members;
    /** True when {@link #owners} holds each record's person as a place (at most {@link MemberIndex#MASKED} known). */
    private final boolean placed;
    /** Every record, kind after kind in the kinds' index order, each kind earliest first. */
    private final TimelineRecord[] records;
    /** Where each kind's records begin in {@link #records}; the last entry is where the last kind's end. */
    private final int[] kindFrom;
    /** Each record's first and last day in days since 1970 (an open spell: the largest int). */
    private final int[] startDays;
    private final int[] endDays;
    /**
     * Whom each record is about: bits 0 to 5 the place among everyone the timeline knows of the person
     * it names, plus one (0: no person, someone the timeline does not know, or a timeline of more than
     * {@link MemberIndex#MASKED} people), and {@link #HOUSEHOLD} when it is the household's.
     */
    private final byte[] owners;
    /** Each record's filterable fields as {@link RecordKind#codes}, for {@link RecordFilter}s. */
    private final int[] fieldCodes;
    /** Each known person's attendance records as numbers, by place among everyone; empty when none has any. */
    private final TermFigures[] attendance;

    /** Puts each kind's records in order, earliest first, and indexes them. */
    RecordIndex(String familyId, List<TimelineRecord>[] given, List<Person> everyone, MemberIndex members) {
        this.members = members;
        this.placed = members.known() <= MemberIndex.MASKED;
        this.kindFrom = new int[given.length + 1];
        for (int kind = 0; kind < given.length; kind++) {
            kindFrom[kind + 1] = kindFrom[kind] + (given[kind] == null ? 0 : given[kind].size());
        }
        int total = kindFrom[given.length];
        this.records = new TimelineRecord[total];
        this.startDays = new int[total];
        this.endDays = new int[total];
        this.fieldCodes = new int[total];
        this.owners = new byte[total];
        for (int kind = 0; kind < given.length; kind++) {
            if (given[kind] == null) {
                continue;
            }
            List<TimelineRecord> kindRecords = given[kind];
            int[] days = new int[kindRecords.size()];
            for (int i = 0; i < days.length; i++) {
                days[i] = (int) kindRecords.get(i).start().toEpochDay();
            }
            int[] order = earliestFirst(kindRecords, days);
            for (int r = kindFrom[kind], i = 0; r < kindFrom[kind + 1]; r++, i++) {
                TimelineRecord record = kindRecords.get(order[i]);
                records[r] = record;
                startDays[r] = days[order[i]];
                endDays[r] = record.end() == null ? Integer.MAX_VALUE : (int) record.end().toEpochDay();
                fieldCodes[r] = record.kind().codes(record);
                owners[r] = owner(record, familyId, everyone);
            }
        }
        this.attendance = attendanceFigures(everyone);
    }

    /**
     * The order of one kind's records, earliest first and, on the same first day, by record id: each
     * record's place in the list given, in that order. The first days are sorted as plain numbers (each
     * packed with its place, so that a day's records stay together), and only the records that share a
     * first day are then compared by id: a comparator reading each record's dates through its interface,
     * millions of times, was over a third of the time taken to build an authority's timelines.
     *
     * @param days each record's first day, in days since 1970
     */
    private static int[] earliestFirst(List<TimelineRecord> records, int[] days) {
        long[] keys = new long[days.length];
        for (int i = 0; i < days.length; i++) {
            keys[i] = (long) days[i] << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[days.length];
        for (int i = 0; i < keys.length; i++) {
            order[i] = (int) keys[i];
        }
        // The records sharing a first day are few (a family's children's terms, say): put them in id order
        // by insertion.
        for (int i = 1; i < order.length; i++) {
            int place = order[i];
            int j = i;
            while (j > 0 && days[order[j - 1]] == days[place]
                    && records.get(order[j - 1]).id().compareTo(records.get(place).id()) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = place;
        }
        return order;
    }

    /** {@link #owners}'s entry for a record. */
    private byte owner(TimelineRecord record, String familyId, List<Person> everyone) {
        String personId = record.personId();
        int owner = 0;
        for (int place = 0; placed && personId != null && place < everyone.size(); place++) {
            if (everyone.get(place).personId().equals(personId)) {
                owner = place + 1;
                break;
            }
        }
        if (personId == null || familyId.equals(record.familyId())) {
            owner |= HOUSEHOLD;
        }
        return (byte) owner;
    }

    private TermFigures[] attendanceFigures(List<Person> everyone) {
        int kind = RecordKind.ATTENDANCE.index();
        boolean anyPersonal = false;
        for (int r = kindFrom[kind]; r < kindFrom[kind + 1]; r++) {
            anyPersonal |= records[r].personId() != null;
        }
        TermFigures[] figures = new TermFigures[anyPersonal ? everyone.size() : 0];
        for (int place = 0; place < figures.length; place++) {
            List<TermAttendance> theirs = of(RecordKind.ATTENDANCE, everyone.get(place), place);
            figures[place] = theirs.isEmpty() ? TermFigures.NONE : new TermFigures(theirs);
        }
        return figures;
    }

    /** Every record of every kind, kind after kind. */
    List<TimelineRecord> all() {
        return new RecordList<>(records, 0, records.length);
    }

    <T extends TimelineRecord> List<T> of(RecordKind<T> kind) {
        int from = kindFrom[kind.index()];
        int to = kindFrom[kind.index() + 1];
        return from == to ? List.of() : new RecordList<>(records, from, to);
    }

    <T extends TimelineRecord> List<T> of(RecordKind<T> kind, String personId) {
        return picked(kind, r -> personId.equals(records[r].personId()));
    }

    <T extends TimelineRecord> List<T> of(RecordKind<T> kind, Person person) {
        return of(kind, person, members.placeOf(person));
    }

    /** The person's records, found by their place among everyone (-1: not one of them, found by id). */
    private <T extends TimelineRecord> List<T> of(RecordKind<T> kind, Person person, int place) {
        if (placed && place >= 0) {
            int owner = place + 1;
            return picked(kind, r -> (owners[r] & PLACE) == owner);
        }
        return of(kind, person.personId());
    }

    <T extends TimelineRecord> List<T> household(RecordKind<T> kind) {
        return picked(kind, r -> (owners[r] & HOUSEHOLD) != 0);
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
    <T extends TimelineRecord> List<T> recordsAbout(RecordKind<T> kind, List<String> personIds, boolean household) {
        return picked(kind, r -> household && (owners[r] & HOUSEHOLD) != 0
                || records[r].personId() != null && personIds.contains(records[r].personId()));
    }

    /** Which records of a kind to pick, by their place in {@link #records}. */
    private interface Pick {
        boolean picks(int record);
    }

    /** The kind's records that the test picks, earliest first, without copying when it picks all or none. */
    private <T extends TimelineRecord> List<T> picked(RecordKind<T> kind, Pick pick) {
        int from = kindFrom[kind.index()];
        int to = kindFrom[kind.index() + 1];
        int found = 0;
        for (int r = from; r < to; r++) {
            if (pick.picks(r)) {
                found++;
            }
        }
        if (found == 0) {
            return List.of();
        }
        if (found == to - from) {
            return new RecordList<>(records, from, to);
        }
        Object[] picked = new Object[found];
        for (int r = from, i = 0; i < found; r++) {
            if (pick.picks(r)) {
                picked[i++] = records[r];
            }
        }
        return new RecordList<>(picked, 0, found);
    }

    /**
     * How many of the records {@link #recordsAbout} would give for these people (and the household,
     * when asked) fall in the days {@code from} to {@code to} (days since 1970; events on a day in them,
     * spells overlapping them) and pass the test (none: every record), counting no further than
     * {@code enough}; counted where they are kept, without gathering them.
     */
    int count(RecordKind<?> kind, List<Person> group, boolean household, long from, long to,
              RecordFilter test, int enough) {
        int found = 0;
        for (int r = kindFrom[kind.index()]; r < kindFrom[kind.index() + 1] && startDays[r] <= to; r++) {
            boolean counted = household && (owners[r] & HOUSEHOLD) != 0 || named(group, records[r].personId());
            if (counted && endDays[r] >= from && (test == null || test.test(fieldCodes[r])) && ++found >= enough) {
                return found;
            }
        }
        return found;
    }

    /**
     * As {@link #count(RecordKind, List, boolean, long, long, RecordFilter, int)} for a group held as bits
     * ({@link MemberIndex#mask}): each record counted when it is about a member or, when asked, the household's.
     */
    int count(RecordKind<?> kind, long groupMask, boolean household, long from, long to,
              RecordFilter test, int enough) {
        int found = 0;
        for (int r = kindFrom[kind.index()]; r < kindFrom[kind.index() + 1] && startDays[r] <= to; r++) {
            int place = owners[r] & PLACE;
            boolean counted = (place != 0 && (groupMask >>> (place - 1) & 1) != 0)
                    || (household && (owners[r] & HOUSEHOLD) != 0);
            if (counted && endDays[r] >= from && (test == null || test.test(fieldCodes[r])) && ++found >= enough) {
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
        int from = kindFrom[kind.index()];
        int to = kindFrom[kind.index() + 1];
        int[] spans = new int[2 * (to - from)];
        int found = 0;
        for (int r = from; r < to; r++) {
            if (test == null || test.test(fieldCodes[r])) {
                spans[found++] = startDays[r];
                spans[found++] = endDays[r];
            }
        }
        return found == spans.length ? spans : Arrays.copyOf(spans, found);
    }

    private static boolean named(List<Person> group, String personId) {
        for (int i = 0; personId != null && i < group.size(); i++) {
            if (group.get(i).personId().equals(personId)) {
                return true;
            }
        }
        return false;
    }
}
