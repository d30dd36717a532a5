package org.hearth.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the server keeps its data. With {@code HEARTH_DB_URL} (and {@code HEARTH_DB_USER},
 * {@code HEARTH_DB_PASSWORD}) it uses that PostgreSQL; otherwise it starts an embedded PostgreSQL
 * (real binaries from Maven Central: no Docker, no system install) whose data folder is
 * {@code HEARTH_DATA_DIR/postgres}, kept between runs, {@code HEARTH_DATA_DIR} defaulting to
 * {@code ~/.hearth}.
 */
@Configuration(proxyBeanMethods = false)
public class DatabaseConfiguration {

    @Bean
    DataSource dataSource(Database database) {
        return database.dataSource();
    }

    /** The server's own folder: the embedded database's data, and private working files while importing. */
    @Bean
    DataDirectory dataDirectory(Environment environment) {
        return new DataDirectory(Path.of(environment.getProperty("HEARTH_DATA_DIR",
                Path.of(System.getProperty("user.home"), ".hearth").toString())));
    }

    @Bean(destroyMethod = "close")
    Database database(Environment environment, DataDirectory dataDirectory) {
        String url = environment.getProperty("HEARTH_DB_URL");
        if (url != null && !url.isBlank()) {
            return Database.external(DataSourceBuilder.create().url(url)
                    .username(environment.getProperty("HEARTH_DB_USER"))
                    .password(environment.getProperty("HEARTH_DB_PASSWORD")).build());
        }
        boolean durable = !"off".equals(environment.getProperty("HEARTH_EMBEDDED_FSYNC", "on"));
        return Database.embedded(dataDirectory.folder().resolve("postgres"), durable);
    }

    /** The database in use, and the embedded server behind it when there is one. */
    record Database(DataSource dataSource, EmbeddedPostgres embedded, String description) implements AutoCloseable {

        static Database external(DataSource dataSource) {
            return new Database(dataSource, null, "external PostgreSQL");
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
                // A pool, as for an external database: the embedded server's own data source opens a connection per use.
                DataSource pooled = DataSourceBuilder.create().url(postgres.getJdbcUrl("postgres", "postgres"))
                        .username("postgres").build();
                return new Database(pooled, postgres, "embedded PostgreSQL in " + folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + folder + ": " + e.getMessage(), e);
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
}
