package org.hearth.server.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.io.Population;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.canonical.CanonicalRows;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;
import org.hearth.server.DataDirectory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The data as it stands: the current rows of every file, written as a canonical folder in a private working
 * folder and read by the same reader as {@code hearth evaluate}, so that what the server decides on is
 * exactly what the command line would decide on the same rows. An error in the whole names the import and
 * line each row came from.
 */
@Component
public class StoredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    /** Streams rows rather than holding a whole authority's result set (within a transaction). */
    private final JdbcTemplate streaming;
    private final DataDirectory dataDirectory;

    StoredData(JdbcTemplate jdbc, DataDirectory dataDirectory) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(5_000);
        this.dataDirectory = dataDirectory;
    }

    /**
     * Reads the current rows, all or nothing; call it inside a transaction (rows are streamed).
     *
     * @throws ImportRejectedException when the rows held are not a valid folder together
     */
    public Population current() {
        Path work = dataDirectory.privateWorkFolder("stored");
        try {
            Map<String, Provenance> provenance = write(work);
            try {
                return CanonicalReader.read(work);
            } catch (InvalidDataException e) {
                List<String> errors = new ArrayList<>();
                for (DataError error : e.errors()) {
                    errors.add(provenance.containsKey(error.file()) ? provenance.get(error.file()).explain(error) : error.toString());
                }
                throw new ImportRejectedException("The rows are valid alone but not with the data already held: "
                        + e.errorCount() + (e.errorCount() == 1 ? " error" : " errors"), errors, e.errorCount(), 0);
            }
        } finally {
            DataDirectory.delete(work);
        }
    }

    /** The latest accepted import, or null before the first. */
    public Long latestImport() {
        return jdbc.queryForObject("select max(id) from data_import where status = 'accepted'", Long.class);
    }

    private Map<String, Provenance> write(Path folder) {
        Map<String, Provenance> provenance = new HashMap<>();
        Map<String, CsvWriter> writers = new HashMap<>();
        try {
            streaming.query("select file, fields, import_id, line from stored_row where ended_by is null order by file, import_id, line",
                    row -> {
                        String file = row.getString(1);
                        CsvWriter csv = writers.get(file);
                        if (csv == null) {
                            csv = open(folder, file);
                            writers.put(file, csv);
                            provenance.put(file, new Provenance());
                        }
                        csv.writeRecord(cells(file, row.getString(2)));
                        provenance.get(file).add(row.getLong(3), row.getLong(4));
                    });
        } finally {
            for (CsvWriter csv : writers.values()) {
                close(csv);
            }
        }
        return provenance;
    }

    private static CsvWriter open(Path folder, String file) {
        try {
            return CanonicalRows.writer(folder, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void close(CsvWriter csv) {
        try {
            csv.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] cells(String file, String fields) {
        try {
            JsonNode values = JSON.readTree(fields);
            List<String> columns = CanonicalRows.columns(file);
            String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                JsonNode value = values.get(columns.get(i));
                cells[i] = value == null ? "" : value.asText();
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For each line of a rebuilt file, the import and line the row came from. */
    private static final class Provenance {
        private long[] imports = new long[1024];
        private long[] lines = new long[1024];
        private int size;

        void add(long importId, long line) {
            if (size == imports.length) {
                imports = java.util.Arrays.copyOf(imports, size * 2);
                lines = java.util.Arrays.copyOf(lines, size * 2);
            }
            imports[size] = importId;
            lines[size++] = line;
        }

        /** The error as the reader gave it, at the line of the import the row came from. */
        String explain(DataError error) {
            int row = (int) error.line() - 2; // line 1 is the header
            if (row < 0 || row >= size) {
                return error.toString();
            }
            DataError original = new DataError(error.file(), lines[row], error.column(), error.field(), error.message());
            return original + " (a row of import " + imports[row] + ")";
        }
    }
}
