package org.hearth.io.canonical;

/**
 * A cell that cannot be read, or a row whose cells do not fit together. Thrown while reading one row
 * and turned into a {@link DataError} with the file, line and column; it carries no stack trace
 * because a folder may hold many bad cells and only the message matters.
 */
final class BadCell extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Column<?, ?> column;
    /** What the cell reads as when it is bad only because the row it names was rejected; otherwise null. */
    private final transient Object readAs;

    BadCell(String message) {
        this((Column<?, ?>) null, message);
    }

    BadCell(Column<?, ?> column, String message) {
        super(message, null, false, false);
        this.column = column;
        this.readAs = null;
    }

    private BadCell(String message, Object readAs) {
        super(message, null, false, false);
        this.column = null;
        this.readAs = readAs;
    }

    /**
     * A cell that reads as a valid value, but names a row that was rejected (a person, family or
     * intervention): the row is left out for that, and its own cells and rules are still checked, so that
     * every reason it has is reported.
     */
    static BadCell dependsOnRejected(String message, Object readAs) {
        return new BadCell(message, readAs);
    }

    /** The value the cell reads as, when it is bad only because it names a rejected row; otherwise null. */
    Object readAs() {
        return readAs;
    }

    /** The column at fault, or null when it is the cell being read (or the engine's message must name it). */
    Column<?, ?> column() {
        return column;
    }
}
