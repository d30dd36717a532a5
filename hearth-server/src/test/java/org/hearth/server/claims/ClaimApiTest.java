package org.hearth.server.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Browser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The claims API and exports over HTTP, as a coordinator's and an auditor's scripts and browsers meet them: a batch
 * prepared for the quarter ending 31 March 2019 from every family claimable, a rejection refused without a reason
 * (422, naming the field) and made with one, submission refused while a claim awaits audit, the export downloaded as
 * XLSX; the JSON in snake_case with the states as docs/claims.md names them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Staff staff;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        staff = Staff.ofEachRole(server);
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "coordinator", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 120, 2015),
                "coordinator", ImportProgress.NONE);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aCoordinatorPreparesByTheApiAndTheAuditorRejectsOnlyWithAReason() throws Exception {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        Browser auditor = staff.signedIn(Role.AUDITOR);
        JsonNode candidates = json(coordinator.get("/api/claims/candidates"));
        assertThat(candidates.size()).as("families claimable now").isGreaterThanOrEqualTo(2);

        HttpResponse<String> prepared = coordinator.postJson("/claims", "/api/claims/batches",
                "{\"period_from\": \"2019-01-01\", \"period_to\": \"2019-03-31\"}");

        assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(201);
        JsonNode batch = JSON.readTree(prepared.body());
        long batchId = batch.path("batch").path("id").asLong();
        assertThat(batch.path("batch").path("phase").asText()).isEqualTo("troubled_families_2");
        assertThat(batch.path("claims").size()).isEqualTo(candidates.size());
        JsonNode first = batch.path("claims").get(0);
        assertThat(first.path("state").asText()).isEqualTo("awaiting_audit");
        assertThat(first.path("family_id").asText()).isEqualTo(candidates.get(0).path("family_id").asText());
        assertThat(first.path("evidence_sha256").asText()).hasSize(64);
        assertThat(json(coordinator.get("/api/claims/candidates")).size()).as("claimed now").isZero();
        long claim = first.path("id").asLong();

        HttpResponse<String> noReason = auditor.postJson("/claims", "/api/claims/" + claim + "/decision",
                "{\"decision\": \"rejected\", \"reason\": \" \"}");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(noReason.body()).path("problems").path("reason").asText())
                .isEqualTo("Enter why the claim is rejected, up to 10,000 characters");
        HttpResponse<String> rejected = auditor.postJson("/claims", "/api/claims/" + claim + "/decision",
                "{\"decision\": \"rejected\", \"reason\": \"No school letter for the autumn term\"}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        JsonNode decided = JSON.readTree(rejected.body());
        assertThat(decided.path("claim").path("state").asText()).isEqualTo("rejected");
        assertThat(decided.path("claim").path("decision_reason").asText()).isEqualTo("No school letter for the autumn term");
        assertThat(decided.path("evidence").path("plan").path("sha256").asText())
                .isEqualTo(first.path("plan_sha256").asText());
        assertThat(auditor.postJson("/claims", "/api/claims/" + claim + "/decision",
                "{\"decision\": \"accepted\"}").statusCode()).as("already decided").isEqualTo(409);

        HttpResponse<String> submitted = coordinator.postJson("/claims", "/api/claims/batches/" + batchId + "/submit", "");
        assertThat(submitted.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(submitted.body()).path("problems").path("submit").asText())
                .contains("claims await audit", "every claim in it is decided");

        HttpResponse<String> page = coordinator.get("/claims/batches/" + batchId);
        assertThat(page.body()).contains("No school letter for the autumn term", "rejected", "awaiting audit");
        HttpResponse<byte[]> xlsx = coordinator.getBytes("/claims/batches/" + batchId + "/claims.xlsx");
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"claim-batch-" + batchId + ".xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(candidates.size());
        }
        String csv = new String(coordinator.getBytes("/claims/register.csv").body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("claim_id,batch_id,family_id").contains("No school letter for the autumn term");

        String family = first.path("family_id").asText();
        assertThat(coordinator.get("/families/" + family).body()).as("the family page's Claims section")
                .contains("Claims made for this family, newest first", "Claim " + claim, "rejected",
                        "No school letter for the autumn term");
        assertThat(staff.signedIn(Role.ADMINISTRATOR).get("/families/" + family).body())
                .as("an administrator sees the family but reads no claims").contains("Family " + family)
                .doesNotContain("Claims made for this family");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
