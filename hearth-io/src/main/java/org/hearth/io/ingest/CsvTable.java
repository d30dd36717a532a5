package org.hearth.io.ingest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/**
 * A CSV file of a source read row by row (FastCSV, RFC 4180, UTF-8 with or without a byte-order mark), its header
 * naming the columns. Column names are matched without regard to case or surrounding spaces, as returns' extracts
 * differ in both. A file that is not UTF-8, is empty or cannot be parsed as CSV is unreadable: an error naming the file.
 */
final class CsvTable implements AutoCloseable {
    private final SourceFile file;
    private final CsvReader<CsvRecord> csv;
    private final Iterator<CsvRecord> rows;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> header;

    private CsvTable(SourceFile file, CsvReader<CsvRecord> csv, Iterator<CsvRecord> rows, List<String> header) {
        this.file = file;
        this.csv = csv;
        this.rows = rows;
        this.header = header;
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
    }

    static CsvTable open(SourceFile file) throws IOException {
        Reader reader = new InputStreamReader(file.open(), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true).ofCsvRecord(reader);
        try {
            Iterator<CsvRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                throw new UnreadableSourceException(file.name(), 0, "is empty: a CSV file begins with a header row naming its columns");
            }
            List<String> header = rows.next().getFields().stream().map(String::strip).map(CsvTable::withoutBom).toList();
            return new CsvTable(file, csv, rows, header);
        } catch (RuntimeException e) {
            csv.close();
            throw unreadable(file, e);
        }
    }

    private static String withoutBom(String cell) {
        return cell.startsWith("\uFEFF") ? cell.substring(1).strip() : cell;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    List<String> header() {
        return header;
    }

    boolean has(String column) {
        return columns.containsKey(key(column));
    }

    /** The next row, or null at the end of the file. */
    Row next() {
        try {
            return rows.hasNext() ? new Row(rows.next()) : null;
        } catch (RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    private static RuntimeException unreadable(SourceFile file, Exception e) {
        if (e instanceof UnreadableSourceException u) {
            return u;
        }
        Throwable cause = e;
        while (cause != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause != null) {
            return new UnreadableSourceException(file.name(), 0, "is not UTF-8 text; save it as UTF-8 CSV and ingest it again");
        }
        if (e instanceof CsvParseException) {
            return new UnreadableSourceException(file.name(), 0, "cannot be read as CSV: " + e.getMessage());
        }
        return new UnreadableSourceException(file.name(), 0, "cannot be read: " + e.getMessage());
    }

    /** One row of the file: its line and its values by column name. */
    final class Row {
        private final CsvRecord record;

        private Row(CsvRecord record) {
            this.record = record;
        }

        long line() {
            return record.getStartingLineNumber();
        }

        /** The value of the column, without surrounding spaces; empty when the column or the value is missing. */
        String get(String column) {
            Integer index = columns.get(key(column));
            return index == null || index >= record.getFieldCount() ? "" : record.getField(index).strip();
        }

        /** True when the row has a different number of fields from the header. */
        boolean ragged() {
            return record.getFieldCount() != header.size();
        }

        int fields() {
            return record.getFieldCount();
        }

        /** The row as it was written, for a rejection's value. */
        String text() {
            return String.join(",", record.getFields());
        }
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
