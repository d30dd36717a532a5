package org.hearth.io.canonical;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordWrapper;
import org.hearth.engine.Excerpt;

/**
 * Parses each cell of a row as FastCSV finds it, straight from FastCSV's buffer into the row's
 * {@link Values}. A date, a code, a count or a reference to a person is read from the characters
 * without first becoming a string: at ten million rows, strings made only to be parsed and dropped
 * are most of the garbage the collector would have to clear. The first row, the header, is skipped.
 *
 * <p>The reader yields this parser itself for each row; the row's state is valid until the next row
 * is read.
 */
final class RowParser<T> extends AbstractBaseCsvCallbackHandler<RowParser<T>> {
    private final TableFile<T> table;
    private final List<Column<T, ?>> columns;
    private final Column<T, ?>[] byField;
    private final Values values;
    private final FileScope scope;
    private final List<DataError> errors = new ArrayList<>();
    private boolean header;
    /** The lines before the first this parser reads, when it reads a part of a file from a later line. */
    private final long lineOffset;
    private long line;
    private int fields;
    /** The first field (0-based) that runs over a line break, or -1. */
    private int lineBreakField;
    /** True when any field of the row holds a line break anywhere (not only as its first character no value may hold). */
    private boolean breaksLine;
    /** True when a cell of the row is bad in itself, not only because it names a rejected row. */
    private boolean ownFault;

    /** A parser of a whole file: its first row is the header. */
    RowParser(TableFile<T> table, List<Column<T, ?>> columns, Column<T, ?>[] byField, FileScope scope) {
        this(table, columns, byField, scope, true, 0);
    }

    /**
     * @param byField    the column of each field of the header, by position
     * @param header     whether the first row read is the header (it is skipped)
     * @param lineOffset the lines of the file before the first this parser reads: each row's line is its
     *                   line in the text read plus this
     */
    RowParser(TableFile<T> table, List<Column<T, ?>> columns, Column<T, ?>[] byField, FileScope scope,
              boolean header, long lineOffset) {
        this.table = table;
        this.columns = columns;
        this.byField = byField;
        this.values = new Values(columns.size(), scope);
        this.scope = scope;
        this.header = header;
        this.lineOffset = lineOffset;
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        line = startingLineNumber + lineOffset;
        lineBreakField = -1;
        breaksLine = false;
        ownFault = false;
        errors.clear();
        for (Column<T, ?> column : columns) {
            values.set(column, column.absent());
        }
    }

    @Override
    protected void handleField(int fieldIndex, char[] buffer, int offset, int length, boolean quoted) {
        if (header) {
            return;
        }
        int forbidden = firstForbidden(buffer, offset, length);
        if (forbidden >= 0 && lineBreakField < 0 && (buffer[forbidden] == '\n' || buffer[forbidden] == '\r')) {
            lineBreakField = fieldIndex;
        }
        if (forbidden >= 0 && !breaksLine) {
            breaksLine = lineBreakAt(buffer, forbidden, offset + length);
        }
        if (fieldIndex >= byField.length) {
            return;
        }
        Column<T, ?> column = byField[fieldIndex];
        if (forbidden >= 0) {
            ownFault = true;
            errors.add(table.error(line, column, Excerpt.quoted(CharBuffer.wrap(buffer, offset, length)) + " holds "
                    + Excerpt.describe(buffer[forbidden]) + ", which no value may"));
            values.set(column, null);
            return;
        }
        if (blank(buffer, offset, length)) {
            if (column.required()) {
                errors.add(table.error(line, column, "is empty; a value is required"));
                ownFault = true;
            }
            return;
        }
        try {
            values.set(column, column.type().parse(buffer, offset, length, scope));
        } catch (BadCell e) {
            errors.add(table.error(line, column, e.getMessage()));
            values.set(column, e.readAs());
            ownFault |= e.readAs() == null;
        }
    }

    @Override
    protected RecordWrapper<RowParser<T>> buildRecord() {
        fields = getFieldCount();
        RecordWrapper<RowParser<T>> row = wrapRecord(this);
        header = false;
        return row;
    }

    /** The line the row starts on. */
    long line() {
        return line;
    }

    /** How many fields the row has. */
    int fields() {
        return fields;
    }

    Values values() {
        return values;
    }

    /**
     * True when a cell is bad in itself; false when every bad cell only names a rejected row, so that the
     * row's own rules can still be checked and their reasons reported beside that one.
     */
    boolean ownFault() {
        return ownFault;
    }

    /** The bad cells found in the row, in the order of its fields; the caller may add to them. */
    List<DataError> errors() {
        return errors;
    }

    /**
     * The first field of the row, counted from 0, that holds a line break, or -1. No value may hold one,
     * and a quote left open makes a value that runs on over the following rows, to the end of the file
     * if no later quote closes it: the rows after it cannot be told apart.
     */
    int lineBreakField() {
        return lineBreakField;
    }

    /**
     * True when a field of the row holds a line break anywhere, even after another character no value
     * may hold (when {@link #lineBreakField()} is -1 and the row is only rejected). Such a row's text was
     * read over more than one line, so a part of the file that begins or ends among those lines would
     * not see the rows the whole file's reader sees.
     */
    boolean breaksLine() {
        return breaksLine;
    }

    private static boolean lineBreakAt(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n' || buffer[i] == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Where the first character no value may hold is, or -1. */
    private static int firstForbidden(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            if ((c < ' ' || c >= 0x7F) && Excerpt.forbidden(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean blank(char[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (!Character.isWhitespace(buffer[i])) {
                return false;
            }
        }
        return true;
    }
}
