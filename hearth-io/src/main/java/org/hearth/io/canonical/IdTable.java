package org.hearth.io.canonical;

/**
 * Identifiers and the line each first appeared on: the record ids of a file, for finding repeats, and
 * the people, families and interventions other files refer to. A file may hold millions of rows, so
 * this is an open-addressing table of plain arrays rather than a HashMap with an entry and a boxed
 * line per row: a fraction of the memory, and almost nothing for the garbage collector to trace. Each
 * slot keeps its id's hash so that a probe compares strings only when their hashes match.
 */
final class IdTable {
    private static final int INITIAL_CAPACITY = 1 << 10;

    private String[] ids = new String[INITIAL_CAPACITY];
    private int[] hashes = new int[INITIAL_CAPACITY];
    private long[] lines = new long[INITIAL_CAPACITY];
    private int size;

    /** The table's own string equal to the id (so that equal ids share one string), or null when absent. */
    String find(String id) {
        int hash = spread(id.hashCode());
        int mask = ids.length - 1;
        for (int slot = hash & mask; ids[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && ids[slot].equals(id)) {
                return ids[slot];
            }
        }
        return null;
    }

    /** As {@link #find(String)}, for an identifier still in the reader's buffer. */
    String find(char[] buffer, int offset, int length) {
        int hashCode = 0;
        for (int i = offset; i < offset + length; i++) {
            hashCode = 31 * hashCode + buffer[i];
        }
        int hash = spread(hashCode);
        int mask = ids.length - 1;
        for (int slot = hash & mask; ids[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && matches(ids[slot], buffer, offset, length)) {
                return ids[slot];
            }
        }
        return null;
    }

    /** True when the string holds exactly the buffer's characters (whose hash is String.hashCode's). */
    private static boolean matches(String id, char[] buffer, int offset, int length) {
        if (id.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (id.charAt(i) != buffer[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records the identifier's line unless it was seen before.
     *
     * @return the line it was first seen on, or 0 when this is the first time
     */
    long putIfAbsent(String id, long line) {
        int hash = spread(id.hashCode());
        int mask = ids.length - 1;
        int slot = hash & mask;
        while (ids[slot] != null) {
            if (hashes[slot] == hash && ids[slot].equals(id)) {
                return lines[slot];
            }
            slot = (slot + 1) & mask;
        }
        ids[slot] = id;
        hashes[slot] = hash;
        lines[slot] = line;
        if (++size * 2 > ids.length) {
            grow();
        }
        return 0;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        long[] oldLines = lines;
        ids = new String[oldIds.length * 2];
        hashes = new int[oldIds.length * 2];
        lines = new long[oldIds.length * 2];
        int mask = ids.length - 1;
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = oldHashes[i] & mask;
                while (ids[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** Mixes the high bits of the hash into the low ones that pick the slot, as HashMap does; {@link KeyLines} too. */
    static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
