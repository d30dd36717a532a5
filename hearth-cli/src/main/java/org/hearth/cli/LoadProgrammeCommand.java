package org.hearth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.hearth.engine.plan.Plans;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.DataDirectory;
import org.hearth.server.HearthServer;
import org.hearth.server.demo.DemoProgramme;
import org.hearth.server.security.Allocations;
import org.hearth.server.security.HearthUser;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Teams;
import org.hearth.server.security.Users;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth load-programme --families N --users-out FILE}: the programme the load test (bench/load.sh,
 * docs/benchmarks.md) works on, in the server's database ({@code HEARTH_DATA_DIR}): a synthetic authority of N families
 * set up as the demo's ({@link DemoProgramme}: the plan, its import, a batch of claims), and the load test's users
 * beside the demo's: 10 teams of a manager and 6 key workers dealt up to 30 eligible families each, 20 coordinators and 10
 * auditors, one password for all, written with the usernames and roles to FILE (its owner's alone). Run again on the
 * same database, it adds only what is missing. Not for a real authority's database: it adds made-up families.
 */
@Command(name = "load-programme", hidden = true,
        description = "Set up the load test's programme and users in the server's database (bench/load.sh).")
final class LoadProgrammeCommand implements Callable<Integer> {
    private static final int TEAMS = 10;
    private static final int KEY_WORKERS_PER_TEAM = 6;
    private static final int FAMILIES_PER_KEY_WORKER = 30;
    private static final int COORDINATORS = 20;
    private static final int AUDITORS = 10;
    /** The demo's seed: the same authority for the same size. */
    private static final long SEED = 2015;

    @Option(names = "--families", defaultValue = "2000", description = "the authority's size (default ${DEFAULT-VALUE})")
    int families;

    @Option(names = "--users-out", required = true, paramLabel = "FILE",
            description = "where to write the users (username,password,role) for the load test")
    Path usersOut;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getErr();
        try (ConfigurableApplicationContext server = HearthServer.offline("--HEARTH_REVIEW_DATE=" + SyntheticAuthority.DATA_END)) {
            JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
            if (jdbc.queryForObject("select count(*) from data_import where finished_at is not null", Long.class) == 0) {
                out.printf("Setting up a synthetic authority of %,d families as the demo's (minutes for a county)...%n", families);
                out.flush();
                Path folder = Files.createTempDirectory("hearth-load-authority");
                try {
                    DataFolder.write(GenerateCommand.generate(families, SEED, Plans.allBuiltIn(), true), folder);
                    DemoProgramme.setUp(server, folder);
                } finally {
                    DataDirectory.delete(folder);
                }
            }
            List<String[]> users = users(server);
            Files.deleteIfExists(usersOut);
            Files.createFile(usersOut, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            List<String> lines = new ArrayList<>();
            lines.add("username,password,role");
            users.forEach(user -> lines.add(String.join(",", user)));
            Files.write(usersOut, lines);
            out.printf("%d load-test users written to %s%n", users.size(), usersOut);
            out.flush();
        }
        return 0;
    }

    /** The load test's users, made when missing, with a new password for all each run. */
    private static List<String[]> users(ConfigurableApplicationContext server) {
        Users accounts = server.getBean(Users.class);
        Teams teams = server.getBean(Teams.class);
        Allocations allocations = server.getBean(Allocations.class);
        JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
        String password = DemoProgramme.password(new SecureRandom());
        Set<String> existing = accounts.all().stream().map(HearthUser::username).collect(Collectors.toSet());
        List<String[]> made = new ArrayList<>();
        List<String> eligible = jdbc.queryForList("""
                select family_id from current_decision d where eligible
                  and not exists (select 1 from family_allocation a where a.family_id = d.family_id and a.ended_at is null)
                order by family_id""", String.class);
        List<String> newWorkers = new ArrayList<>();
        List<Long> theirTeams = new ArrayList<>();
        for (int t = 1; t <= TEAMS; t++) {
            String team = "Load team " + t;
            long teamId = teams.all().stream().filter(one -> one.name().equals(team)).mapToLong(Teams.Team::id).findFirst()
                    .orElseGet(() -> teams.create(team, "load test"));
            made.add(user(accounts, existing, "load.manager" + t, Role.MANAGER, teamId, password));
            for (int k = 1; k <= KEY_WORKERS_PER_TEAM; k++) {
                String username = "load.worker" + t + "." + k;
                if (!existing.contains(username)) {
                    newWorkers.add(username);
                    theirTeams.add(teamId);
                }
                made.add(user(accounts, existing, username, Role.KEY_WORKER, teamId, password));
            }
        }
        // The eligible families not allocated yet, dealt to the new key workers in turn: each gets some, however few.
        int dealt = Math.min(eligible.size(), newWorkers.size() * FAMILIES_PER_KEY_WORKER);
        for (int i = 0; i < dealt; i++) {
            int worker = i % newWorkers.size();
            allocations.allocate(eligible.get(i), newWorkers.get(worker), theirTeams.get(worker), "load test");
        }
        for (int c = 1; c <= COORDINATORS; c++) {
            made.add(user(accounts, existing, "load.coordinator" + c, Role.COORDINATOR, null, password));
        }
        for (int a = 1; a <= AUDITORS; a++) {
            made.add(user(accounts, existing, "load.auditor" + a, Role.AUDITOR, null, password));
        }
        return made;
    }

    private static String[] user(Users accounts, Set<String> existing, String username, Role role, Long teamId,
                                 String password) {
        if (existing.contains(username)) {
            accounts.changePassword(username, password, "load test");
        } else {
            accounts.create(new NewUser(username, username, role, teamId), password, "load test");
        }
        return new String[] {username, password, role.code()};
    }
}
