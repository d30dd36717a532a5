package org.hearth.server.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.plan.PlanVersions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Decisions stored before V19 (as jsonb, with no figures) are given their figures by the migration: for every family
 * of an authority, under each of two plans, the figures it works out from the stored decision are the ones the server
 * now writes beside a new decision ({@link DecisionFigures}), so that the reports count old runs and new alike.
 */
class DecisionFiguresUpgradeTest {
    private static final String MIGRATION = "/db/migration/V19__decisions_stored_as_written.sql";

    @TempDir
    Path temp;

    @Test
    void theMigrationWorksOutEachStoredDecisionsFiguresAsTheServerWritesThem() throws IOException {
        try (ConfigurableApplicationContext server = ServerFixture.offline(temp.resolve("hearth"))) {
            JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
            PlanVersions plans = server.getBean(PlanVersions.class);
            DataImport imports = server.getBean(DataImport.class);
            plans.upload("southampton.yaml", ServerFixture.builtInPlan("southampton"),
                    SyntheticAuthority.DATA_END.minusYears(5), "coordinator");
            imports.importFolder(ServerFixture.authority(temp.resolve("data"), 120, 11), "coordinator", ImportProgress.NONE);
            server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                    SyntheticAuthority.DATA_END.minusYears(1), "coordinator", evaluated -> {
                    });
            long engagedWithOutcomes = jdbc.queryForObject("""
                    select count(*) from family_evaluation
                    where engaged and jsonb_path_exists(figures, '$.problems[*] ? (@.identified == true).outcomes[*]')""",
                    Long.class);
            assertThat(engagedWithOutcomes).as("decisions that engage a family with outcomes to count").isPositive();

            // The decisions as a server before V19 held them, and the migration's own statement run over them.
            jdbc.execute("create temporary table before_v19 as select run_id, family_id, result::jsonb as result,"
                    + " null::jsonb as figures from family_evaluation");
            jdbc.execute(figuresStatement().replace("update family_evaluation", "update before_v19"));

            assertThat(jdbc.queryForObject("select count(*) from before_v19", Long.class))
                    .isEqualTo(jdbc.queryForObject("select count(*) from family_evaluation", Long.class))
                    .isGreaterThanOrEqualTo(240);
            assertThat(jdbc.queryForList("""
                    select b.run_id || ' ' || b.family_id from before_v19 b
                    join family_evaluation f on f.run_id = b.run_id and f.family_id = b.family_id
                    where b.figures is distinct from f.figures""", String.class)).isEmpty();
        }
    }

    /** The migration's statement that works the figures out. */
    private static String figuresStatement() throws IOException {
        try (InputStream in = DecisionFiguresUpgradeTest.class.getResourceAsStream(MIGRATION)) {
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = migration.indexOf("update family_evaluation set figures");
            return migration.substring(start, migration.indexOf(";\n", start));
        }
    }
}
