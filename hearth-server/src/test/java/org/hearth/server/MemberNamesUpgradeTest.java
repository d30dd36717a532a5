package org.hearth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        try (ConfigurableApplicationContext before = ServerFixture.offline(temp.resolve("hearth"), "--spring.flyway.target=9")) {
            before.getBean(DataImport.class).importFolder(folder, "coordinator", ImportProgress.NONE);
            // As a server before V11 stored them: people.csv had no name columns at all.
            before.getBean(JdbcTemplate.class).update(
                    "update stored_row set fields = fields - 'given_name' - 'family_name' where file = 'people.csv'");
        }

        try (ConfigurableApplicationContext after = ServerFixture.offline(temp.resolve("hearth"))) {
            ImportReport again = after.getBean(DataImport.class).importFolder(folder, "coordinator", ImportProgress.NONE);

            assertThat(again.files().get("people.csv").unchanged()).isEqualTo(people.size() - 1);
            assertThat(again.files().get("people.csv").replaced()).isZero();
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
