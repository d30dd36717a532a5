package org.hearth.server.reports;

import java.nio.file.Path;
import java.time.LocalDate;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.server.HearthServer;
import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.springframework.context.ConfigurableApplicationContext;

/** Southwark's programme, as the reports' tests run it: the built-in plan, in force from its own first day. */
final class Southwark {
    static final Plan PLAN = PlanLoader.withBuiltInSchema().load("southwark.yaml", ServerFixture.builtInPlan("southwark"));

    private Southwark() {
    }

    /** The server's services without the web server, deciding as at the review date, the plan in force. */
    static ConfigurableApplicationContext offline(Path dataDir, LocalDate reviewDate) {
        ConfigurableApplicationContext server = HearthServer.offline("--HEARTH_DATA_DIR=" + dataDir,
                "--HEARTH_EMBEDDED_FSYNC=off", "--HEARTH_REVIEW_DATE=" + reviewDate);
        inForce(server);
        return server;
    }

    /** Adds the plan, in force from its own first day, 1 April 2015. */
    static void inForce(ConfigurableApplicationContext server) {
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                PLAN.effective().from(), "test", done -> {
                });
    }
}
