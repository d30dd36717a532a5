package org.hearth.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hearth.engine.plan.InvalidPlanException;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanError;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.plan.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hearth plan validate FILE...}: checks plan files and prints every error with its line. */
@Command(name = "plan", description = "Work with plan files.", subcommands = {PlanCommand.Validate.class, PlanAddCommand.class})
final class PlanCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do with plans: one of the commands below");
    }

    @Command(name = "validate", description = "Check plan files against the plan format; print every error with file, line and column.")
    static final class Validate implements Callable<Integer> {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "plan files (YAML)")
        List<Path> files;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PlanLoader loader = PlanLoader.withBuiltInSchema();
            int rejected = 0;
            for (Path file : files) {
                try {
                    Plan plan = loader.load(file);
                    int indicators = 0;
                    int outcomes = 0;
                    for (Problem problem : plan.problems()) {
                        indicators += problem.indicators().size();
                        outcomes += problem.outcomes().size();
                    }
                    spec.commandLine().getOut().printf("%s: valid (%s %s: %d problems, %d indicators, %d outcomes)%n", file,
                            plan.id(), plan.version(), plan.problems().size(), indicators, outcomes);
                } catch (InvalidPlanException e) {
                    rejected++;
                    spec.commandLine().getErr().printf("%s: %d %s%n", file, e.errors().size(), e.errors().size() == 1 ? "error" : "errors");
                    for (PlanError error : e.errors()) {
                        spec.commandLine().getErr().println("  " + error);
                    }
                }
            }
            return rejected == 0 ? 0 : Failures.REJECTED;
        }
    }
}
