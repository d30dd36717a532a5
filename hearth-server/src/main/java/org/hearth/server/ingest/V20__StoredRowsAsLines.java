package org.hearth.server.ingest;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.hearth.io.canonical.CanonicalRows;
import org.springframework.stereotype.Component;

/**
 * Migration V20: every stored row keeps its line as well ({@code stored_row.cells}, {@link StoredLine}), so that the
 * whole authority is read back as text PostgreSQL holds rather than as jsonb it must write out (docs/benchmarks.md).
 * The rows held before it are given their lines here, from their values, in the columns of the format as this version
 * of Hearth knows it: each value in CSV, quoted when it holds a comma or a quote, an absent value empty. A later
 * version that adds a column to a file must give the rows held their lines again, as this does. A Java migration
 * because the columns of each file are the reader's ({@link CanonicalRows}), not written again in SQL; Spring Boot
 * gives it to Flyway as a bean. It rewrites every row held (minutes for a county: docs/operations.md, "Upgrades").
 */
@Component
public class V20__StoredRowsAsLines extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("alter table stored_row add column cells text");
            for (String statement : lines("stored_row")) {
                sql.execute(statement);
            }
            sql.execute("alter table stored_row alter column cells set not null");
        }
    }

    /** The statements that give every row of {@code table} (stored_row, or a copy of it) its line. */
    static List<String> lines(String table) {
        List<String> statements = new ArrayList<>();
        statements.add("""
                create or replace function pg_temp.csv_cell(value text) returns text language sql immutable as $$
                    select case when strpos(value, ',') > 0 or strpos(value, '"') > 0
                                then '"' || replace(value, '"', '""') || '"'
                                else coalesce(value, '') end
                $$""");
        for (String file : CanonicalRows.files()) {
            StringBuilder line = new StringBuilder("concat_ws(','");
            for (String column : CanonicalRows.columns(file)) {
                line.append(", pg_temp.csv_cell(fields->>").append(literal(column)).append(')');
            }
            statements.add("update " + table + " set cells = " + line + ") where file = " + literal(file));
        }
        return statements;
    }

    /** A name of the format (a file's or a column's, from the code) as an SQL string literal. */
    private static String literal(String name) {
        return "'" + name.replace("'", "''") + "'";
    }
}
