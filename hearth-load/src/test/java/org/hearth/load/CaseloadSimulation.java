package org.hearth.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A Monday morning at a county's Hearth (docs/benchmarks.md, "The server under load"): {@code hearth.users} people
 * (100) signed in at once, each working as their role does for {@code hearth.seconds} (600) with a few seconds between
 * pages: key workers (60 in 100) open their worklist, their families list, a family's page and its answers; managers
 * (10) their worklist, their team's sign-offs, the reports and a family; coordinators (20) the overview, the eligible
 * families, the families to engage, the claims and a family, and once in a hundred times prepare a batch claiming one family;
 * auditors (10) the claims, the audit log and a family. Every page must answer (no errors) and a family's page in
 * under {@code hearth.familyPageP95} ms (200) at the 95th percentile. The users are those {@code hearth load-programme}
 * wrote; they sign in over the first two minutes (half of a shorter run).
 */
public class CaseloadSimulation extends Simulation {
    private static final String URL = System.getProperty("hearth.url", "http://127.0.0.1:8080");
    private static final int USERS = Integer.getInteger("hearth.users", 100);
    private static final Duration WORKING = Duration.ofSeconds(Integer.getInteger("hearth.seconds", 600));
    /** Signing in spread over the first two minutes, or half a short run: a Monday morning's, not all at once. */
    private static final Duration RAMP = Duration.ofSeconds(Math.min(120, WORKING.toSeconds() / 2));
    /**
     * The family page's 95th percentile to hold to, in milliseconds, or 0 for none: a run of a minute on a fresh JVM
     * measures its compiling and everyone signing in at once, not the service (docs/benchmarks.md).
     */
    private static final int FAMILY_PAGE_P95 = Integer.getInteger("hearth.familyPageP95", 200);
    /** Between pages: reading, typing, a phone call. */
    private static final Duration THINK_MIN = Duration.ofSeconds(2);
    private static final Duration THINK_MAX = Duration.ofSeconds(6);

    private final HttpProtocolBuilder protocol = http.baseUrl(URL).acceptHeader("text/html,application/xhtml+xml")
            .acceptLanguageHeader("en-GB").userAgentHeader("Hearth load test (Gatling)");

    {
        Map<String, List<Map<String, Object>>> accounts = accounts(Path.of(System.getProperty("hearth.usersFile")));
        List<PopulationBuilder> people = new ArrayList<>();
        people.add(working("key workers", 60, accounts.get("key_worker"), keyWorker()));
        people.add(working("managers", 10, accounts.get("manager"), manager()));
        people.add(working("coordinators", 20, accounts.get("coordinator"), coordinator()));
        people.add(working("auditors", 10, accounts.get("auditor"), auditor()));
        List<io.gatling.javaapi.core.Assertion> assertions = new ArrayList<>();
        assertions.add(global().failedRequests().count().is(0L));
        if (FAMILY_PAGE_P95 > 0) {
            assertions.add(details("family page").responseTime().percentile(95.0).lt(FAMILY_PAGE_P95));
        }
        setUp(people).protocols(protocol).maxDuration(WORKING.plus(RAMP).plusSeconds(60)).assertions(assertions);
    }

    /** Each of a role's share of the users signs in once, then works until the time is up. */
    private PopulationBuilder working(String who, int inHundred, List<Map<String, Object>> accounts, ChainBuilder work) {
        int count = Math.max(1, USERS * inHundred / 100);
        ScenarioBuilder scenario = scenario(who).feed(listFeeder(accounts).circular()).exec(signIn())
                .during(WORKING).on(exec(work).pause(THINK_MIN, THINK_MAX));
        return scenario.injectOpen(rampUsers(count).during(RAMP));
    }

    private static ChainBuilder signIn() {
        return exec(http("sign-in page").get("/sign-in").check(css("input[name=_csrf]", "value").saveAs("csrf")))
                .exec(http("sign in").post("/sign-in").formParam("username", "#{username}")
                        .formParam("password", "#{password}").formParam("_csrf", "#{csrf}").disableFollowRedirect()
                        .check(status().is(302), header("Location").not("/sign-in?error")));
    }

    /** A family of those the list shows the user, then its page. */
    private static ChainBuilder aFamily(String list) {
        return exec(http("families list").get(list)
                .check(css("a[href^='/families/F']", "href").findRandom().saveAs("family")))
                .pause(THINK_MIN, THINK_MAX)
                .exec(http("family page").get("#{family}").check(css("h1").is(session -> "Family "
                        + session.getString("family").substring("/families/".length()))));
    }

    private static ChainBuilder keyWorker() {
        return exec(http("worklist").get("/worklist")).pause(THINK_MIN, THINK_MAX)
                .exec(aFamily("/families")).pause(THINK_MIN, THINK_MAX)
                .exec(http("answers").get("#{family}/answers"));
    }

    private static ChainBuilder manager() {
        return randomSwitch().on(
                percent(40, exec(http("worklist").get("/worklist"))),
                percent(20, exec(http("sign-offs").get("/sign-offs"))),
                percent(10, exec(http("reports").get("/reports"))),
                percent(30, aFamily("/families")));
    }

    private static ChainBuilder coordinator() {
        return randomSwitch().on(
                percent(20, exec(http("overview").get("/"))),
                percent(25, aFamily("/families?eligible=true")),
                percent(15, exec(http("families to engage").get("/screening"))),
                percent(24, exec(http("claims").get("/claims"))),
                percent(15, aFamily("/families")),
                percent(1, claimBatch()));
    }

    private static ChainBuilder auditor() {
        return randomSwitch().on(
                percent(40, exec(http("claims").get("/claims"))),
                percent(20, exec(http("audit log").get("/admin/audit"))),
                percent(40, aFamily("/families")));
    }

    /** A batch claiming one of the families claimable now, chosen at random, for the quarter before the review date. */
    private static ChainBuilder claimBatch() {
        return exec(http("claims to prepare").get("/claims/prepare")
                .check(css("input[name=_csrf]", "value").saveAs("csrf"))
                .check(css("input[name=families]", "value").findRandom().saveAs("candidate")))
                .pause(THINK_MIN, THINK_MAX)
                .exec(http("claim batch prepared").post("/claims/batches").formParam("_csrf", "#{csrf}")
                        .formParam("periodFrom-day", "1").formParam("periodFrom-month", "1")
                        .formParam("periodFrom-year", "2019").formParam("periodTo-day", "31")
                        .formParam("periodTo-month", "3").formParam("periodTo-year", "2019")
                        .formParam("families", "#{candidate}").disableFollowRedirect()
                        .check(status().is(302)));
    }

    private static io.gatling.javaapi.core.Choice.WithWeight percent(double weight, ChainBuilder chain) {
        return new io.gatling.javaapi.core.Choice.WithWeight(weight, chain);
    }

    /** The users file, by role. */
    private static Map<String, List<Map<String, Object>>> accounts(Path file) {
        Map<String, List<Map<String, Object>>> byRole = new java.util.HashMap<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                byRole.computeIfAbsent(cells[2], role -> new ArrayList<>())
                        .add(Map.of("username", cells[0], "password", cells[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the load test's users " + file + ": " + e.getMessage(), e);
        }
        return byRole;
    }
}
