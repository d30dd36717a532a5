package org.hearth.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.core.env.PropertyResolver;

/**
 * The database in use, and the embedded server behind it when there is one. With {@code HEARTH_DB_URL} (and
 * {@code HEARTH_DB_USER}, {@code HEARTH_DB_PASSWORD}) it is that PostgreSQL; otherwise an embedded PostgreSQL (real
 * binaries from Maven Central: no Docker, no system install) whose data folder is {@code HEARTH_DATA_DIR/postgres},
 * kept between runs.
 *
 * @param jdbcUrl  where it is, for PostgreSQL's own tools as well as the server ({@code hearth backup})
 * @param user     who the server connects as
 * @param password their password; never printed
 */
public record Database(DataSource dataSource, EmbeddedPostgres embedded, String description, String jdbcUrl, String user,
                       String password) implements AutoCloseable {

    /** The database the settings name, started when it is the embedded one. */
    public static Database configured(PropertyResolver settings, DataDirectory dataDirectory) {
        String url = settings.getProperty("HEARTH_DB_URL");
        if (url != null && !url.isBlank()) {
            String user = settings.getProperty("HEARTH_DB_USER");
            String password = settings.getProperty("HEARTH_DB_PASSWORD");
            return new Database(DataSourceBuilder.create().url(url).username(user).password(password).build(), null,
                    "external PostgreSQL", url, user, password);
        }
        boolean durable = !"off".equals(settings.getProperty("HEARTH_EMBEDDED_FSYNC", "on"));
        return embedded(dataDirectory.folder().resolve("postgres"), durable);
    }

    /**
     * The database the settings name, for a tool that works beside a running server ({@code hearth backup}): the
     * embedded one is reached where the server started it when a server is running on it, as its folder can have
     * only one; otherwise it is started.
     */
    public static Database forTools(PropertyResolver settings, DataDirectory dataDirectory) {
        if (settings.getProperty("HEARTH_DB_URL", "").isBlank()) {
            Optional<Integer> port = runningEmbeddedPort(dataDirectory.folder().resolve("postgres"));
            if (port.isPresent()) {
                String url = "jdbc:postgresql://localhost:" + port.get() + "/postgres";
                return new Database(DataSourceBuilder.create().url(url).username("postgres").build(), null,
                        "embedded PostgreSQL of the running server, port " + port.get(), url, "postgres", null);
            }
        }
        return configured(settings, dataDirectory);
    }

    /**
     * @param durable whether writes are flushed to disk and commits waited for: always, but for a database
     *                thrown away after a test or a demo ({@code HEARTH_EMBEDDED_FSYNC=off})
     */
    static Database embedded(Path folder, boolean durable) {
        try {
            Files.createDirectories(folder);
            // The embedded server's defaults are a test database's: writes not flushed to disk (-F) and
            // commits not waited for. Hearth's data must survive a power cut, so both are put back on.
            String on = durable ? "on" : "off";
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(folder)
                    .setCleanDataDirectory(false).setServerConfig("fsync", on)
                    .setServerConfig("synchronous_commit", on).start();
            String url = postgres.getJdbcUrl("postgres", "postgres");
            // A pool, as for an external database: the embedded server's own data source opens a connection per use.
            DataSource pooled = DataSourceBuilder.create().url(url).username("postgres").build();
            return new Database(pooled, postgres, "embedded PostgreSQL in " + folder, url, "postgres", null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The port of the PostgreSQL running on the folder, from the lock file it writes there ({@code postmaster.pid}:
     * its process id on the first line, its port on the fourth), when that process is alive.
     */
    private static Optional<Integer> runningEmbeddedPort(Path folder) {
        Path lock = folder.resolve("postmaster.pid");
        try {
            if (!Files.isRegularFile(lock)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(lock);
            if (lines.size() < 4 || !ProcessHandle.of(Long.parseLong(lines.get(0).trim())).map(ProcessHandle::isAlive)
                    .orElse(false)) {
                return Optional.empty();
            }
            return Optional.of(Integer.parseInt(lines.get(3).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws Exception {
        if (dataSource instanceof AutoCloseable pool) {
            pool.close();
        }
        if (embedded != null) {
            embedded.close();
        }
    }
}
