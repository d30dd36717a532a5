package org.hearth.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL of a test class's own, started before its tests and stopped after, for commands run in their
 * own process to work on ({@code HEARTH_DB_URL}) while the test looks at what they did.
 */
final class OwnPostgres implements BeforeAllCallback, AfterAllCallback {
    private Path folder;
    private EmbeddedPostgres postgres;
    private JdbcTemplate jdbc;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        folder = Files.createTempDirectory("hearth-test-");
        postgres = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("postgres")).start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        postgres.close();
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Where a folder for the test's own files may go, deleted with the database. */
    Path folder() {
        return folder;
    }

    /** The environment that points the command at this PostgreSQL, as at the review date. */
    Map<String, String> environment(String reviewDate) {
        return Map.of("HEARTH_DB_URL", postgres.getJdbcUrl("postgres", "postgres"), "HEARTH_DB_USER", "postgres",
                "HEARTH_DB_PASSWORD", "", "HEARTH_DATA_DIR", folder.resolve("hearth").toString(), "HEARTH_REVIEW_DATE", reviewDate);
    }
}
