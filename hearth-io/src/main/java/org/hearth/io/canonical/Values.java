package org.hearth.io.canonical;

/**
 * The cells of the row being read, each already parsed to its column's type, for a {@link Layout}'s
 * factory to build the row's value from.
 */
final class Values {
    private final Object[] cells;
    private final FileScope scope;

    Values(int size, FileScope scope) {
        this.cells = new Object[size];
        this.scope = scope;
    }

    @SuppressWarnings("unchecked")
    <V> V get(Column<?, V> column) {
        return (V) cells[column.index()];
    }

    void set(Column<?, ?> column, Object value) {
        cells[column.index()] = value;
    }

    FileScope scope() {
        return scope;
    }
}
