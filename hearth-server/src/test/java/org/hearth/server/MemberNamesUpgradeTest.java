package org.hearth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.ingest.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A server upgraded to people's names (V11) holds its people as before: the same extract, without name columns,
 * imported again after the upgrade finds every person unchanged, rather than replacing each one.
 */
class MemberNamesUpgradeTest {
    @TempDir
    Path temp;

    @Test
    void theSameExtractImportedAgainAfterTheUpgradeFindsEveryPersonUnchanged() throws IOException {
        Path folder = ServerFixture.authority(temp.resolve("data"), 5, 21);
        List<String> people = withoutNames(folder.resolve("people.csv"));
        try (ConfigurableApplicationContext server = ServerFixture.offline(temp.resolve("hearth"))) {
            DataImport imports = server.getBean(DataImport.class);
            JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
            imports.importFolder(folder, "coordinator", ImportProgress.NONE);
            // As a server before V11 stored them: people.csv had no name columns at all. (A server of that age cannot
            // import with today's code, which writes columns added since, so its rows are made from today's.)
            jdbc.update("update stored_row set fields = fields - 'given_name' - 'family_name' where file = 'people.csv'");
            jdbc.execute(upgradeStatement());

            ImportReport again = imports.importFolder(folder, "coordinator", ImportProgress.NONE);

            assertThat(again.files().get("people.csv").unchanged()).isEqualTo(people.size() - 1);
            assertThat(again.files().get("people.csv").replaced()).isZero();
        }
    }

    /** V11's statement that gives the people held the new columns. */
    private static String upgradeStatement() throws IOException {
        try (InputStream in = MemberNamesUpgradeTest.class.getResourceAsStream("/db/migration/V11__member_names.sql")) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = migration.indexOf("update stored_row set fields");
            return migration.substring(start, migration.indexOf(";", start));
        }
    }

    /** Rewrites people.csv without its name columns, as an extract made before them; returns its lines. */
    private static List<String> withoutNames(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int names = Arrays.asList(lines.get(0).split(",")).indexOf("given_name");
        List<String> without = lines.stream()
                .map(line -> String.join(",", Arrays.asList(line.split(",", -1)).subList(0, names))).toList();
        Files.write(file, without);
        return without;
    }
}
