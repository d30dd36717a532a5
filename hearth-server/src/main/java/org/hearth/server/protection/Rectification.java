package org.hearth.server.protection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.io.canonical.CanonicalRows;
import org.hearth.server.ingest.ImportMadeInHearth;
import org.hearth.server.ingest.StoredFields;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A record corrected, in the caller's transaction: its current row is ended ({@code end_reason 'rectified'}) by the
 * correction's import, and the row with the corrected values added under it, with the same file, key, person, family
 * and source, so that the source's next extract replaces or withdraws it as it would the row it came with. Its line is
 * null, as for any row made in Hearth. Whether the rows are still valid together is for the reading of the family
 * that follows ({@link Corrections}).
 */
@Component
class Rectification {
    /** Columns a correction may not change: the record's identity and where it came from. */
    static final Set<String> FIXED = Set.of("record_id", "person_id", "family_id", "source");

    private final JdbcTemplate jdbc;

    Rectification(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A current row: its person and family (either may be null) and its values by column. */
    record Row(long id, String file, String recordId, String personId, String familyId, String source,
               Map<String, String> values) {
    }

    /** The current row of the file with the key, or null. */
    Row current(String file, String recordId) {
        List<Row> rows = jdbc.query("""
                select id, person_id, family_id, source, fields::text from stored_row
                where ended_by is null and file = ? and row_key = ?""", (row, number) -> new Row(row.getLong(1), file,
                recordId, row.getString(2), row.getString(3), row.getString(4), StoredFields.of(row.getString(5))), file, recordId);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * The corrections that change the row: each a column of its file other than {@link #FIXED} and its key, each
     * value different from the row's (a blank value empties an optional column).
     *
     * @throws InvalidCorrectionException naming the column, when one may not be changed, or nothing is
     */
    static Map<String, String> changes(Row row, Map<String, String> proposed) {
        List<String> columns = CanonicalRows.columns(row.file());
        String key = CanonicalRows.keyColumn(row.file());
        Map<String, String> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> value : proposed.entrySet()) {
            String column = value.getKey();
            if (!columns.contains(column)) {
                throw new InvalidCorrectionException(column, row.file() + " has no column " + column);
            }
            String corrected = value.getValue() == null ? "" : value.getValue().strip();
            if (corrected.equals(row.values().getOrDefault(column, ""))) {
                continue;
            }
            if (FIXED.contains(column) || column.equals(key)) {
                throw new InvalidCorrectionException(column, column + " is the record's identity or source and is not "
                        + "corrected here: a record of the wrong person or family is a matter for the matching review, "
                        + "or for the source's next extract");
            }
            changes.put(column, corrected);
        }
        if (changes.isEmpty()) {
            throw new InvalidCorrectionException("", "Change at least one value: every value given is the one held");
        }
        return changes;
    }

    /** Ends the row, as rectified by the import, and adds it with the corrections, under the import. */
    void apply(Row row, Map<String, String> corrections, long importId) {
        Map<String, String> values = new LinkedHashMap<>(row.values());
        values.putAll(corrections);
        int ended = jdbc.update("""
                update stored_row set ended_by = ?, end_reason = 'rectified' where id = ? and ended_by is null""",
                importId, row.id());
        if (ended != 1) {
            throw new IllegalStateException("stored row " + row.id() + " is no longer current");
        }
        ImportMadeInHearth.addRow(jdbc, importId, row.file(), row.recordId(), row.source(), row.personId(), row.familyId(),
                values);
    }
}
