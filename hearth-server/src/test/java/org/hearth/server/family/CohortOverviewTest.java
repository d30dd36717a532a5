package org.hearth.server.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Role;
import org.hearth.server.security.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The overview before any family has been evaluated: it says what is missing, and who can supply it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohortOverviewTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Staff staff;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        staff = Staff.ofEachRole(server);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void saysWhatIsMissingUntilTheFamiliesAreEvaluated() {
        String coordinatorFirst = staff.signedIn(Role.COORDINATOR).get("/").body();
        String keyWorkerFirst = staff.signedIn(Role.KEY_WORKER).get("/").body();

        server.getBean(CohortEvaluation.class).uploadPlan("southampton.yaml", ServerFixture.builtInPlan("southampton"),
                LocalDate.of(2020, 4, 1), "coordinator", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 5, 1), "coordinator",
                ImportProgress.NONE);
        String coordinatorThen = staff.signedIn(Role.COORDINATOR).get("/").body();

        assertThat(coordinatorFirst).contains("No data has been imported yet", "Import the authority's data folder",
                "href=\"/imports\"", "href=\"/plans\"").doesNotContain("Decisions as at");
        assertThat(keyWorkerFirst).contains("No data has been imported yet", "A coordinator imports the data")
                .doesNotContain("Import the authority");
        assertThat(coordinatorThen).contains("No plan is in force on the review date, 31 March 2019",
                "Add the plan version in force on the review date").doesNotContain("No data has been imported yet");
    }
}
