package org.hearth.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.server.HearthServer;
import org.hearth.server.demo.DemoProgramme;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The demo's server: on an embedded database of its own inside the demo's folder (never an external one, even
 * when HEARTH_DB_URL is set: a demo writes made-up families), set up as {@link DemoProgramme} says, with the
 * users' passwords printed for the person trying it.
 */
final class DemoServer {
    private DemoServer() {
    }

    /**
     * Starts the server on the demo folder's data, sets the demo up, writes a draft plan to try, prints how to sign in
     * and where to start, and runs until stopped.
     */
    static void run(DemoFolder folder, LocalDate day, Integer port, PrintWriter print) throws Exception {
        Path data = folder.data();
        Path serverFolder = folder.server();
        // Made-up families in a folder the next demo replaces: the database need not wait for the disk. The printed
        // passwords sign in alone, whatever HEARTH_TWO_FACTOR the environment sets for a real server.
        List<String> args = new ArrayList<>(List.of("--HEARTH_DB_URL=", "--HEARTH_DATA_DIR=" + serverFolder,
                "--HEARTH_REVIEW_DATE=" + day, "--HEARTH_EMBEDDED_FSYNC=off", "--HEARTH_TWO_FACTOR=optional"));
        if (port != null) {
            args.add("--server.port=" + port);
        }
        print.printf("%nStarting the Hearth server on this authority: its own embedded PostgreSQL, then every family imported"
                + " and evaluated under the %s plan, claims and a matching review prepared (a few minutes)...%n",
                DemoProgramme.PLAN);
        print.flush();
        ConfigurableApplicationContext server = HearthServer.start(args.toArray(String[]::new));
        List<DemoProgramme.DemoUser> users = DemoProgramme.setUp(server, data);
        print.printf("%nThe Hearth server, with this authority imported and evaluated under the %s plan as at %s:%n",
                DemoProgramme.PLAN, day);
        print.printf("  %-20s %-22s %-14s %-18s %s%n", "username", "name", "role", "team or partner", "password (this demo only)");
        for (DemoProgramme.DemoUser user : users) {
            print.printf("  %-20s %-22s %-14s %-18s %s%n", user.username(), user.name(), user.role().words(),
                    user.team() != null ? user.team() : user.organisation() == null ? "" : user.organisation(), user.password());
        }
        Files.write(folder.draftPlan(), DemoProgramme.draftPlan());
        print.printf("What each role can do here:%n"
                + "  coordinator  /claims: prepare a batch from the families left to claim, export it (CSV, XLSX), submit it"
                + " once audited;%n"
                + "               /screening: the families to engage; /matching: decide the pairs matching could not;%n"
                + "               /reports: the target, outcomes, service measures, claims and the claims forecast;%n"
                + "               /plans/what-if: compare %s (more than 95%% school attendance, not 90%%)%n"
                + "               with the plan in force%n"
                + "  auditor      /claims: audit the batch awaiting audit (accept, or reject with a reason), draw a"
                + " spot-check sample%n"
                + "               and download its evidence packs (PDF)%n"
                + "  manager      /sign-offs: sign off the team's answers; /reports: the team's figures%n"
                + "  key worker   /families: their families; a family's page: answer the plan's questions%n"
                + "  everyone     a family's page: its early-help pathway (tiers over time, steps, the team, re-referrals);"
                + " /pathway%n", folder.draftPlan());
        print.flush();
        RunningServer.untilStopped(server, print);
    }
}
