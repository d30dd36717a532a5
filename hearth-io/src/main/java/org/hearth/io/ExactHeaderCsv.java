package org.hearth.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;

/**
 * A small CSV file Hearth writes and reads back (the review and composition decisions): its header must be exactly the
 * columns given, every row must have as many fields, and each row is read by its own rule. The file is read whole or
 * not at all: every wrong line is named with its field and what is wrong.
 */
public final class ExactHeaderCsv {
    private ExactHeaderCsv() {
    }

    /** Reads one row; adds what is wrong with it to {@code errors} and returns null when anything is. */
    @FunctionalInterface
    public interface RowRule<T> {
        T read(String file, CsvRecord row, List<DataError> errors);
    }

    /**
     * @return every row's value, in the file's order
     * @throws InvalidDataException naming every wrong line's line and column; nothing is returned then
     */
    public static <T> List<T> read(Path file, List<String> columns, RowRule<T> rule) {
        List<DataError> errors = new ArrayList<>();
        List<T> read = new ArrayList<>();
        String name = file.getFileName().toString();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true)
                .detectBomHeader(true).ofCsvRecord(file)) {
            Iterator<CsvRecord> rows = csv.iterator();
            boolean header = rows.hasNext() && rows.next().getFields().equals(columns);
            if (!header) {
                errors.add(new DataError(name, 1, 0, "", "the header must be " + String.join(",", columns)));
            }
            while (header && rows.hasNext()) {
                CsvRecord row = rows.next();
                if (row.getFieldCount() != columns.size()) {
                    errors.add(new DataError(name, row.getStartingLineNumber(), 0, "", "has " + row.getFieldCount()
                            + " fields, not " + columns.size()));
                    continue;
                }
                T value = rule.read(name, row, errors);
                if (value != null) {
                    read.add(value);
                }
            }
        } catch (CsvParseException e) {
            errors.add(new DataError(name, 0, 0, "", "is not well-formed CSV: " + e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(file.toString(), errors, errors.size());
        }
        return read;
    }
}
