package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hearth serve} as an operator runs it: in its own process, told where to keep its data, stopped by a signal. */
class ServeCommandTest {
    private static final Pattern RUNNING = Pattern.compile("Hearth is running at (http://localhost:\\d+/)");

    @TempDir
    Path dataDir;

    @Test
    void startsTheServerOnItsEmbeddedDatabaseSaysWhereAndStopsOnASignal() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath(), HearthCommand.class.getName(), "serve", "--port", "0");
        builder.environment().put("HEARTH_DATA_DIR", dataDir.toString());
        builder.redirectErrorStream(true);
        Process serve = builder.start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String url = null;
            String line;
            // Stop reading at the line that says where: the server prints nothing after it.
            while (url == null && (line = output.readLine()) != null) {
                Matcher running = RUNNING.matcher(line);
                url = running.find() ? running.group(1) : null;
            }
            assertThat(url).as("the server says where it is listening").isNotNull();

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "api/health")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"", "\"database\":\"embedded\"");
            assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("the server stops on a signal").isTrue();
        }
    }

    /** The test's class path itself: under Maven, surefire's own is a jar that only points to it. */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
