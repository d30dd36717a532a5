package org.hearth.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.hearth.engine.HearthException;
import org.hearth.server.HearthServer;
import org.hearth.server.security.InvalidUserException;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Teams;
import org.hearth.server.security.Users;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth user add USERNAME --name NAME --role ROLE [--team TEAM] [--organisation NAME] [--password-stdin |
 * --no-password]}: adds a user to the server's database (of a partner organisation, who sees only its families and
 * claims, with {@code --organisation}), as the first administrator must be added before anyone can sign in; {@code --no-password}
 * makes one who signs in through the identity provider alone, which only a Hearth that takes no passwords
 * ({@code HEARTH_LOCAL_SIGN_IN=off}) accepts. {@code hearth user password USERNAME [--password-stdin]}: sets a user's
 * password, as one made without a password needs before they can sign in with one. A password is asked for twice
 * on a terminal, or read from the first line of standard input ({@code --password-stdin}); it is never an argument,
 * which other users of the machine could read.
 */
@Command(name = "user", description = "Manage the server's users.",
        subcommands = {UserCommand.Add.class, UserCommand.SetPassword.class})
final class UserCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do with users: one of the commands below");
    }

    @Command(name = "add", description = "Add a user (the first administrator, or any user) to the server's database.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "USERNAME", description = "lower case letters, digits, '.', '_', '-' or '@'")
        String username;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the person's name, as pages show it")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "key_worker, manager, coordinator, auditor or administrator")
        String role;

        @Option(names = "--team", paramLabel = "TEAM", description = "the team of a key worker or manager (made if new)")
        String team;

        @Option(names = "--organisation", paramLabel = "NAME", description = "the partner organisation the user works "
                + "for, as interventions.csv names it in lead_organisation: they see only its families and claims")
        String organisation;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordFromStdin;

        @Option(names = "--no-password", description = "no password: the user signs in through the identity provider "
                + "alone (only while HEARTH_LOCAL_SIGN_IN=off)")
        boolean noPassword;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (noPassword && passwordFromStdin) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Give either --password-stdin or --no-password, not both");
            }
            Role chosen = role(role);
            String password = noPassword ? null : password(username, passwordFromStdin);
            String by = Operator.name();
            try (ConfigurableApplicationContext server = HearthServer.offline()) {
                Long teamId = team == null ? null : teamId(server.getBean(Teams.class), team, by);
                server.getBean(Users.class).create(new NewUser(username, name, chosen, teamId, organisation), password,
                        by);
            } catch (InvalidUserException e) {
                return refused(spec, e);
            }
            spec.commandLine().getOut().printf("User %s added: %s, %s%s%s%s%n", username, name, chosen.words(),
                    team == null ? "" : ", team " + team, organisation == null ? "" : ", of " + organisation,
                    noPassword ? ", no password" : "");
            spec.commandLine().getOut().flush();
            return 0;
        }

        private static Role role(String code) {
            for (Role candidate : Role.values()) {
                if (candidate.code().equals(code.toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
            throw new HearthException("'" + code + "' is not a role: key_worker, manager, coordinator, auditor or administrator");
        }

        private static long teamId(Teams teams, String name, String by) {
            return teams.all().stream().filter(t -> t.name().equals(name)).mapToLong(Teams.Team::id).findFirst()
                    .orElseGet(() -> teams.create(name, by));
        }
    }

    @Command(name = "password", description = "Set a user's password (one made without a password, or one who forgot it).")
    static final class SetPassword implements Callable<Integer> {
        @Parameters(paramLabel = "USERNAME", description = "the user")
        String username;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordFromStdin;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            String password = password(username, passwordFromStdin);
            try (ConfigurableApplicationContext server = HearthServer.offline()) {
                server.getBean(Users.class).changePassword(username, password, Operator.name());
            } catch (InvalidUserException e) {
                return refused(spec, e);
            }
            spec.commandLine().getOut().printf("Password of %s set%n", username);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** Prints each problem by its field, and says the command was refused. */
    private static int refused(CommandLine.Model.CommandSpec spec, InvalidUserException e) {
        PrintWriter err = spec.commandLine().getErr();
        e.problems().forEach((field, problem) -> err.printf("%s: %s%n", field, problem));
        err.flush();
        return Failures.REJECTED;
    }

    /** The password, asked for twice on a terminal, or the first line of standard input. */
    private static String password(String username, boolean fromStdin) throws IOException {
        if (fromStdin || System.console() == null) {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                throw new HearthException("no password on standard input");
            }
            return line;
        }
        char[] first = System.console().readPassword("Password for %s: ", username);
        char[] again = System.console().readPassword("The same again: ");
        if (first == null || !Arrays.equals(first, again)) {
            throw new HearthException("the two passwords differ; nothing was changed");
        }
        return new String(first);
    }
}
