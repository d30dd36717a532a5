package org.hearth.io.canonical;

import java.util.Arrays;

/**
 * The keys of one file (its record ids) and the line each first appeared on, for finding repeats. A
 * record file may hold millions of rows, and its ids live only while the file is read: they are kept
 * here as characters in one array, with open-addressing slots of plain numbers beside it, so that the
 * table holds no object at all. A table of strings would keep every id string alive until the file is
 * done, and the garbage collector would copy and trace millions of them while the records are read.
 */
final class KeyLines {
    private static final int INITIAL_SLOTS = 1 << 12;

    /** Every key's characters, one after another. */
    private char[] characters = new char[INITIAL_SLOTS * 8];
    private int used;
    /** Per slot: where its key starts in {@link #characters}, plus one (0: the slot is empty). */
    private int[] starts = new int[INITIAL_SLOTS];
    private int[] lengths = new int[INITIAL_SLOTS];
    private int[] hashes = new int[INITIAL_SLOTS];
    private long[] lines = new long[INITIAL_SLOTS];
    private int size;

    /**
     * Records the key's line unless it was seen before.
     *
     * @return the line it was first seen on, or 0 when this is the first time
     */
    long putIfAbsent(String key, long line) {
        int hash = key.hashCode();
        int mask = starts.length - 1;
        int slot = IdTable.spread(hash) & mask;
        while (starts[slot] != 0) {
            if (hashes[slot] == hash && holds(slot, key)) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (used + key.length() > characters.length) {
            characters = Arrays.copyOf(characters, Math.max(2 * characters.length, used + key.length()));
        }
        key.getChars(0, key.length(), characters, used);
        starts[slot] = used + 1;
        lengths[slot] = key.length();
        hashes[slot] = hash;
        lines[slot] = line;
        used += key.length();
        if (++size * 2 > starts.length) {
            grow();
        }
        return 0;
    }

    private boolean holds(int slot, String key) {
        if (lengths[slot] != key.length()) {
            return false;
        }
        int start = starts[slot] - 1;
        for (int i = 0; i < key.length(); i++) {
            if (characters[start + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        int[] oldStarts = starts;
        int[] oldLengths = lengths;
        int[] oldHashes = hashes;
        long[] oldLines = lines;
        starts = new int[oldStarts.length * 2];
        lengths = new int[starts.length];
        hashes = new int[starts.length];
        lines = new long[starts.length];
        int mask = starts.length - 1;
        for (int i = 0; i < oldStarts.length; i++) {
            if (oldStarts[i] != 0) {
                int slot = IdTable.spread(oldHashes[i]) & mask;
                while (starts[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                starts[slot] = oldStarts[i];
                lengths[slot] = oldLengths[i];
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
