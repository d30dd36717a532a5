package org.hearth.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.hearth.engine.Excerpt;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hearth} command. Exit codes: 0 success, 1 the input was rejected (reasons printed),
 * 2 usage error.
 */
@Command(name = "hearth", mixinStandardHelpOptions = true, versionProvider = HearthCommand.Version.class,
        description = "Family outcomes plans, evaluated: identify families, follow their progress, prepare claims.",
        subcommands = {PlanCommand.class, EvaluateCommand.class, ExplainCommand.class, GenerateCommand.class, IngestCommand.class,
            DemoCommand.class, BenchCommand.class, LinkCommand.class, ScreenCommand.class, ServeCommand.class, ImportCommand.class, UserCommand.class, AuditCommand.class, BackupCommand.class, RestoreCommand.class, LoadProgrammeCommand.class, CommandLine.HelpCommand.class})
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
        line.registerConverter(LocalDate.class, HearthCommand::date);
        line.setExecutionStrategy(HearthCommand::runAndCheckOutput);
        return line;
    }

    /**
     * Runs the command; a command that succeeded but whose standard output could not be written (closed,
     * or a full disk behind it) has not succeeded: it ends with exit code 1 and says so.
     */
    private static int runAndCheckOutput(CommandLine.ParseResult parsed) {
        int code = new CommandLine.RunLast().execute(parsed);
        CommandLine line = parsed.commandSpec().commandLine();
        if (code == 0 && (line.getOut().checkError() || System.out.checkError())) {
            line.getErr().println("Could not write to standard output (it was closed, or the disk behind it is full):"
                    + " the output is incomplete");
            return Failures.REJECTED;
        }
        return code;
    }

    /** A date option: YYYY-MM-DD, said in those words when it is not (no Java exception's name). */
    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(Excerpt.quoted(text) + " is not a date in the form YYYY-MM-DD");
        }
    }

    /** With no command: what the commands are, as a usage error (exit 2). */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do: one of the commands below");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = HearthCommand.class.getPackage().getImplementationVersion();
            return new String[] {"hearth " + (version == null ? "development build" : version)};
        }
    }
}
