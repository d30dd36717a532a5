package org.hearth.server.ingest;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An import of rows made in Hearth itself, not read from a folder: a manager's sign-off of an answer
 * (org.hearth.server.casework.SignOff), a correction of a record or an erasure (org.hearth.server.protection). It is
 * accepted as it is made, in the caller's transaction, and its folder names what made it, as its rows' provenance.
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
}
