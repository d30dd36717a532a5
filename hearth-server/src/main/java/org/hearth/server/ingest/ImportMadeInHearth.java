package org.hearth.server.ingest;

import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import of rows made in Hearth itself, not read from a folder: a manager's sign-off of an answer
 * (org.hearth.server.casework.SignOff), a correction of a record or an erasure (org.hearth.server.protection). It is
 * accepted as it is made, in the caller's transaction, and its folder names what made it, as its rows' provenance.
 * Its rows ({@link #addRow}) are on no file's line.
 */
public final class ImportMadeInHearth {
    private ImportMadeInHearth() {
    }

    /** @return the import's id */
    public static long open(JdbcTemplate jdbc, String by, String madeBy, int rows) {
        return jdbc.queryForObject("""
                insert into data_import (started_by, folder, status, finished_at, rows_accepted)
                values (?, ?, 'accepted', now(), ?) returning id""", Long.class, by, madeBy, rows);
    }

    /**
     * Adds a current row of {@code file} under the import, its values by column as the format names them: its
     * {@code fields} and its line ({@link StoredLine}) written from the same values.
     */
    public static void addRow(JdbcTemplate jdbc, long importId, String file, String rowKey, String source,
                              String personId, String familyId, Map<String, String> values) {
        jdbc.update("""
                insert into stored_row (file, row_key, source, person_id, family_id, fields, cells, import_id, line)
                values (?, ?, ?, ?, ?, ?::jsonb, ?, ?, null)""", file, rowKey, source, personId, familyId,
                StoredFields.json(values), new StoredLine().of(file, values), importId);
    }
}
