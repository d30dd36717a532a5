package org.hearth.io.canonical;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.hearth.engine.Excerpt;

/**
 * One CSV file of the folder, read against its {@link Layout}: the header is matched to the layout's
 * columns by name (in any order), then each row is streamed, its cells parsed, and the row either
 * accepted or rejected with every reason found in it.
 */
final class TableFile<T> {
    private final Path path;
    private final Layout<T> layout;
    private final int[] positions;
    private final int fieldCount;

    private TableFile(Path path, Layout<T> layout, int[] positions, int fieldCount) {
        this.path = path;
        this.layout = layout;
        this.positions = positions;
        this.fieldCount = fieldCount;
    }

    /** The file's size in bytes, as the file system gives it (0 when it cannot say). */
    long bytes() {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    Path path() {
        return path;
    }

    Layout<T> layout() {
        return layout;
    }

    /** What becomes of each row read. */
    interface Rows<T> {
        void accepted(T value, long line);

        /** A rejected row's cells, those that parsed, for checks that follow its dependants. */
        default void rejected(Values values, long line) {
        }
    }

    /**
     * Reads the header and matches it to the layout: every column named once, every name a column of
     * the file, every required column present.
     *
     * @return the file ready to read, or null when the header does not fit (the reasons added to errors)
     */
    static <T> TableFile<T> open(Path path, Layout<T> layout, List<DataError> errors) throws IOException {
        String file = layout.file();
        try (CsvReader<CsvRecord> csv = reader(path)) {
            Iterator<CsvRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                errors.add(new DataError(file, 0, 0, "", "is empty: a file starts with a header row naming its columns"));
                return null;
            }
            CsvRecord header = rows.next();
            long line = header.getStartingLineNumber();
            if (!looksLikeHeader(header, layout)) {
                // Never quote a file that is not one of ours: it may be anything a link points at.
                errors.add(new DataError(file, line, 0, "", "does not begin with a header row naming the columns of "
                        + file + " (" + layout.columnNames() + "), so it is not read"));
                return null;
            }
            int[] positions = new int[layout.columns().size()];
            Arrays.fill(positions, -1);
            Map<String, Integer> seen = new HashMap<>();
            int before = errors.size();
            for (int i = 0; i < header.getFieldCount(); i++) {
                String name = header.getField(i);
                Column<T, ?> column = layout.column(name);
                Integer earlier = seen.putIfAbsent(name, i + 1);
                String shown = Excerpt.quoted(name);
                if (name.isBlank()) {
                    errors.add(new DataError(file, line, i + 1, "", "the header names no column here"));
                } else if (earlier != null) {
                    errors.add(new DataError(file, line, i + 1, name, "column " + shown + " is also column " + earlier));
                } else if (column == null) {
                    errors.add(new DataError(file, line, i + 1, name, "unknown column " + shown + hint(layout, name)
                            + "; the columns of " + file + " are " + layout.columnNames()));
                } else {
                    positions[column.index()] = i;
                }
            }
            for (Column<T, ?> column : layout.columns()) {
                if (column.required() && positions[column.index()] < 0) {
                    errors.add(new DataError(file, line, 0, column.name(), "required column '" + column.name()
                            + "' is missing from " + file));
                }
            }
            return errors.size() == before ? new TableFile<>(path, layout, positions, header.getFieldCount()) : null;
        } catch (CsvParseException e) {
            errors.add(new DataError(file, 1, 0, "", "cannot be read as CSV: " + why(e)));
            return null;
        }
    }

