package org.hearth.server.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.io.generate.MatchingData;
import org.hearth.io.matching.LinkSettings;
import org.hearth.io.matching.PersonIndex;
import org.hearth.io.matching.PersonIndexFiles;
import org.hearth.io.matching.PersonLinker;
import org.hearth.io.matching.ReviewDecisions;
import org.hearth.server.claims.ClaimBatches;
import org.hearth.server.claims.ClaimPeriod;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.matching.MatchReviews;
import org.hearth.server.reports.NewTarget;
import org.hearth.server.reports.Targets;
import org.hearth.server.security.Allocations;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Teams;
import org.hearth.server.security.Users;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A programme to try Hearth with, set up on a running server: a synthetic authority imported, a plan in force, the
 * programme's target (Southwark's: about 3,000 families over the five years from April 2015), and a user of each
 * role with a password made for this run: an administrator, a coordinator, an auditor, and per team a manager and
 * two key workers, each key worker allocated some eligible families, and a coordinator of a partner organisation
 * (the organisation leading the fewest families' interventions), who sees only its families and claims; and a batch
 * of claims awaiting internal audit, made by the coordinator from half the families claimable (the other half left
 * to claim); and pairs awaiting the matching review, so that every role has work to do. For {@code hearth demo} and
 * the browser tests; never for an authority's own server.
 */
public final class DemoProgramme {
    /** The households of the demo's own data-in run, whose undecided pairs fill the matching review. */
    private static final int MATCHING_HOUSEHOLDS = 300;
    /** The plan the demo runs: the one with key-worker questions beside its outcomes. */
    public static final String PLAN = "southwark";
    private static final String PASSWORD_LETTERS = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final int FAMILIES_PER_KEY_WORKER = 12;
    /** "Southwark has been asked to work with approximately 3,000 families" (the Families Matter Outcomes Plan). */
    private static final NewTarget TARGET = new NewTarget(PLAN, 3000, LocalDate.of(2015, 4, 1), LocalDate.of(2020, 3, 31),
            "Families Matter Outcomes Plan: Southwark has been asked to work with approximately 3,000 families");

    private DemoProgramme() {
    }

    /**
     * A demo user, with the password made for this run.
     *
     * @param organisation the partner organisation they work for, or null
     */
    public record DemoUser(String username, String name, Role role, String team, String organisation, String password) {
    }

    /**
     * Adds the built-in plan (in force from its own start) and the programme's target, imports the folder, and adds
     * the users.
     *
     * @return the users, with their passwords
     */
    public static List<DemoUser> setUp(ConfigurableApplicationContext server, Path data) {
        byte[] file = PlanLoader.builtInFile(PLAN);
        Plan plan = PlanLoader.withBuiltInSchema().load(PLAN + ".yaml", file);
        server.getBean(CohortEvaluation.class).uploadPlan(PLAN + ".yaml", file, plan.effective().from(), "demo", done -> {
        });
        server.getBean(Targets.class).set(TARGET, "demo");
        server.getBean(DataImport.class).importFolder(data, "demo", ImportProgress.NONE);
        List<DemoUser> users = users(server);
        claims(server);
        matchingReview(server);
        return users;
    }

    /**
     * Pairs for the matching review (/matching): a small data-in run of its own, made-up people recorded by five sources
     * with their slips ({@link MatchingData}), linked as hearth link links them, and the pairs it could not decide
     * queued by the coordinator, so that the review queue has work in it.
     */
    private static void matchingReview(ConfigurableApplicationContext server) {
        MatchingData data = MatchingData.generate(MATCHING_HOUSEHOLDS, 11);
        PersonIndex index = new PersonLinker(LinkSettings.DEFAULTS).link(data.records(), ReviewDecisions.none());
        try {
            Path folder = Files.createTempDirectory("hearth-demo-linking");
            try {
                PersonIndexFiles.write(folder, index, data.records());
                server.getBean(MatchReviews.class).queue(new CurrentUser("coordinator", "Cory Coordinator",
                        Role.COORDINATOR, null), PersonIndexFiles.REVIEW,
                        Files.readString(folder.resolve(PersonIndexFiles.REVIEW)));
            } finally {
                for (String file : List.of(PersonIndexFiles.PERSON_INDEX, PersonIndexFiles.LINKS, PersonIndexFiles.REVIEW)) {
                    Files.deleteIfExists(folder.resolve(file));
                }
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the demo's matching review cannot be made: " + e.getMessage(), e);
        }
    }

    /** A batch of claims for the quarter of the review date, from every other family claimable: some work for the auditor. */
    private static void claims(ConfigurableApplicationContext server) {
        CurrentUser coordinator = new CurrentUser("coordinator", "Cory Coordinator", Role.COORDINATOR, null);
        ClaimBatches batches = server.getBean(ClaimBatches.class);
        List<ClaimBatches.Candidate> candidates = batches.candidates(coordinator);
        List<String> half = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i += 2) {
            half.add(candidates.get(i).familyId());
        }
        if (!half.isEmpty()) {
            ClaimPeriod quarter = ClaimPeriod.quarterOf(candidates.get(0).asOf());
            batches.prepare(coordinator, quarter.from(), quarter.to(), half);
        }
    }

    /**
     * A draft of the demo's plan for a coordinator to compare with the plan in force on the what-if page: its school
     * attendance outcomes ask for more than 95% of sessions rather than 90%, as version "2015.2-draft".
     */
    public static byte[] draftPlan() {
        String plan = new String(PlanLoader.builtInFile(PLAN), StandardCharsets.UTF_8);
        String draft = plan.replace("percent: 90", "percent: 95").replace("version: \"2015.1\"", "version: \"2015.2-draft\"");
        if (draft.equals(plan) || !draft.contains("2015.2-draft")) {
            throw new IllegalStateException("the demo's plan no longer has the attendance threshold or version its draft changes");
        }
        return draft.getBytes(StandardCharsets.UTF_8);
    }

    /** An administrator, a coordinator, an auditor, and per team a manager and two key workers with families. */
    private static List<DemoUser> users(ConfigurableApplicationContext server) {
        Teams teams = server.getBean(Teams.class);
        Users accounts = server.getBean(Users.class);
        SecureRandom random = new SecureRandom();
        List<DemoUser> users = new ArrayList<>(List.of(
                new DemoUser("admin", "Ada Admin", Role.ADMINISTRATOR, null, null, password(random)),
                new DemoUser("coordinator", "Cory Coordinator", Role.COORDINATOR, null, null, password(random)),
                new DemoUser("auditor", "Audrey Auditor", Role.AUDITOR, null, null, password(random))));
        for (String team : List.of("North", "South")) {
            String lower = team.toLowerCase(Locale.ROOT);
            users.add(new DemoUser("manager." + lower, team + " Manager", Role.MANAGER, team, null, password(random)));
            users.add(new DemoUser("worker1." + lower, team + " Key Worker One", Role.KEY_WORKER, team, null, password(random)));
            users.add(new DemoUser("worker2." + lower, team + " Key Worker Two", Role.KEY_WORKER, team, null, password(random)));
        }
        List<String> partners = server.getBean(JdbcTemplate.class).queryForList("""
                select lead_organisation from current_decision where lead_organisation is not null
                group by lead_organisation order by count(*), lead_organisation limit 1""", String.class);
        if (!partners.isEmpty()) {
            users.add(new DemoUser("partner.coordinator", "Pat Partner", Role.COORDINATOR, null, partners.get(0),
                    password(random)));
        }
        Map<String, Long> teamIds = new HashMap<>();
        for (DemoUser user : users) {
            Long teamId = user.team() == null ? null : teamIds.computeIfAbsent(user.team(), name -> teams.create(name, "demo"));
            accounts.create(new NewUser(user.username(), user.name(), user.role(), teamId, user.organisation()), user.password(),
                    "demo");
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

    /** A new made-up user's password: 16 letters and digits that cannot be misread for one another. */
    public static String password(SecureRandom random) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_LETTERS.charAt(random.nextInt(PASSWORD_LETTERS.length())));
        }
        return password.toString();
    }
}
