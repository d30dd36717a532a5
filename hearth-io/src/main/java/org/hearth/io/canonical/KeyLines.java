package org.hearth.io.canonical;

import java.util.Arrays;

/**
 * The keys of one file (its record ids) and the line each first appeared on, for finding repeats. A
 * record file may hold millions of rows, and its ids live only while the file is read: they are kept
 * here as characters in one array, with plain numbers beside it, so that the table holds no object at
 * all. A table of strings would keep every id string alive until the file is done, and the garbage
 * collector would copy and trace millions of them while the records are read.
 *
 * <p>The keys are entries in the order they were added (where each key's characters start, and its
 * line); a table of open-addressing slots holds each entry's hash and number. The table is made large
 * enough, from the size of the file, that a file of typical rows never makes it grow: growing zeroes
 * new arrays and places every key again, which was a sixth of the time spent reading.
 */
final class KeyLines {
    /**
     * Fewer bytes than any file's rows have on average, so that a file's row count is over- rather than
     * underestimated: the smallest average among the record files of a realistic folder is 42 bytes
     * (asb_incidents.csv), the largest files have 68 (attendance.csv) and 107 (worker_assessments.csv).
     * A file of shorter rows (families.csv has 9) grows its table as before.
     */
    static final int BYTES_PER_ROW = 40;
    /** Characters set aside per expected key; a key longer on average makes the characters grow (a copy, no more). */
    private static final int CHARACTERS_PER_KEY = 8;
    private static final int FEWEST_KEYS = 1 << 10;
    private static final int MOST_KEYS = 1 << 24;

    /** Every key's characters, one after another; entry i's run from starts[i] to starts[i + 1] (or used). */
    private char[] characters;
    private int used;
    /** Per entry, in the order added: where its characters start. */
    private int[] starts;
    /** Per entry: the line it was first seen on. */
    private long[] lines;
    private int size;
    /** Per slot: the key's hash in the high half, its entry plus one in the low half (0: the slot is empty). */
    private long[] slots;

    KeyLines() {
        this(FEWEST_KEYS);
    }

    /** @param expected how many keys the file is expected to hold; more are kept all the same */
    KeyLines(int expected) {
        int entries = Math.min(Math.max(FEWEST_KEYS, expected), MOST_KEYS);
        starts = new int[entries];
        lines = new long[entries];
        characters = new char[entries * CHARACTERS_PER_KEY];
        slots = new long[Integer.highestOneBit(entries - 1) << 2]; // at least twice as many slots as entries
    }

    /** How many keys to expect in a file (or part of one) of so many bytes: at most one per {@link #BYTES_PER_ROW}. */
    static int expectedKeys(long bytes) {
        return (int) Math.min(MOST_KEYS, Math.max(0, bytes) / BYTES_PER_ROW + 1);
    }

    /**
     * Records the key's line unless it was seen before.
     *
     * @return the line it was first seen on, or 0 when this is the first time
     */
    long putIfAbsent(String key, long line) {
        int hash = key.hashCode();
        int mask = slots.length - 1;
        int slot = IdTable.spread(hash) & mask;
        for (long held; (held = slots[slot]) != 0; slot = (slot + 1) & mask) {
            if ((int) (held >>> 32) == hash && holds((int) held - 1, key)) {
                return lines[(int) held - 1];
            }
        }
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, 2 * size);
            lines = Arrays.copyOf(lines, 2 * size);
        }
        int length = key.length();
        if (used + length > characters.length) {
            characters = Arrays.copyOf(characters, Math.max(2 * characters.length, used + length));
        }
        key.getChars(0, length, characters, used);
        starts[size] = used;
        lines[size] = line;
        used += length;
        size++;
        slots[slot] = slot(hash, size);
        if (size * 2 > slots.length) {
            grow();
        }
        return 0;
    }

    /** The line the key was first seen on, or 0 when it was not. */
    long lineOf(String key) {
        int hash = key.hashCode();
        int mask = slots.length - 1;
        for (int slot = IdTable.spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            long held = slots[slot];
            if ((int) (held >>> 32) == hash && holds((int) held - 1, key)) {
                return lines[(int) held - 1];
            }
        }
        return 0;
    }

    /** How many keys are held. */
    int size() {
        return size;
    }

    /** True when any key held here is also held by the other table. */
    boolean sharesAKeyWith(KeyLines other) {
        KeyLines fewer = size <= other.size ? this : other;
        KeyLines more = fewer == this ? other : this;
        int mask = more.slots.length - 1;
        for (long held : fewer.slots) {
            if (held == 0) {
                continue;
            }
            int hash = (int) (held >>> 32);
            int entry = (int) held - 1;
            int start = fewer.starts[entry];
            int end = fewer.end(entry);
            for (int slot = IdTable.spread(hash) & mask; more.slots[slot] != 0; slot = (slot + 1) & mask) {
                long theirs = more.slots[slot];
                if ((int) (theirs >>> 32) == hash && more.holds((int) theirs - 1, fewer.characters, start, end)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int end(int entry) {
        return entry + 1 < size ? starts[entry + 1] : used;
    }

    private boolean holds(int entry, String key) {
        int start = starts[entry];
        if (end(entry) - start != key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (characters[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean holds(int entry, char[] text, int from, int to) {
        int start = starts[entry];
        return Arrays.equals(characters, start, end(entry), text, from, to);
    }

    private static long slot(int hash, int entryPlusOne) {
        return ((long) hash << 32) | (entryPlusOne & 0xFFFFFFFFL);
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long held : old) {
            if (held != 0) {
                int slot = IdTable.spread((int) (held >>> 32)) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = held;
            }
        }
    }
}
