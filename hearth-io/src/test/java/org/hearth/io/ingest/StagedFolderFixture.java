package org.hearth.io.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;

/** Runs an ingest over test fixtures and reads back the staged folder's files as rows of named cells. */
final class StagedFolderFixture {
    static final LocalDate READ_ON = LocalDate.of(2026, 1, 5);

    private StagedFolderFixture() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(StagedFolderFixture.class.getResource(name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no test fixture " + name, e);
        }
    }

    static IngestSummary ingest(SourceKind kind, Path out, Path mapping, Path... files) {
        return new Ingest(kind, "test-source", mapping, List.of(files), out, READ_ON, bytes -> { }).run();
    }

    /** The rows of a file of the folder, each by column name; no rows when the file is absent. */
    static List<Map<String, String>> rows(Path folder, String file) {
        Path path = folder.resolve(file);
        List<Map<String, String>> rows = new ArrayList<>();
        if (!Files.exists(path)) {
            return rows;
        }
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(path)) {
            List<String> header = null;
            for (CsvRecord record : csv) {
                if (header == null) {
                    header = record.getFields();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), record.getField(i));
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The one row whose column has the value. */
    static Map<String, String> row(Path folder, String file, String column, String value) {
        List<Map<String, String>> found = rows(folder, file).stream().filter(r -> value.equals(r.get(column))).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " rows of " + file + " have " + column + " " + value + ": " + rows(folder, file));
        }
        return found.get(0);
    }

    /** The first rejected.csv row about the source's field and value. */
    static Map<String, String> rejection(Path folder, String field, String value) {
        return rows(folder, "rejected.csv").stream().filter(r -> field.equals(r.get("field")) && value.equals(r.get("value")))
                .findFirst().orElseThrow(() -> new AssertionError("no rejection of " + field + " " + value + " in "
                        + rows(folder, "rejected.csv")));
    }
}
