package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hearth serve} as an operator runs it: in its own process, told where to keep its data, stopped by a signal. */
class ServeCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void startsTheServerOnItsEmbeddedDatabaseSaysWhereAndStopsOnASignal() throws Exception {
        try (HearthProcess.Serving serving = HearthProcess.serve(Map.of("HEARTH_DATA_DIR", dataDir.toString()))) {
            assertThat(serving.url()).as("the server says where it is listening").isNotNull();

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(serving.url() + "api/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"database\":\"embedded\"");
            assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        }
    }
}
