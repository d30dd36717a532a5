package org.hearth.server.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.ProblemEvaluation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.generate.SyntheticAuthority;
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
 * Identification screening in the server, checked against the engine run in the test over the same folder: the
 * worklist is every family eligible and not engaged on the review date, most problems first, with the indicators
 * that identified it, on the page, in the CSV and in the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Staff staff;
    /** By the engine: each family eligible and not engaged, with its identified problems' indicators. */
    private final Map<String, List<String>> toEngage = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        staff = Staff.ofEachRole(server);
        byte[] southwark = ServerFixture.builtInPlan("southwark");
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", southwark, LocalDate.of(2015, 4, 1),
                "coordinator", done -> {
                });
        Path data = ServerFixture.authority(temp.resolve("data"), 150, 2016);
        server.getBean(DataImport.class).importFolder(data, "coordinator", ImportProgress.NONE);

        Plan plan = PlanLoader.withBuiltInSchema().load("southwark.yaml", southwark);
        for (FamilyTimeline family : CanonicalReader.read(data).timelines()) {
            FamilyEvaluation evaluation = Evaluator.evaluate(plan, family, SyntheticAuthority.DATA_END);
            if (evaluation.eligible() && evaluation.interventionId() == null) {
                toEngage.put(family.familyId(), evaluation.problems().stream().filter(ProblemEvaluation::identified)
                        .flatMap(problem -> problem.identifiedBy().stream().map(id -> problem.problemId() + ":" + id))
                        .toList());
            }
        }
        assertThat(toEngage).as("the generated authority has families eligible and not engaged").isNotEmpty();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theCsvIsEveryFamilyTheEngineFindsEligibleAndNotEngagedMostProblemsFirst() throws Exception {
        Browser coordinator = staff.signedIn(Role.COORDINATOR);
        String csv = new String(coordinator.getBytes("/screening.csv").body(), StandardCharsets.UTF_8);

        List<NamedCsvRecord> rows;
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(new StringReader(csv))) {
            rows = reader.stream().toList();
        }
        assertThat(rows).extracting(row -> row.getField("family_id")).containsExactlyInAnyOrderElementsOf(toEngage.keySet());
        for (NamedCsvRecord row : rows) {
            assertThat(List.of(row.getField("indicators").split(";"))).as(row.getField("family_id"))
                    .containsExactlyElementsOf(toEngage.get(row.getField("family_id")));
            assertThat(row.getField("why")).isNotBlank();
        }
        assertThat(rows.stream().map(row -> Integer.parseInt(row.getField("problems_identified"))).toList())
                .as("most problems first").isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void thePageListsThemAndAKeyWorkerMayNotSeeIt() {
        String page = staff.signedIn(Role.AUDITOR).get("/screening").body();

        assertThat(page).contains("Families to engage", toEngage.size() + " families to engage",
                "/families/" + toEngage.keySet().iterator().next());
        assertThat(staff.signedIn(Role.KEY_WORKER).get("/screening").statusCode()).isEqualTo(403);
        assertThat(staff.signedIn(Role.COORDINATOR).get("/api/screening").body())
                .contains("\"total\":" + toEngage.size());
    }
}
