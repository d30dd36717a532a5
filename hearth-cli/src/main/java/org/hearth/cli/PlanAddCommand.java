package org.hearth.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.hearth.engine.plan.InvalidPlanException;
import org.hearth.engine.plan.PlanError;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.plan.Plans;
import org.hearth.server.HearthServer;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.plan.PlanVersion;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth plan add FILE --in-force-from DATE}: stores a plan version in the server's database, checked
 * as {@code hearth plan validate} checks it, and evaluates every family held under the plan then in force.
 */
@Command(name = "add", description = "Store a plan version in the server's database, in force from a date; every family is evaluated again.")
final class PlanAddCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the plan file (YAML), or a built-in plan's name")
    String file;

    @Option(names = "--in-force-from", paramLabel = "DATE", required = true,
            description = "the first day decisions are made under this version")
    LocalDate inForceFrom;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes = Plans.bytes(file);
        String name = Plans.fileName(file);
        try {
            PlanLoader.withBuiltInSchema().load(name, bytes); // every error before the database is opened
        } catch (InvalidPlanException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("%s: %d %s%n", name, e.errors().size(), e.errors().size() == 1 ? "error" : "errors");
            for (PlanError error : e.errors()) {
                err.println("  " + error);
            }
            err.flush();
            return Failures.REJECTED;
        }
        try (ConfigurableApplicationContext server = HearthServer.offline();
             ProgressBars.Bar bar = ProgressBars.start("Evaluating", -1)) {
            PlanVersion version = server.getBean(CohortEvaluation.class).uploadPlan(name, bytes, inForceFrom,
                    Operator.name(), bar::stepBy);
            out.printf("Plan %s version %s stored (SHA-256 %s), in force from %s.%n", version.planId(), version.version(),
                    version.sha256(), version.inForceFrom());
        }
        out.flush();
        return 0;
    }
}
