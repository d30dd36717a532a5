package org.hearth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hearth.engine.plan.Plan;
import org.hearth.server.HearthServer;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Allocations;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Teams;
import org.hearth.server.security.Users;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's server: on an embedded database of its own inside the demo's folder (never an external one, even
 * when HEARTH_DB_URL is set: a demo writes made-up families), with the demo's authority imported, a plan in
 * force, and a user of each role with a password made for this run, printed for the person trying it.
 */
final class DemoServer {
    /** The plan the demo's server runs: the one with key-worker questions beside its outcomes. */
    static final String PLAN = "southwark";
    private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int FAMILIES_PER_KEY_WORKER = 12;

    private DemoServer() {
    }

    record DemoUser(String username, String name, Role role, String team, String password) {
    }

    /** Starts the server, sets the demo up, prints how to sign in, and runs until stopped. */
    static void run(Path data, Path serverFolder, LocalDate day, Integer port, PrintWriter print) throws Exception {
        // Made-up families in a folder the next demo replaces: the database need not wait for the disk.
        List<String> args = new ArrayList<>(List.of("--HEARTH_DB_URL=", "--HEARTH_DATA_DIR=" + serverFolder,
                "--HEARTH_REVIEW_DATE=" + day, "--HEARTH_EMBEDDED_FSYNC=off"));
        if (port != null) {
            args.add("--server.port=" + port);
        }
        ConfigurableApplicationContext server = HearthServer.start(args.toArray(String[]::new));
        Plan plan = Plans.builtIn(PLAN);
        server.getBean(CohortEvaluation.class).uploadPlan(PLAN + ".yaml", Plans.bytes(PLAN), plan.effective().from(), "demo",
                done -> {
                });
        server.getBean(DataImport.class).importFolder(data, "demo", ImportProgress.NONE);
        List<DemoUser> users = users(server);
        print.printf("%nThe Hearth server, with this authority imported and evaluated under %s as at %s:%n", plan.label(), day);
        print.printf("  %-14s %-22s %-14s %-6s %s%n", "username", "name", "role", "team", "password (this demo only)");
        for (DemoUser user : users) {
            print.printf("  %-14s %-22s %-14s %-6s %s%n", user.username(), user.name(), user.role().words(),
                    user.team() == null ? "" : user.team(), user.password());
        }
        print.flush();
        RunningServer.untilStopped(server, print);
    }

    /** An administrator, a coordinator, an auditor, and per team a manager and two key workers with families. */
    private static List<DemoUser> users(ConfigurableApplicationContext server) {
        Teams teams = server.getBean(Teams.class);
        Users accounts = server.getBean(Users.class);
        SecureRandom random = new SecureRandom();
        List<DemoUser> users = new ArrayList<>(List.of(
                new DemoUser("admin", "Ada Admin", Role.ADMINISTRATOR, null, password(random)),
                new DemoUser("coordinator", "Cory Coordinator", Role.COORDINATOR, null, password(random)),
                new DemoUser("auditor", "Audrey Auditor", Role.AUDITOR, null, password(random))));
        for (String team : List.of("North", "South")) {
            String lower = team.toLowerCase(Locale.ROOT);
            users.add(new DemoUser("manager." + lower, team + " Manager", Role.MANAGER, team, password(random)));
            users.add(new DemoUser("worker1." + lower, team + " Key Worker One", Role.KEY_WORKER, team, password(random)));
            users.add(new DemoUser("worker2." + lower, team + " Key Worker Two", Role.KEY_WORKER, team, password(random)));
        }
        Map<String, Long> teamIds = new HashMap<>();
        for (DemoUser user : users) {
            Long teamId = user.team() == null ? null : teamIds.computeIfAbsent(user.team(), name -> teams.create(name, "demo"));
            accounts.create(new NewUser(user.username(), user.name(), user.role(), teamId), user.password(), "demo");
        }
        allocate(server, users, teamIds);
        return users;
    }

    /** Each key worker gets some of the eligible families, so that each role has work to do. */
    private static void allocate(ConfigurableApplicationContext server, List<DemoUser> users, Map<String, Long> teamIds) {
        List<DemoUser> workers = users.stream().filter(user -> user.role() == Role.KEY_WORKER).toList();
        List<String> eligible = server.getBean(JdbcTemplate.class).queryForList(
                "select family_id from current_decision where eligible order by family_id limit ?", String.class,
                workers.size() * FAMILIES_PER_KEY_WORKER);
        Allocations allocations = server.getBean(Allocations.class);
        for (int i = 0; i < eligible.size(); i++) {
            DemoUser worker = workers.get(i % workers.size());
            allocations.allocate(eligible.get(i), worker.username(), teamIds.get(worker.team()), "demo");
        }
    }

    private static String password(SecureRandom random) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
        }
        return password.toString();
    }
}
