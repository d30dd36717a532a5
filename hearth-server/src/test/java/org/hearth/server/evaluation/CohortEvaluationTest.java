package org.hearth.server.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.engine.plan.InvalidPlanException;
import org.hearth.server.ServerFixture;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.plan.PlanVersion;
import org.hearth.server.plan.PlanVersions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A plan version uploaded: checked as `hearth plan validate` checks it, kept with its hash, and every family evaluated again. */
class CohortEvaluationTest {
    @TempDir
    Path temp;

    @Test
    void aPlanUploadedAfterTheDataEvaluatesEveryFamilyUnderIt() {
        try (ConfigurableApplicationContext server = ServerFixture.offline(temp.resolve("hearth"))) {
            JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
            var imported = server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 30, 9),
                    "coordinator", ImportProgress.NONE);
            assertThat(imported.evaluationRun()).as("no plan is in force yet").isNull();

            PlanVersion southwark = server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml",
                    ServerFixture.builtInPlan("southwark"), LocalDate.of(2015, 4, 1), "coordinator", done -> {
                    });

            Map<String, Object> run = jdbc.queryForMap("select * from evaluation_run order by id desc limit 1");
            assertThat(run).containsEntry("reason", "plan").containsEntry("plan_version_id", southwark.id())
                    .containsEntry("plan_sha256", southwark.sha256()).containsEntry("families", 30)
                    .containsEntry("data_import_id", imported.importId());
            assertThat(southwark.sha256()).hasSize(64);
        }
    }

    @Test
    void theVersionInForceIsTheOneWithTheLatestDateOnOrBeforeTheDay() {
        try (ConfigurableApplicationContext server = ServerFixture.offline(temp.resolve("hearth"))) {
            PlanVersions plans = server.getBean(PlanVersions.class);
            PlanVersion first = plans.upload("southwark.yaml", ServerFixture.builtInPlan("southwark"), LocalDate.of(2015, 4, 1), "c");
            byte[] next = new String(ServerFixture.builtInPlan("southwark"), StandardCharsets.UTF_8)
                    .replaceFirst("(?m)^version: .*$", "version: \"2016.1\"").getBytes(StandardCharsets.UTF_8);
            PlanVersion second = plans.upload("southwark.yaml", next, LocalDate.of(2016, 4, 1), "c");

            assertThat(plans.inForceOn(LocalDate.of(2015, 3, 31))).isNull();
            assertThat(plans.inForceOn(LocalDate.of(2016, 3, 31)).id()).isEqualTo(first.id());
            assertThat(plans.inForceOn(LocalDate.of(2016, 4, 1)).id()).isEqualTo(second.id());
            assertThat(plans.upload("southwark.yaml", ServerFixture.builtInPlan("southwark"), LocalDate.of(2015, 4, 1), "c").id())
                    .as("the same file again is the same version").isEqualTo(first.id());
            assertThatThrownBy(() -> plans.upload("southwark.yaml", (new String(next, StandardCharsets.UTF_8) + "\n# edited\n")
                    .getBytes(StandardCharsets.UTF_8), LocalDate.of(2017, 1, 1), "c"))
                    .isInstanceOf(HearthException.class).hasMessageContaining("already held with other content");
            assertThatThrownBy(() -> plans.upload("broken.yaml", "id: x\nproblems: 3\n".getBytes(StandardCharsets.UTF_8),
                    LocalDate.of(2017, 1, 1), "c")).isInstanceOf(InvalidPlanException.class)
                    .hasMessageContaining("broken.yaml");
        }
    }
}
