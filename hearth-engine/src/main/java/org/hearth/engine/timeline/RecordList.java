package org.hearth.engine.timeline;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * Some of a timeline's records, read in place from the array that holds them: a kind's records out of
 * all the timeline's, or one person's out of a kind's. A view that cannot be changed, made when asked
 * for, so that a loaded authority keeps one array of records per family rather than a list per kind
 * and person.
 */
final class RecordList<T> extends AbstractList<T> implements RandomAccess {
    private final Object[] records;
    private final int from;
    private final int size;

    /** The records at places {@code from} (inclusive) to {@code to} (exclusive) of the array, which is not copied. */
    RecordList(Object[] records, int from, int to) {
        this.records = records;
        this.from = from;
        this.size = to - from;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("record " + index + " of " + size);
        }
        return (T) records[from + index];
    }

    @Override
    public int size() {
        return size;
    }
}
