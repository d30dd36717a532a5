package org.hearth.io.canonical;

/**
 * How the cells of a column are read from text and written back. Reading is strict: a cell is either
 * exactly in the format's form or it is a {@link BadCell} whose message says what was expected.
 *
 * @param <V> the value a cell holds
 */
@FunctionalInterface
interface CellType<V> {

    /** Reads a non-empty cell. */
    V parse(String text, FileScope scope) throws BadCell;

    /**
     * Reads a non-empty cell from the reader's buffer. The types read on nearly every row (dates,
     * codes, counts, flags, references, pooled text) override this so that no string is made for a
     * value that is only parsed; the others make one.
     */
    default V parse(char[] buffer, int offset, int length, FileScope scope) throws BadCell {
        return parse(new String(buffer, offset, length), scope);
    }

    /** Writes a value so that {@link #parse} reads it back equal. */
    default String format(V value) {
        return value.toString();
    }
}
