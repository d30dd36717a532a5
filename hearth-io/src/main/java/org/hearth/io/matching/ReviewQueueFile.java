package org.hearth.io.matching;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.hearth.io.SpreadsheetCell;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;

/**
 * Reads a {@code review.csv} as {@link PersonIndexFiles} writes it: the pairs of source people whose match weight fell
 * between the thresholds, each person's values side by side and the weight's explanation, for a reviewer to decide
 * (the server's matching review). All or nothing: every wrong row is reported with its line and field, and no pair is
 * returned when there is one. Cells are read back to the values written ({@link SpreadsheetCell#original}).
 */
public final class ReviewQueueFile {
    private ReviewQueueFile() {
    }

    /**
     * A pair awaiting review.
     *
     * @param shown each field's value for a and for b, by field name, in the file's order
     * @param explanation each field's contribution to the weight, separated by "; " ({@link PersonIndexFiles})
     */
    public record QueuedPair(SourcePersonKey a, SourcePersonKey b, double matchWeight, double matchProbability, String why,
                             Map<String, List<String>> shown, String explanation) {
    }

    /** The header a review queue file has, in order. */
    public static List<String> header() {
        List<String> header = new ArrayList<>(PersonIndexFiles.PAIR);
        header.addAll(List.of("match_weight", "match_probability", "why"));
        PersonIndexFiles.SHOWN.forEach(field -> header.addAll(List.of(field + "_a", field + "_b")));
        header.add("explanation");
        return header;
    }

    /**
     * @param name the file's name, for the errors
     * @throws InvalidDataException naming each wrong line and field
     */
    public static List<QueuedPair> read(Reader text, String name) {
        List<String> header = header();
        List<DataError> errors = new ArrayList<>();
        List<QueuedPair> pairs = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            long line = 0;
            for (CsvRecord row : csv) {
                line = row.getStartingLineNumber();
                if (line == 1) {
                    if (!row.getFields().equals(header)) {
                        errors.add(new DataError(name, 1, 0, "", "is not a review queue: its header must be "
                                + String.join(",", header) + " (hearth link writes review.csv so)"));
                        break;
                    }
                    continue;
                }
                QueuedPair pair = pair(row, header, name, errors);
                if (pair != null) {
                    pairs.add(pair);
                }
            }
            if (line == 0) {
                errors.add(new DataError(name, 0, 0, "", "is empty: a review queue has a header"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot be read: " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            throw new InvalidDataException(name, errors, errors.size());
        }
        return pairs;
    }

    private static QueuedPair pair(CsvRecord row, List<String> header, String name, List<DataError> errors) {
        long line = row.getStartingLineNumber();
        if (row.getFieldCount() != header.size()) {
            errors.add(new DataError(name, line, 0, "", "has " + row.getFieldCount() + " fields, not " + header.size()));
            return null;
        }
        List<String> values = row.getFields().stream().map(SpreadsheetCell::original).toList();
        int before = errors.size();
        for (int i = 0; i < 4; i++) {
            if (values.get(i).isBlank()) {
                errors.add(new DataError(name, line, i + 1, header.get(i), "is empty: a pair names both source people"));
            }
        }
        double weight = number(values, 4, header, name, line, errors);
        double probability = number(values, 5, header, name, line, errors);
        if (errors.size() > before) {
            return null;
        }
        SourcePersonKey a = new SourcePersonKey(values.get(0), values.get(1));
        SourcePersonKey b = new SourcePersonKey(values.get(2), values.get(3));
        if (a.equals(b)) {
            errors.add(new DataError(name, line, 0, "", "pairs a source person with themself"));
            return null;
        }
        Map<String, List<String>> shown = new LinkedHashMap<>();
        for (int i = 0; i < PersonIndexFiles.SHOWN.size(); i++) {
            shown.put(PersonIndexFiles.SHOWN.get(i), List.of(values.get(7 + 2 * i), values.get(8 + 2 * i)));
        }
        return new QueuedPair(a, b, weight, probability, values.get(6), shown, values.get(values.size() - 1));
    }

    private static double number(List<String> values, int index, List<String> header, String name, long line,
                                 List<DataError> errors) {
        try {
            return Double.parseDouble(values.get(index));
        } catch (NumberFormatException e) {
            errors.add(new DataError(name, line, index + 1, header.get(index), "'" + values.get(index) + "' is not a number"));
            return Double.NaN;
        }
    }
}
