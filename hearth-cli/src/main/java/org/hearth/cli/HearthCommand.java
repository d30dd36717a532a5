package org.hearth.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hearth} command. Exit codes: 0 success, 1 the input was rejected (reasons printed),
 * 2 usage error.
 */
@Command(name = "hearth", mixinStandardHelpOptions = true, versionProvider = HearthCommand.Version.class,
        description = "Family outcomes plans, evaluated: identify families, follow their progress, prepare claims.",
        subcommands = {PlanCommand.class, EvaluateCommand.class, ExplainCommand.class, GenerateCommand.class,
            DemoCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class HearthCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command line with its messages sent to the given writers (for tests). */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine line = commandLine();
        line.setOut(out);
        line.setErr(err);
        return line.execute(args);
    }

    private static CommandLine commandLine() {
        CommandLine line = new CommandLine(new HearthCommand());
        line.setExecutionExceptionHandler(new Failures());
        return line;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HearthCommand.class.getPackage().getImplementationVersion();
            return new String[] {"hearth " + (version == null ? "development build" : version)};
        }
    }
}
