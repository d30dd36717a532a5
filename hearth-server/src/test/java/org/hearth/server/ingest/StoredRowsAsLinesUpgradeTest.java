package org.hearth.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.hearth.server.ServerFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows stored before V20 (values only, no line) are given their lines by the migration: for every row of an authority,
 * with values that CSV must quote among them, the line it works out from the row's values is the line an import now
 * stores, byte for byte, so that the data held reads back the same whichever wrote it.
 */
class StoredRowsAsLinesUpgradeTest {
    @TempDir
    Path temp;

    @Test
    void theMigrationGivesEveryRowHeldTheLineAnImportWrites() throws Exception {
        Path folder = ServerFixture.authority(temp.resolve("data"), 60, 9);
        String[] first = ServerFixture.rename(folder, 2, "\"Zoë, \"\"Jo\"\"\"", "O'Brien");
        try (ConfigurableApplicationContext server = ServerFixture.offline(temp.resolve("hearth"))) {
            JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
            server.getBean(DataImport.class).importFolder(folder, "coordinator", ImportProgress.NONE);
            assertThat(jdbc.queryForObject("select cells from stored_row where file = 'people.csv' and row_key = ?",
                    String.class, first[0])).contains("\"Zoë, \"\"Jo\"\"\",O'Brien");

            jdbc.execute("create temporary table before_v20 as select id, file, fields, null::text as cells from stored_row");
            for (String statement : V20__StoredRowsAsLines.lines("before_v20")) {
                jdbc.execute(statement);
            }

            assertThat(jdbc.queryForObject("select count(distinct file) from before_v20", Long.class)).isGreaterThan(20);
            assertThat(jdbc.queryForList("""
                    select s.file || ':' || s.line || ' ' || s.cells || ' | ' || coalesce(b.cells, 'no line')
                    from stored_row s join before_v20 b on b.id = s.id
                    where b.cells is distinct from s.cells""", String.class)).isEmpty();
        }
    }
}
