package org.hearth.server.ingest;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.io.canonical.CanonicalRows;
import org.hearth.io.link.SourceQuality;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every import ever run, accepted or rejected, as the import pages show them. */
@Repository
class ImportHistory {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    static final int LONGEST_LIST = 200;

    private final JdbcTemplate jdbc;

    ImportHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One import as recorded.
     *
     * @param origin where the data came from: a folder's path, or the files uploaded
     * @param status {@code running}, {@code accepted} or {@code rejected}
     * @param files what an accepted import did, file by file, in the format's order; empty otherwise
     * @param errors why a rejected import was rejected (at most the reader's limit of them); empty otherwise
     */
    record Import(long id, Instant startedAt, Instant finishedAt, String startedBy, String origin, String status,
                  long rowsAccepted, long errorCount, Map<String, ImportReport.FileCounts> files, List<String> errors) {

        public boolean accepted() {
            return status.equals("accepted");
        }

        public boolean rejected() {
            return status.equals("rejected");
        }
    }

    /** The latest imports, newest first. */
    List<Import> latest() {
        return jdbc.query("select * from data_import order by id desc limit ?", ImportHistory::row, LONGEST_LIST);
    }

    /** The import, or null when none has the id. */
    Import get(long id) {
        List<Import> found = jdbc.query("select * from data_import where id = ?", ImportHistory::row, id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The data quality of the sources the import's folder was made from, as hearth link reported it; empty if none. */
    List<SourceQuality.Line> sources(long id) {
        return jdbc.query("select * from source_quality where import_id = ? order by position", (row, n) ->
                new SourceQuality.Line(row.getString("source"), row.getString("kind"), row.getString("provider"),
                        row.getObject("read_on", LocalDate.class), row.getLong("people"), row.getLong("matched_elsewhere"),
                        row.getLong("in_no_family"), row.getLong("rows_staged"), row.getLong("rows_left_out"),
                        row.getLong("rejected"), (Integer) row.getObject("expected_every_days"), row.getString("status")),
                id);
    }

    private static Import row(ResultSet row, int number) throws SQLException {
        OffsetDateTime finished = row.getObject("finished_at", OffsetDateTime.class);
        Array errors = row.getArray("errors");
        return new Import(row.getLong("id"), row.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(), row.getString("started_by"), row.getString("folder"),
                row.getString("status"), row.getLong("rows_accepted"), row.getLong("error_count"),
                files(row.getString("report")), errors == null ? List.of() : List.of((String[]) errors.getArray()));
    }

    private static Map<String, ImportReport.FileCounts> files(String report) {
        if (report == null) {
            return Map.of();
        }
        Map<String, ImportReport.FileCounts> stored;
        try {
            stored = JSON.readValue(report, new TypeReference<Map<String, ImportReport.FileCounts>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import's stored report is not JSON", e);
        }
        // jsonb keeps an object's keys in an order of its own.
        Map<String, ImportReport.FileCounts> inFormatOrder = new LinkedHashMap<>();
        for (String file : CanonicalRows.files()) {
            if (stored.containsKey(file)) {
                inFormatOrder.put(file, stored.get(file));
            }
        }
        return inFormatOrder;
    }
}
