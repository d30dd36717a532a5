package org.hearth.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.security.Browser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import pages and the JSON API's upload over HTTP: a coordinator's upload of a data folder, good and bad, by the
 * page or by a script (who reads them: SecurityTest, AccessMatrixTest). Both go through one upload flow
 * ({@link ImportJobs}), and neither leaves a copy of the files behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportPagesTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
        server.getBean(CohortEvaluation.class).uploadPlan("southampton.yaml", ServerFixture.builtInPlan("southampton"),
                LocalDate.of(2015, 1, 1), "coordinator", done -> {
                });
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aCoordinatorUploadsADataFolderAndSeesWhatEachFileDid() {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        HttpResponse<String> upload = coordinator.upload("/imports", "/imports", Map.of(), "files",
                files(ServerFixture.authority(temp.resolve("good"), 12, 5)));

        String report = whenEnded(coordinator, upload);
        assertThat(report).matches(".*/imports/\\d+\\?imported");
        assertThat(coordinator.get(report.substring(report.indexOf("/imports"))).body())
                .contains("The data was imported", "What each file did", "people.csv", "Added", "Withdrawn", "accepted");
        assertThat(coordinator.get("/imports").body()).contains("upload of ", "accepted");
        assertThat(jdbc.queryForObject("select count(*) from evaluation_run", Long.class)).isPositive();
    }

    @Test
    void hearthLinksDataQualityReportComesWithTheFilesAndIsKeptWithTheImport() {
        Map<String, byte[]> upload = new LinkedHashMap<>(files(ServerFixture.authority(temp.resolve("linked"), 12, 9)));
        upload.put("data_quality.csv", String.join("\n",
                "source,kind,provider,read_on,people,matched_elsewhere,in_no_family,rows,rows_left_out,rejected,"
                        + "expected_every_days,status",
                "school-census-2019,school_census,school census: URN 100001,2019-03-01,120,80,3,360,4,2,120,on time",
                "police-2019,agency,Southshire Police offences extract,2019-02-01,40,25,9,61,12,1,31,"
                        + "late: the next extract was due by 2019-03-04",
                ",school_census,school census: URN 100002,,0,0,0,0,0,0,120,missing: no extract has arrived",
                "").getBytes(StandardCharsets.UTF_8));
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        String report = whenEnded(coordinator, coordinator.upload("/imports", "/imports", Map.of(), "files", upload));

        String page = coordinator.get(report.substring(report.indexOf("/imports"))).body();
        assertThat(page).contains("The data was imported", "The sources it was made from, and their data quality",
                "school census: URN 100001", "on time", "late: the next extract was due by 2019-03-04",
                "school census: URN 100002", "missing: no extract has arrived", "360 (4)");
    }

    @Test
    void aMalformedFolderIsRejectedWithTheReadersErrorAndNothingIsImported() {
        Path folder = withAFalseDateOfBirth(temp.resolve("bad"));
        long rowsBefore = jdbc.queryForObject("select count(*) from stored_row", Long.class);

        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        HttpResponse<String> upload = coordinator.upload("/imports", "/imports", Map.of(), "files", files(folder));

        String record = whenEnded(coordinator, upload);
        assertThat(coordinator.get(record.substring(record.indexOf("/imports"))).body()).contains("rejected",
                "people.csv:2:2: date_of_birth: &#39;2015-02-29&#39; is not a real date: February 2015 has 28 days");
        assertThat(jdbc.queryForObject("select count(*) from stored_row", Long.class)).isEqualTo(rowsBefore);
        long rejected = jdbc.queryForObject("select max(id) from data_import where status = 'rejected'", Long.class);
        assertThat(staff.signedIn(Role.AUDITOR).get("/imports/" + rejected).body())
                .contains("rejected", "Nothing was imported", "February 2015 has 28 days");
    }

    @Test
    void anUploadWithoutFilesOrWithAStrangeFileIsRefusedAndNotRecorded() {
        long importsBefore = jdbc.queryForObject("select count(*) from data_import", Long.class);
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        HttpResponse<String> none = coordinator.upload("/imports", "/imports", Map.of(), "files", Map.of("", new byte[0]));
        HttpResponse<String> strange = coordinator.upload("/imports", "/imports", Map.of(), "files",
                Map.of("notes.txt", "hello".getBytes()));

        assertThat(none.body()).contains("There is a problem", "Select the files of the data folder");
        assertThat(strange.body()).contains("There is a problem", "notes.txt", "is not a file of the canonical data folder");
        assertThat(jdbc.queryForObject("select count(*) from data_import", Long.class)).isEqualTo(importsBefore);
    }

    @Test
    void aScriptPostingTheFilesGetsTheImportsReportWhenItHasEnded() {
        HttpResponse<String> upload = new Browser(server).uploadAs("/api/imports", "coordinator", Staff.PASSWORD, "files",
                files(ServerFixture.authority(temp.resolve("by script"), 12, 7)));

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
        long imported = jdbc.queryForObject("select max(id) from data_import where status = 'accepted'", Long.class);
        assertThat(upload.body()).contains("\"import_id\":" + imported, "\"status\":\"accepted\"", "\"people.csv\":",
                "\"added\":", "\"evaluation_run\":");
        assertThat(jdbc.queryForObject("select started_by from data_import where id = ?", String.class, imported))
                .isEqualTo("coordinator");
        assertThat(workFolders()).as("the uploaded files, deleted").isEmpty();
    }

    @Test
    void aScriptPostingAMalformedFolderGetsTheReadersErrorsAndTheRejectionIsRecorded() {
        long rowsBefore = jdbc.queryForObject("select count(*) from stored_row", Long.class);

        HttpResponse<String> upload = new Browser(server).uploadAs("/api/imports", "coordinator", Staff.PASSWORD, "files",
                files(withAFalseDateOfBirth(temp.resolve("bad by script"))));

        assertThat(upload.statusCode()).isEqualTo(422);
        long rejected = jdbc.queryForObject("select max(id) from data_import where status = 'rejected'", Long.class);
        assertThat(upload.body()).contains("\"import_id\":" + rejected, "\"status\":\"rejected\"", "\"error_count\":1",
                "people.csv:2:2: date_of_birth: '2015-02-29' is not a real date: February 2015 has 28 days");
        assertThat(jdbc.queryForObject("select count(*) from stored_row", Long.class)).isEqualTo(rowsBefore);
        assertThat(workFolders()).as("the uploaded files, deleted").isEmpty();
    }

    @Test
    void aScriptPostingAStrangeFileIsRefusedWithTheSameWordsAndNothingIsRecorded() {
        long importsBefore = jdbc.queryForObject("select count(*) from data_import", Long.class);

        HttpResponse<String> upload = new Browser(server).uploadAs("/api/imports", "coordinator", Staff.PASSWORD, "files",
                Map.of("notes.txt", "hello".getBytes()));

        assertThat(upload.statusCode()).isEqualTo(422);
        assertThat(upload.body()).contains("\"status\":\"rejected\"", "notes.txt", "is not a file of the canonical data folder")
                .doesNotContain("import_id");
        assertThat(jdbc.queryForObject("select count(*) from data_import", Long.class)).isEqualTo(importsBefore);
        assertThat(workFolders()).as("the uploaded files, deleted").isEmpty();
    }

    @Test
    void onlyACoordinatorImportsAndNoImportIsNotFound() {
        HttpResponse<String> byAuditor = staff.signedIn(Role.AUDITOR).upload("/imports", "/imports", Map.of(), "files",
                Map.of("people.csv", "person_id\n".getBytes()));

        assertThat(byAuditor.statusCode()).isEqualTo(403);
        assertThat(staff.signedIn(Role.AUDITOR).get("/imports/999999").statusCode()).isEqualTo(404);
        assertThat(new Browser(server).get("/imports").statusCode()).isEqualTo(302);
    }

    /**
     * Follows an upload's import as its page does, until it has ended: the page that shows its progress (the
     * part a script fetches, and its "check again" link), then the import's record.
     *
     * @return where the job's page sends the user once the import has ended
     */
    private static String whenEnded(Browser coordinator, HttpResponse<String> upload) {
        assertThat(upload.statusCode()).isEqualTo(302);
        String job = upload.headers().firstValue("Location").orElseThrow();
        String path = job.substring(job.indexOf("/imports/jobs/"));
        for (int attempt = 0; attempt < 600; attempt++) {
            HttpResponse<String> page = coordinator.get(path);
            if (page.statusCode() == 302) {
                return page.headers().firstValue("Location").orElseThrow();
            }
            assertThat(page.body()).contains("Importing your files", "Check again");
            assertThat(coordinator.get(path + "/progress").statusCode()).isEqualTo(200);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the import did not end within a minute");
    }

    /** A folder of a synthetic authority whose second person was born on a day there was not. */
    private static Path withAFalseDateOfBirth(Path folder) {
        ServerFixture.authority(folder, 12, 6);
        List<String> people = lines(folder.resolve("people.csv"));
        String[] second = people.get(1).split(",", -1);
        second[1] = "2015-02-29";
        ServerFixture.replaceLine(folder.resolve("people.csv"), 2, String.join(",", second));
        return folder;
    }

    /** The private working folders the server's imports of uploads have left in its data folder. */
    private static List<Path> workFolders() {
        Path work = temp.resolve("hearth").resolve("work");
        if (!Files.exists(work)) {
            return List.of();
        }
        try (var listing = Files.list(work)) {
            return listing.filter(folder -> folder.getFileName().toString().startsWith("upload-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, byte[]> files(Path folder) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (var listing = Files.list(folder)) {
            for (Path file : listing.sorted().toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
