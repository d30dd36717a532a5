package org.hearth.io.canonical;

/**
 * A cell that cannot be read, or a row whose cells do not fit together. Thrown while reading one row
 * and turned into a {@link DataError} with the file, line and column; it carries no stack trace
 * because a folder may hold many bad cells and only the message matters.
 */
final class BadCell extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Column<?, ?> column;

    BadCell(String message) {
        this(null, message);
    }

    BadCell(Column<?, ?> column, String message) {
        super(message, null, false, false);
        this.column = column;
    }

    /** The column at fault, or null when it is the cell being read (or the engine's message must name it). */
    Column<?, ?> column() {
        return column;
    }
}
