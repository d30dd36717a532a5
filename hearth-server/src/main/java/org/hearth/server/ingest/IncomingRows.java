package org.hearth.server.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.hearth.io.canonical.CanonicalRows;
import org.hearth.server.PostgresCopy;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The rows of a folder already checked by the reader, copied into the temporary table {@code incoming} of
 * the import's transaction: each row's file, line, key, source, the person and family it names, its
 * values by column name, and the row as its file's line ({@link StoredLine}).
 */
final class IncomingRows {
    /** Joins the cells of a row of a file without a key column: no value may hold this control character. */
    private static final String CELL_SEPARATOR = "\u001f";
    private static final JsonFactory JSON = new JsonFactory();

    private IncomingRows() {
    }

    /** @return the rows copied, and the files the folder holds (a file may hold no rows) */
    static Copied copy(JdbcTemplate jdbc, DataSource dataSource, Path folder, ImportProgress progress) {
        jdbc.execute("""
                create temporary table incoming (
                    file text not null, line bigint not null, row_key text not null, source text,
                    person_id text, family_id text, fields jsonb not null, cells text not null
                ) on commit drop""");
        Map<String, Long> files = new HashMap<>();
        try (PostgresCopy copy = PostgresCopy.into(dataSource,
                "incoming (file, line, row_key, source, person_id, family_id, fields, cells)")) {
            progress.phase("Copying rows", 0);
            CanonicalRows.read(folder, new CanonicalRows.Sink() {
                private final StoredLine line = new StoredLine();
                private String file;
                private Columns columns;

                @Override
                public void row(String rowFile, long lineNumber, String[] cells) throws IOException {
                    if (!rowFile.equals(file)) {
                        file = rowFile;
                        columns = new Columns(rowFile);
                    }
                    copy.row(rowFile, Long.toString(lineNumber), columns.key(cells), columns.cell(cells, "source"),
                            columns.cell(cells, "person_id"), columns.cell(cells, "family_id"), columns.json(cells),
                            line.of(cells));
                    files.merge(rowFile, 1L, Long::sum);
                    if (copy.rows() % 10_000 == 0) {
                        progress.advance(10_000);
                    }
                }
            });
            for (String file : headerOnlyFiles(folder)) {
                files.putIfAbsent(file, 0L);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + ": " + e.getMessage(), e);
        }
        jdbc.execute("create index on incoming (file, row_key)");
        jdbc.execute("analyze incoming");
        return new Copied(files);
    }

    /** The files of the format the folder holds, rows or not. */
    private static List<String> headerOnlyFiles(Path folder) {
        return CanonicalRows.files().stream().filter(file -> folder.resolve(file).toFile().isFile()).toList();
    }

    /** How many rows each file of the folder held. */
    record Copied(Map<String, Long> rowsByFile) {
    }

    /** Where a file's columns are, for the values the stored row keeps apart. */
    private static final class Columns {
        private final List<String> names;
        private final int key;

        Columns(String file) {
            names = CanonicalRows.columns(file);
            String keyColumn = CanonicalRows.keyColumn(file);
            key = keyColumn == null ? -1 : names.indexOf(keyColumn);
        }

        String key(String[] cells) {
            return key >= 0 ? cells[key] : String.join(CELL_SEPARATOR, cells);
        }

        String cell(String[] cells, String column) {
            int at = names.indexOf(column);
            return at < 0 || cells[at].isBlank() ? null : cells[at];
        }

        String json(String[] cells) {
            StringWriter text = new StringWriter();
            try (JsonGenerator json = JSON.createGenerator(text)) {
                json.writeStartObject();
                for (int i = 0; i < cells.length; i++) {
                    json.writeStringField(names.get(i), cells[i]);
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return text.toString();
        }
    }
}
