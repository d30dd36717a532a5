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
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command as a person runs it: {@code hearth demo} summarises the plans, then starts the
 * server with the authority imported and a user of each role, whose passwords it prints; each can sign in and
 * sees what their role allows.
 */
class DemoServeTest {
    private static final Pattern RUNNING = Pattern.compile("Hearth is running at (http://localhost:\\d+/)");
    private static final Pattern USER = Pattern.compile("^  (\\S+)\\s+.*\\s(\\S{16})$");

    @TempDir
    Path temp;

    @Test
    void startsTheServerWithAUserOfEachRoleWhoCanSignIn() throws Exception {
        Process demo = HearthProcess.start(Map.of("HEARTH_DB_URL", "jdbc:postgresql://localhost:1/must-not-be-used"),
                "demo", "--families", "150", "--out", temp.resolve("demo").toString(), "--port", "0");
        try (BufferedReader output = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            Map<String, String> passwords = new HashMap<>();
            String url = null;
            String line;
            while (url == null && (line = output.readLine()) != null) {
                Matcher user = USER.matcher(line);
                if (user.find()) {
                    passwords.put(user.group(1), user.group(2));
                }
                Matcher running = RUNNING.matcher(line);
                url = running.find() ? running.group(1) : null;
            }
            assertThat(url).as("the demo says where its server listens").isNotNull();
            assertThat(passwords).containsKeys("admin", "coordinator", "auditor", "manager.north", "worker1.north");

            HttpResponse<String> cohort = get(url + "api/families?size=500", "coordinator", passwords.get("coordinator"));
            HttpResponse<String> own = get(url + "api/families?size=500", "worker1.north", passwords.get("worker1.north"));
            HttpResponse<String> wrong = get(url + "api/families", "coordinator", "not the password");

            assertThat(cohort.statusCode()).isEqualTo(200);
            assertThat(count(cohort.body())).isEqualTo(150);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(count(own.body())).as("a key worker sees only their families").isBetween(1, 12);
            assertThat(wrong.statusCode()).isEqualTo(401);

            assertThat(passwords).containsKey("partner.coordinator");
            HttpResponse<String> partners = get(url + "api/families?size=500", "partner.coordinator",
                    passwords.get("partner.coordinator"));
            assertThat(count(partners.body())).as("a partner organisation's coordinator sees only its families").isBetween(1, 149);
            HttpResponse<String> toAudit = get(url + "api/claims/batches", "auditor", passwords.get("auditor"));
            assertThat(toAudit.statusCode()).isEqualTo(200);
            assertThat(toAudit.body()).as("a batch of claims awaits the auditor").contains("\"awaiting_audit\"");
        } finally {
            demo.destroy();
            assertThat(demo.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static int count(String body) {
        return body.split("\"family_id\"", -1).length - 1;
    }

    private static HttpResponse<String> get(String url, String username, String password) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + credentials)
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