    /**
     * True when the first row names at least one column of the layout and holds nothing but printable
     * text on one line: a file that does not is reported without quoting any of it.
     */
    private static boolean looksLikeHeader(CsvRecord header, Layout<?> layout) {
        boolean namesAColumn = false;
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i);
            for (int c = 0; c < name.length(); c++) {
                if (Excerpt.forbidden(name.charAt(c))) {
                    return false;
                }
            }
            namesAColumn |= layout.column(name) != null;
        }
        return namesAColumn;
    }

    private static String hint(Layout<?> layout, String name) {
        Column<?, ?> close = layout.column(name.strip().toLowerCase(Locale.ROOT).replace(' ', '_'));
        return close == null ? "" : " (did you mean '" + close.name() + "'?)";
    }

    /**
     * Streams the rows after the header. A row's cells are all parsed, so that every bad cell is
     * reported; a row with no bad cell is then checked as a whole (unique key, dates in order, the
     * record's own rules) and accepted or rejected.
     */
    void read(FileScope scope, Problems problems, Rows<T> rows) throws IOException {
        Column<T, String> key = layout.key();
        KeyLines keys = key == null ? null : new KeyLines(KeyLines.expectedKeys(bytes()));
        long line = 1;
        try (CsvReader<RowParser<T>> csv = builder().build(parser(scope, true, 0), path)) {
            Iterator<RowParser<T>> iterator = csv.iterator();
            iterator.next();
            while (iterator.hasNext()) {
                RowParser<T> row = iterator.next();
                line = row.line();
                if (row.lineBreakField() >= 0) {
                    throw new InvalidDataException(path.getParent().toString(), List.of(lineBreak(row)), 1);
                }
                take(row, key, keys, problems, rows);
            }
        } catch (CsvParseException e) {
            DataError error = new DataError(layout.file(), line + 1, 0, "", "cannot be read as CSV: " + why(e));
            throw new InvalidDataException(path.getParent().toString(), List.of(error), 1);
        }
    }

    /**
     * Reads the rows of one part of the file, the bytes from start to end (to the end of the file when
     * end is {@link Long#MAX_VALUE}), as {@link #read} would read them: the part begins at the start of
     * the file (after a byte order mark; its first row is the header) or just after a line feed.
     *
     * @param keys       where the part's keys are kept (null when the layout has none)
     * @param first      whether this is the part holding the header
     * @param lineOffset the lines of the file before the part, counted as FastCSV counts them
     * @return false when the part met anything where its view could differ from the whole file's: a
     * value holding a line break (a quote left open), or text that is not CSV. Its results are then to be
     * dropped and the whole file read again by {@link #read}, which reports what it finds.
     */
    boolean readPart(FileScope scope, Problems problems, Rows<T> rows, KeyLines keys, long start, long end,
                     boolean first, long lineOffset) throws IOException {
        Column<T, String> key = layout.key();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
             CsvReader<RowParser<T>> csv = builder().build(parser(scope, first, lineOffset),
                     new InputStreamReader(new PartInput(channel, start, end), StandardCharsets.UTF_8))) {
            Iterator<RowParser<T>> iterator = csv.iterator();
            if (first && (!iterator.hasNext() || iterator.next().breaksLine())) {
                return false;
            }
            while (iterator.hasNext()) {
                RowParser<T> row = iterator.next();
                if (row.breaksLine()) {
                    return false;
                }
                take(row, key, keys, problems, rows);
            }
            return true;
        } catch (CsvParseException e) {
            return false;
        }
    }

    /** Checks one row read, in a whole file or a part, and passes it on as accepted or rejected. */
    private void take(RowParser<T> row, Column<T, String> key, KeyLines keys, Problems problems, Rows<T> rows) {
        long line = row.line();
        if (row.fields() != fieldCount) {
            problems.reject(line, new DataError(layout.file(), line, 0, "", "has " + row.fields()
                    + " fields but the header has " + fieldCount));
            return;
        }
        List<DataError> errors = row.errors();
        Values values = row.values();
        String id = key == null ? null : values.get(key);
        if (id != null) {
            long first = keys.putIfAbsent(id, line);
            if (first != 0) {
                errors.add(error(line, key, Excerpt.quoted(id) + " is also on line " + first));
            }
        }
        T value = row.ownFault() ? null : build(values, line, errors); // a row's own rules, reported too
        if (errors.isEmpty()) {
            rows.accepted(value, line);
        } else {
            problems.reject(line, List.copyOf(errors));
            rows.rejected(values, line);
        }
    }

    /**
     * What FastCSV found, in the format's words: its own message names the record, and the reason is in
     * the cause (a value longer than its buffer, which is usually a quote that is never closed).
     */
    private static String why(CsvParseException e) {
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && cause.getMessage().contains("maximum buffer size")) {
            return "a value on this line is longer than the 16,777,216 characters a value may have (usually a quote"
                    + " that is not closed)";
        }
        return Excerpt.printable(String.valueOf(cause == null ? e.getMessage() : cause.getMessage()));
    }

    /** The error that ends the reading of a file whose rows run together over a line break. */
    private DataError lineBreak(RowParser<T> row) {
        int field = row.lineBreakField();
        Column<T, ?> column = null;
        for (Column<T, ?> candidate : layout.columns()) {
            column = positions[candidate.index()] == field ? candidate : column;
        }
        return new DataError(layout.file(), row.line(), field + 1, column == null ? "" : column.name(),
                "a value runs over a line break, which no value may: usually a quote that is not closed, after "
                        + "which the rows cannot be told apart (the file is not read)");
    }

    private RowParser<T> parser(FileScope scope, boolean header, long lineOffset) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Column<T, ?>[] byField = new Column[fieldCount];
        for (Column<T, ?> column : layout.columns()) {
            if (positions[column.index()] >= 0) {
                byField[positions[column.index()]] = column;
            }
        }
        return new RowParser<>(this, layout.columns(), byField, scope, header, lineOffset);
    }

    private T build(Values values, long line, List<DataError> errors) {
        try {
            return layout.build(values);
        } catch (BadCell e) {
            errors.add(e.column() == null ? errorNaming(line, e.getMessage()) : error(line, e.column(), e.getMessage()));
        } catch (IllegalArgumentException e) {
            errors.add(errorNaming(line, e.getMessage()));
        }
        return null;
    }

    /** An error in a cell of this file. */
    DataError error(long line, Column<?, ?> column, String message) {
        return new DataError(layout.file(), line, positions[column.index()] + 1, column.name(), message);
    }

    /**
     * An error the engine's record raised: its messages name the field at fault in the format's own
     * words ("gravity must be from 1 to 8"), so the column named first in the message is the one
     * reported; a message naming none is about the whole row.
     */
    private DataError errorNaming(long line, String message) {
        Column<T, ?> named = null;
        int earliest = Integer.MAX_VALUE;
        for (Column<T, ?> column : layout.columns()) {
            int at = wordAt(message, column.name());
            if (at >= 0 && at < earliest) {
                earliest = at;
                named = column;
            }
        }
        return named == null ? new DataError(layout.file(), line, 0, "", message) : error(line, named, message);
    }

    private static int wordAt(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int after = at + word.length();
            if ((at == 0 || !partOfWord(text.charAt(at - 1))) && (after == text.length() || !partOfWord(text.charAt(after)))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean partOfWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    static CsvReader<CsvRecord> reader(Path path) throws IOException {
        return builder().ofCsvRecord(path);
    }

    private static CsvReader.CsvReaderBuilder builder() {
        return CsvReader.builder()
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true)
                .detectBomHeader(true);
    }

    /** The bytes of a file from start to end, read from a channel the stream closes. */
    private static final class PartInput extends InputStream {
        private final FileChannel channel;
        private long position;
        private final long end;

        PartInput(FileChannel channel, long start, long end) {
            this.channel = channel;
            this.position = start;
            this.end = end;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position >= end) {
                return -1;
            }
            int wanted = (int) Math.min(length, end - position);
            int read;
            do {
                read = channel.read(ByteBuffer.wrap(bytes, offset, wanted), position);
            } while (read == 0);
            if (read < 0) {
                return -1;
            }
            position += read;
            return read;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
