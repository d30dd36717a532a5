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
 * {@code hearth user add USERNAME --name NAME --role ROLE [--team TEAM]}: adds a user to the server's
 * database, as the first administrator must be added before anyone can sign in. The password is asked for
 * twice on a terminal, or read from the first line of standard input ({@code --password-stdin}); it is
 * never an argument, which other users of the machine could read.
 */
@Command(name = "user", description = "Manage the server's users.", subcommands = {UserCommand.Add.class})
final class UserCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do with users: one of the commands below");
    }

    @Command(name = "add", description = "Add a user (the first administrator, or any user) to the server's database.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "USERNAME", description = "lower case letters, digits, '.', '_' or '-'")
        String username;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "the person's name, as pages show it")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "key_worker, manager, coordinator, auditor or administrator")
        String role;

        @Option(names = "--team", paramLabel = "TEAM", description = "the team of a key worker or manager (made if new)")
        String team;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordFromStdin;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Role chosen = role(role);
            String password = password();
            String by = "command line (" + System.getProperty("user.name") + ")";
            try (ConfigurableApplicationContext server = HearthServer.offline()) {
                Long teamId = team == null ? null : teamId(server.getBean(Teams.class), team, by);
                server.getBean(Users.class).create(new NewUser(username, name, chosen, teamId), password, by);
            } catch (InvalidUserException e) {
                PrintWriter err = spec.commandLine().getErr();
                e.problems().forEach((field, problem) -> err.printf("%s: %s%n", field, problem));
                err.flush();
                return Failures.REJECTED;
            }
            spec.commandLine().getOut().printf("User %s added: %s, %s%s%n", username, name, chosen.words(),
                    team == null ? "" : ", team " + team);
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

        private String password() throws IOException {
            if (passwordFromStdin || System.console() == null) {
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
}
