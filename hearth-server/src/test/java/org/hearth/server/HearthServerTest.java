package org.hearth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server as an operator starts it: with no database configured, an embedded PostgreSQL whose data
 * lives under HEARTH_DATA_DIR, its schema made by Flyway, a health endpoint, and the data still there
 * when the server starts again.
 */
class HearthServerTest {
    @TempDir
    Path dataDir;

    @Test
    void startsOnEmbeddedPostgresWithItsSchemaAndSaysItIsHealthy() throws Exception {
        try (ConfigurableApplicationContext server = start()) {
            HttpResponse<String> health = get(server, "/api/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"database\":\"embedded\"",
                    "\"schema\":\"" + latestMigration(server) + "\"");
            assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
            JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("show fsync", String.class)).as("writes reach the disk").isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        }
    }

    @Test
    void describesItsJsonApiInAnOpenApiDocument() throws Exception {
        try (ConfigurableApplicationContext server = startThrowaway()) {
            HttpResponse<String> document = get(server, "/api/openapi.json");

            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.body()).contains("\"openapi\":\"3.", "\"/api/families\"", "\"/api/families/{familyId}\"",
                    "\"/api/imports\"", "\"/api/plans\"", "\"/api/families/{familyId}/answers\"",
                    "\"/api/answers/{answerId}/sign-off\"");
            assertThat(document.body()).doesNotContain("\"/sign-offs\"", "\"/admin/users\"");
        }
    }

    @Test
    void keepsItsDataInTheDataFolderBetweenRuns() {
        try (ConfigurableApplicationContext server = start()) {
            server.getBean(JdbcTemplate.class).update(
                    "insert into data_import (started_by, folder, status) values ('coordinator', '/extracts/2019-03', 'accepted')");
        }
        try (ConfigurableApplicationContext again = start()) {
            assertThat(again.getBean(JdbcTemplate.class).queryForObject("select count(*) from data_import", Long.class))
                    .isEqualTo(1);
        }
    }

    /** The version of the newest migration shipped (db/migration/V{n}__…sql). */
    /** The latest of the migrations: the SQL files', and those written in Java (beans Spring Boot gives Flyway). */
    private static String latestMigration(ConfigurableApplicationContext server) throws Exception {
        var folder = Path.of(HearthServerTest.class.getResource("/db/migration").toURI());
        try (var files = java.nio.file.Files.list(folder)) {
            var versions = java.util.stream.Stream.concat(
                    files.map(file -> file.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1")),
                    server.getBeansOfType(JavaMigration.class).values().stream().map(one -> one.getVersion().getVersion()));
            return versions.max(java.util.Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        }
    }

    /** As an operator starts it: with the defaults, a database that waits for the disk. */
    private ConfigurableApplicationContext start() {
        return HearthServer.start("--HEARTH_DATA_DIR=" + dataDir, "--server.port=0");
    }

    /** On a database thrown away after the test, which need not wait for the disk. */
    private ConfigurableApplicationContext startThrowaway() {
        return HearthServer.start("--HEARTH_DATA_DIR=" + dataDir, "--server.port=0", "--HEARTH_EMBEDDED_FSYNC=off");
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext server, String path) throws Exception {
        String port = server.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
