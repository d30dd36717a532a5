package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.server.security.AccessMatrixTest.Outcome.ALLOWED;
import static org.hearth.server.security.AccessMatrixTest.Outcome.FORBIDDEN;
import static org.hearth.server.security.AccessMatrixTest.Outcome.HIDDEN;
import static org.hearth.server.security.AccessMatrixTest.Outcome.NOT_FOUND;
import static org.hearth.server.security.AccessMatrixTest.Outcome.REFUSED;
import static org.hearth.server.security.AccessMatrixTest.Outcome.SHOWN;
import static org.hearth.server.security.AccessMatrixTest.Outcome.SIGN_IN;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.hearth.io.matching.ReviewQueueFile;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.HearthServer;
import org.hearth.server.ServerFixture;
import org.hearth.server.casework.Answers;
import org.hearth.server.ingest.ImportJobs;
import org.hearth.server.casework.NewAnswer;
import org.hearth.server.claims.ClaimsOfFamilies;
import org.hearth.server.matching.MatchReviews;
import org.hearth.server.demo.DemoProgramme;
import org.hearth.server.reports.NewTarget;
import org.hearth.server.protection.CorrectionRequests;
import org.hearth.server.reports.Targets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix (issue 12): every route the server maps, requested over HTTP by each kind of caller, against
 * {@link #POLICY}, the policy of docs/operations.md (Pages, Security) written as a table. The callers are a stranger,
 * each role, and a key worker and a manager asking both about a family they hold and about one they do not. Every
 * case is written with what it came to in {@code target/access-matrix.txt}.
 *
 * <p>The programme is the demo's ({@link DemoProgramme}): two teams, a manager and two key workers in each, families
 * allocated to every key worker. Requests that change something change only what no other case reads: an answer
 * made for the case alone is signed off or returned, a key worker's answer is added, a coordinator allocates a family
 * to the key worker who holds it, an administrator adds a user of a new name. Uploads send a file the server rejects
 * after letting the caller through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    private static final Path REPORT = Path.of("target", "access-matrix.txt");
    /** Every caller can open the sign-in page, so every caller's forms carry a real CSRF token from there. */
    private static final String TOKEN_PAGE = "/sign-in";
    private static final String EVIDENCE = "Seen at home by the key worker";

    /** What a request came to. */
    enum Outcome {
        /**
         * Let through: 2xx, a 3xx to a page that opens and says no problem, or 422 (the input was checked after
         * access was).
         */
        ALLOWED,
        /** Let through, and the family is in the list, search or queue answered. */
        SHOWN,
        /** Let through, and the family is not in the list, search or queue answered. */
        HIDDEN,
        /** 403. */
        FORBIDDEN,
        /** 404: a family the caller may not see is answered as no family is. */
        NOT_FOUND,
        /** Sent back to the page it came from, which says there is a problem; nothing done. */
        REFUSED,
        /** Sent to the sign-in page, or 401 from the JSON API. */
        SIGN_IN,
        /** Anything else (a 500, or a redirect to a page that fails): never expected. */
        ERROR
    }

    /**
     * Who asks, and about which family: each column of the policy. The families are one of worker1.north's ("north"),
     * one of worker2.north's ("north colleague's") and one of worker1.south's ("south").
     */
    enum Caller {
        ANONYMOUS(null, "north"),
        KEY_WORKER_OWN_FAMILY("worker1.north", "north"),
        KEY_WORKER_OTHER_FAMILY("worker1.north", "north colleague's"),
        MANAGER_OWN_TEAM("manager.north", "north"),
        MANAGER_OTHER_TEAM("manager.north", "south"),
        COORDINATOR("coordinator", "north"),
        AUDITOR("auditor", "north"),
        ADMINISTRATOR("admin", "south");

        final String username;
        final String family;

        Caller(String username, String family) {
            this.username = username;
            this.family = family;
        }
    }

    /**
     * One route and method, the request that exercises it, and what each caller's request comes to, in {@link Caller}'s
     * order.
     */
    record Row(String route, Request request, Outcome... expected) {
    }

    /**
     * A request as a browser or a script sends it, its placeholders ({familyId}, {answerId}, {importId}, {keyWorker},
     * {question}, {username}, {targetId}) filled for the caller. Forms and scripts carry a real CSRF token: a refusal is the
     * role's, never the token's.
     */
    interface Request {
        default String method() {
            return "POST";
        }

        HttpResponse<String> send(Browser browser, UnaryOperator<String> fill);
    }

    record Get(String path) implements Request {
        @Override
        public String method() {
            return "GET";
        }

        @Override
        public HttpResponse<String> send(Browser browser, UnaryOperator<String> fill) {
            return browser.get(fill.apply(path));
        }
    }

    record Form(String path, Map<String, String> fields) implements Request {
        @Override
        public HttpResponse<String> send(Browser browser, UnaryOperator<String> fill) {
            return browser.submit(TOKEN_PAGE, fill.apply(path), fields.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, field -> fill.apply(field.getValue()))));
        }
    }

    record Json(String path, String body) implements Request {
        @Override
        public HttpResponse<String> send(Browser browser, UnaryOperator<String> fill) {
            return browser.postJson(TOKEN_PAGE, fill.apply(path), fill.apply(body));
        }
    }

    /** A file the server rejects once it has let the caller through: nothing is imported or added. */
    record Upload(String path, Map<String, String> fields, String fileField) implements Request {
        @Override
        public HttpResponse<String> send(Browser browser, UnaryOperator<String> fill) {
            return browser.upload(TOKEN_PAGE, path, fields, fileField,
                    Map.of("not-a-folder.txt", "nothing Hearth reads".getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static final String SECOND_FACTOR_RESET = "/admin/users/{username}/two-factor/reset";
    /** A demo user, not one of the callers, whose second factor the matrix sets up for the administrator to reset. */
    private static final String WITH_SECOND_FACTOR = "worker2.south";
    private static final Map<String, String> ANSWER = Map.of("question", "{question}", "answer", "true", "personId", "",
            "evidence", EVIDENCE, "day", "1", "month", "3", "year", "2019");
    private static final Map<String, String> TARGET = Map.of("planId", DemoProgramme.PLAN, "families", "3000",
            "startsOn-day", "1", "startsOn-month", "4", "startsOn-year", "2015", "endsOn-day", "31", "endsOn-month", "3",
            "endsOn-year", "2020", "basis", "The access matrix's target");
    private static final Map<String, String> COMPOSITION_CONFIRMED = Map.of("change", "confirmed", "from-day", "31",
            "from-month", "3", "from-year", "2019", "note", "The access matrix's confirmation");
    private static final String TARGET_JSON = "{\"plan_id\": \"" + DemoProgramme.PLAN + "\", \"families\": 3000, "
            + "\"starts_on\": \"2015-04-01\", \"ends_on\": \"2020-03-31\", \"basis\": \"The access matrix's target\"}";
    private static final String ANSWER_JSON = "{\"question\": \"{question}\", \"answer\": true, \"evidence\": \"" + EVIDENCE
            + "\", \"assessed_on\": \"2019-03-01\"}";

    /**
     * The policy: per route and method, what each caller's request comes to. The columns, in {@link Caller}'s order:
     * anonymous; key worker about their own family, about a colleague's; manager about their team's family, about
     * another team's; coordinator; auditor; administrator.
     */
    private static final List<Row> POLICY = List.of(
            page("/",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            page("/sign-in",
                    ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            page("/families", "/families?q={familyId}",
                    SIGN_IN, SHOWN, HIDDEN, SHOWN, HIDDEN, SHOWN, SHOWN, SHOWN),
            page("/families/{familyId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, ALLOWED),
            page("/worklist",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            form("/families/{familyId}/allocation", Map.of("keyWorker", "{keyWorker}"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/families/{familyId}/answers",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, ALLOWED),
            form("/families/{familyId}/answers", ANSWER,
                    SIGN_IN, ALLOWED, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            page("/sign-offs",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, SHOWN, HIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            form("/sign-offs/{answerId}", Map.of("decision", "sign-off"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, REFUSED, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            page("/imports",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED),
            upload("/imports", "files", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/imports/jobs/{jobId}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, NOT_FOUND),
            page("/imports/jobs/{jobId}/progress",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, NOT_FOUND, NOT_FOUND),
            page("/imports/{id}", "/imports/{importId}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED),
            page("/plans",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED),
            upload("/plans", "file", Map.of("inForceFrom-day", "1", "inForceFrom-month", "1", "inForceFrom-year", "2019"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/admin/users",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
            form("/admin/users", Map.of("username", "{username}", "displayName", "Matrix User", "role", "AUDITOR",
                            "teamId", "", "password", Staff.PASSWORD),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
            new Row("/admin/users/{username}/end-sessions", new Form("/admin/users/worker2.north/end-sessions", Map.of()),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
            // Two-factor sign-in (issue 16, item 6): the code's page sends anyone who owes no code home; every signed-in
            // user opens their own second factor's page (the callers have none: what is not a code sets none up, and
            // turning off what they do not have goes back to the page); an administrator resets the second factor
            // of WITH_SECOND_FACTOR, set up for the matrix (the page first, then the reset).
            page(CodeSignInController.PATH,
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            form(CodeSignInController.PATH, Map.of("code", "not a code"),
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            page(TwoFactorController.PATH,
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            form(TwoFactorController.PATH, Map.of("code", "not a code"),
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            form(TwoFactorController.PATH + "/off", Map.of("code", "not a code"),
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            new Row(SECOND_FACTOR_RESET, new Get(SECOND_FACTOR_RESET.replace("{username}", WITH_SECOND_FACTOR)),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
            new Row(SECOND_FACTOR_RESET, new Form(SECOND_FACTOR_RESET.replace("{username}", WITH_SECOND_FACTOR),
                    Map.of("reason", "The access matrix's reset")),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
            page("/admin/audit",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED),
            page("/admin/audit/chain",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED),

            page("/api/health",
                    ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            page("/api/openapi.json",
                    ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            page("/api/openapi.json.yaml",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            page("/api/families", "/api/families?size=500",
                    SIGN_IN, SHOWN, HIDDEN, SHOWN, HIDDEN, SHOWN, SHOWN, SHOWN),
            page("/api/families/search", "/api/families/search?q={familyId}",
                    SIGN_IN, SHOWN, HIDDEN, SHOWN, HIDDEN, SHOWN, SHOWN, SHOWN),
            page("/api/families/{familyId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, ALLOWED),
            page("/api/families/{familyId}/answers",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, ALLOWED),
            json("/api/families/{familyId}/answers", ANSWER_JSON,
                    SIGN_IN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            page("/api/sign-offs",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, SHOWN, HIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            json("/api/answers/{answerId}/sign-off", "",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            json("/api/answers/{answerId}/return", "{\"reason\": \"Say who saw it\"}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            page("/api/imports",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED),
            upload("/api/imports", "files", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/api/plans",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED),
            upload("/api/plans", "file", Map.of("in_force_from", "2019-01-01"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),

            // The evidence pack (issue 13): a family's, and a sample's, whose families the form lists (a family the
            // caller may not see is named on the form as no family is; the PDF of a sample holding it is not found).
            page("/families/{familyId}/evidence.pdf",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            page("/evidence", "/evidence?families={familyId}",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/evidence/sample.pdf", "/evidence/sample.pdf?families={familyId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),

            // The early-help pathway (issue 13, item 4): the report counts the families each caller may see, as the
            // family lists do; one family's pathway is the family page's.
            page("/pathway",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            page("/api/pathway",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            page("/api/pathway/families/{familyId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, ALLOWED),

            // What if (issue 13, item 6): a coordinator compares a draft plan with the plan in force; the upload is not
            // a plan, so nothing is compared, and the coordinator's session holds no comparison to follow or download.
            page("/plans/what-if",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            upload("/plans/what-if", "file", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/plans/what-if/progress",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
            page("/plans/what-if/differences.csv",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
            page("/plans/what-if/worklist.csv",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN),
            upload("/api/plans/what-if", "file", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),

            // Reports (issue 13, items 5 and 7): read by coordinators, auditors and managers (a manager's count their
            // team's families), not key workers or administrators; a target set and withdrawn by coordinators alone.
            page("/reports",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/reports/target",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/reports/target.csv", "/reports/target.csv?target={targetId}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            form("/reports/targets", TARGET,
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            form("/reports/targets/{targetId}/withdrawal", Map.of("reason", "Set twice by mistake"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/reports/outcomes",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/reports/outcomes.csv",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/reports/service-measures",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/reports/service-measures.csv",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/reports/forecast",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/reports/forecast.csv", "/reports/forecast.csv?table=families",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/api/reports/targets",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            json("/api/reports/targets", TARGET_JSON,
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/api/reports/target", "/api/reports/target?target={targetId}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/api/reports/outcomes",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/api/reports/service-measures",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/api/reports/forecast",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),

            // Claims and internal audit (issue 13): coordinators prepare, withdraw and submit; auditors audit and sample,
            // and change no evidence; managers and key workers read the claims of the families they see; administrators
            // see none. {claimId} is a claim of the caller's family made for the case alone, {batchId} its batch (which
            // shows no other caller's family), {candidate} a family claimable now.
            page("/claims",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/claims/prepare",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            form("/claims/batches", Map.of("periodFrom-day", "1", "periodFrom-month", "1", "periodFrom-year", "2019",
                            "periodTo-day", "31", "periodTo-month", "3", "periodTo-year", "2019", "families", "{candidate}"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/claims/batches/{batchId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            form("/claims/batches/{batchId}/submit", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            form("/claims/batches/{batchId}/discretionary", Map.of("familyId", "{discretionaryFamily}",
                            "route", "significant_and_sustained_progress", "reason", "Judged by the panel", "approver",
                            "manager.north"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            form("/claims/batches/{batchId}/sample", Map.of("size", "1", "seed", "7"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN),
            page("/claims/batches/{batchId}/work-through",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN),
            page("/claims/batches/{batchId}/claims.csv",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            page("/claims/batches/{batchId}/claims.xlsx",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            page("/claims/register.csv",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/claims/register.xlsx",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/claims/{claimId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            form("/claims/{claimId}/decision", Map.of("decision", "accept"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN),
            form("/claims/{claimId}/withdraw", Map.of("withdrawalReason", "Prepared in error"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/api/claims",
                    SIGN_IN, SHOWN, HIDDEN, SHOWN, HIDDEN, SHOWN, SHOWN, FORBIDDEN),
            page("/api/claims/phases",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/api/claims/candidates",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/api/claims/batches",
                    SIGN_IN, SHOWN, HIDDEN, SHOWN, HIDDEN, SHOWN, SHOWN, FORBIDDEN),
            json("/api/claims/batches", "{\"period_from\": \"2019-01-01\", \"period_to\": \"2019-03-31\", "
                            + "\"family_ids\": [\"{candidate}\"]}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/api/claims/batches/{batchId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            json("/api/claims/batches/{batchId}/submit", "",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            json("/api/claims/batches/{batchId}/discretionary", "{\"family_id\": \"{discretionaryFamily}\", "
                            + "\"route\": \"continuous_employment\", \"reason\": \"Judged by the panel\", "
                            + "\"approver\": \"manager.north\"}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            json("/api/claims/batches/{batchId}/sample", "{\"size\": 1, \"seed\": 7}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN),
            page("/api/claims/{claimId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            json("/api/claims/{claimId}/decision", "{\"decision\": \"rejected\", \"reason\": \"No letter on file\"}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN),
            json("/api/claims/{claimId}/withdraw", "{\"reason\": \"Prepared in error\"}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),

            // A claim's evidence pack, and the packs of a batch's spot-check sample, as the claims froze them: read by
            // whoever may see the claim ({sampledBatchId} is a batch of the caller's family's claim, every claim of it
            // drawn by the auditor).
            page("/claims/{claimId}/evidence.pdf",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            page("/claims/batches/{batchId}/sample/evidence.pdf", "/claims/batches/{sampledBatchId}/sample/evidence.pdf",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),

            // The claims report (issue 13, item 5): read as the other reports are, counting the claims each caller may see.
            page("/reports/claims",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/reports/claims.csv", "/reports/claims.csv?table=organisations",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),
            page("/api/reports/claims",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, FORBIDDEN),

            // Identification screening (issue 14, item 4): the families eligible and not engaged, for coordinators and
            // auditors alone.
            page("/screening",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN),
            page("/screening.csv",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN),
            page("/api/screening",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN),

            // The matching review queue (issue 14, item 2): coordinators queue and decide, auditors read; {pairId} is
            // a pair queued for this case alone (the upload here is not a review queue, so it queues nothing).
            page("/matching",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN),
            upload("/matching", "file", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/matching/{pairId}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN),
            form("/matching/{pairId}/decision", Map.of("decision", "different"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/matching/decisions.csv",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN),

            // Data protection (issue 16): the pseudonymised export is the coordinators', who are the programme's
            // analysts; a refusal for a small group (422) is let through, as the check comes after access.
            page("/data-protection",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, ALLOWED),
            form("/data-protection/pseudonymised-export", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            json("/api/data-protection/pseudonymised-export", "{}",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            // Break-glass access: every signed-in user may ask; a caller who sees the family goes to it, the others are
            // asked for the reason (none given here, so that no grant changes the cases after: 422, after access).
            page("/break-glass",
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            form("/break-glass", Map.of("familyId", "{familyId}"),
                    SIGN_IN, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED),
            // Disposal: the administrators' (the POST without its confirmation disposes of nothing: 422, after access).
            page("/data-protection/disposal",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
            form("/data-protection/disposal", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED),
            // A subject access pack: the coordinators' too (a person Hearth does not hold: 422, after access).
            form("/data-protection/subject-access", Map.of("person", "P-NOT-HELD"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            form("/api/data-protection/subject-access", Map.of("person", "P-NOT-HELD"),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            // Rectification and erasure: whoever sees the family and works with its records asks (a request with no
            // change or no reason: 422, after access); the coordinators decide, another's request only ({correctionId}
            // is the coordinator's own: 422, after access); coordinators and auditors review what was flagged (a flag
            // the family does not have: refused after access).
            page("/families/{familyId}/corrections/new", "/families/{familyId}/corrections/new?file=people.csv&record={memberId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            form("/families/{familyId}/corrections/new", Map.of("file", "people.csv", "record", "{memberId}"),
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            page("/families/{familyId}/erasures/new", "/families/{familyId}/erasures/new?person={memberId}",
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            form("/families/{familyId}/erasures/new", Map.of("person", "{memberId}"),
                    SIGN_IN, ALLOWED, NOT_FOUND, ALLOWED, NOT_FOUND, ALLOWED, ALLOWED, FORBIDDEN),
            page("/data-protection/corrections",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            form("/data-protection/corrections/{id}/approve", "/data-protection/corrections/{correctionId}/approve", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            form("/data-protection/corrections/{id}/refuse", "/data-protection/corrections/{correctionId}/refuse", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            form("/families/{familyId}/correction-reviews/{flag}", "/families/{familyId}/correction-reviews/0", Map.of(),
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN),

            // Decisions on a family's composition (issue 14, item 3): made by coordinators on the family page (whoever
            // sees the family reads them there: the /families/{familyId} row), downloaded by coordinators and auditors
            // for hearth link --compositions. The decision here is a confirmation, as at the review date.
            form("/families/{familyId}/composition", COMPOSITION_CONFIRMED,
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN),
            page("/compositions/decisions.csv",
                    SIGN_IN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN));

    /**
     * A partner organisation's user (issue 13): the demo's partner coordinator asking about a family whose current
     * intervention their organisation leads, then about one another organisation leads. Each route that shows families
     * or claims shows them the first and not the second; their claims are those attributed to their organisation.
     */
    private static final List<Row> PARTNER_POLICY = List.of(
            page("/families", "/families?q={familyId}", SHOWN, HIDDEN),
            page("/families/{familyId}", ALLOWED, NOT_FOUND),
            page("/api/families", "/api/families?size=500", SHOWN, HIDDEN),
            page("/api/families/{familyId}", ALLOWED, NOT_FOUND),
            page("/families/{familyId}/corrections/new", "/families/{familyId}/corrections/new?file=people.csv&record={memberId}",
                    ALLOWED, NOT_FOUND),
            page("/claims/{claimId}", ALLOWED, NOT_FOUND),
            page("/api/claims/{claimId}", ALLOWED, NOT_FOUND),
            page("/claims/batches/{batchId}", ALLOWED, NOT_FOUND),
            page("/claims/batches/{batchId}/claims.csv", ALLOWED, NOT_FOUND),
            page("/api/claims", SHOWN, HIDDEN),
            page("/api/claims/batches", SHOWN, HIDDEN),
            page("/claims/register.csv", SHOWN, HIDDEN));

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private List<DemoProgramme.DemoUser> demoUsers;
    private Map<String, String> passwords;
    /** The family each caller asks about: by {@link Caller#family}. */
    private Map<String, String> families;
    private final Map<Caller, Browser> browsers = new EnumMap<>(Caller.class);
    private final AtomicInteger newUsers = new AtomicInteger();
    private String question;
    private long importId;
    /** An upload's import followed by the coordinator who uploaded it (a folder of people.csv alone: rejected). */
    private String jobId;
    private ClaimsOfFamilies claims;

    @BeforeAll
    void startTheDemoProgramme() {
        server = HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("hearth"), "--server.port=0",
                "--HEARTH_EMBEDDED_FSYNC=off", "--HEARTH_REVIEW_DATE=" + SyntheticAuthority.DATA_END);
        jdbc = server.getBean(JdbcTemplate.class);
        demoUsers = DemoProgramme.setUp(server, ServerFixture.authority(temp.resolve("data"), 200, 2015));
        passwords = demoUsers.stream().collect(Collectors.toMap(DemoProgramme.DemoUser::username, DemoProgramme.DemoUser::password));
        families = Map.of("north", heldBy("worker1.north"), "north colleague's", heldBy("worker2.north"),
                "south", heldBy("worker1.south"));
        question = server.getBean(Answers.class).questions().get(0).id();
        importId = jdbc.queryForObject("select max(id) from data_import", Long.class);
        jobId = server.getBean(ImportJobs.class).start(List.of(new MockMultipartFile("files", "people.csv", "text/csv",
                "person_id,date_of_birth,sex\n".getBytes(StandardCharsets.UTF_8))), "coordinator").id();
        families.values().forEach(this::awaitingAnswer);
        byte[] secret = OneTimeCodes.newSecret();
        server.getBean(SecondFactors.class).setUp(WITH_SECOND_FACTOR, secret,
                OneTimeCodes.code(secret, OneTimeCodes.step(java.time.Instant.now())));
        claims = new ClaimsOfFamilies(server);
        for (Caller caller : Caller.values()) {
            browsers.put(caller, caller.username == null ? new Browser(server) : signedIn(caller.username));
        }
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyRouteTheServerMapsHasARowInThePolicy() {
        TreeSet<String> inPolicy = POLICY.stream().map(row -> row.request().method() + " " + row.route())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(servedRoutes()).as("a route the server maps with no row in AccessMatrixTest.POLICY: add it to the matrix")
                .isSubsetOf(inPolicy);
        assertThat(inPolicy).as("a row of AccessMatrixTest.POLICY for a route the server no longer maps: remove it")
                .isSubsetOf(servedRoutes());
    }

    @Test
    void everyCallerMeetsThePolicyOnEveryRoute() throws IOException {
        List<String> report = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        report.add(String.format("%-7s %-36s %-24s %-10s %-10s %s", "method", "route", "caller", "expected", "actual",
                "status"));
        for (Row row : POLICY) {
            assertThat(row.expected()).as(row.route()).hasSize(Caller.values().length);
            for (Caller caller : Caller.values()) {
                Outcome expected = row.expected()[caller.ordinal()];
                HttpResponse<String> response = row.request().send(browsers.get(caller), text -> fill(text, caller));
                Outcome actual = outcome(response, caller, expected);
                String line = String.format("%-7s %-36s %-24s %-10s %-10s %d %s", row.request().method(), row.route(),
                        caller, expected, actual, response.statusCode(),
                        path(response.headers().firstValue("Location").orElse("")));
                report.add(line);
                if (actual != expected) {
                    mismatches.add(line);
                }
            }
        }
        int cases = report.size() - 1;
        report.add(cases + " cases: " + POLICY.size() + " routes and methods, " + Caller.values().length + " callers");
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report, StandardCharsets.UTF_8);

        assertThat(mismatches).as("cases not as the policy says (all in " + REPORT + ")").isEmpty();
        assertThat(cases).isGreaterThanOrEqualTo(servedRoutes().size() * Caller.values().length);
    }

    @Test
    void aPartnerOrganisationsUserSeesOnlyItsOwnFamiliesAndClaims() {
        DemoProgramme.DemoUser partner = demoUsers.stream().filter(user -> user.organisation() != null).findFirst().orElseThrow();
        String own = jdbc.queryForObject("select min(family_id) from current_decision where lead_organisation = ?",
                String.class, partner.organisation());
        String other = jdbc.queryForObject("select min(family_id) from current_decision where lead_organisation <> ?",
                String.class, partner.organisation());
        Browser browser = signedIn(partner.username());
        List<String> mismatches = new ArrayList<>();
        for (Row row : PARTNER_POLICY) {
            for (int asked = 0; asked < 2; asked++) {
                String familyId = asked == 0 ? own : other;
                HttpResponse<String> response = row.request().send(browser, text -> fill(text, familyId));
                Outcome actual = response.statusCode() == 404 ? NOT_FOUND : response.statusCode() != 200 ? Outcome.ERROR
                        : row.expected()[asked] == ALLOWED ? ALLOWED : names(response, familyId) ? SHOWN : HIDDEN;
                if (actual != row.expected()[asked]) {
                    mismatches.add(row.route() + " about " + (asked == 0 ? "their own family " : "another's family ")
                            + familyId + ": " + actual + " (" + response.statusCode() + "), not " + row.expected()[asked]);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** Whether the answer names the family: a link to it on a page, its id in JSON or in a row of CSV. */
    private static boolean names(HttpResponse<String> response, String familyId) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body = response.body();
        return type.contains("json") ? body.contains("\"" + familyId + "\"")
                : type.contains("csv") ? body.contains("," + familyId + ",")
                : body.contains("href=\"/families/" + familyId + "\"") || body.contains("href=\"/families/" + familyId + "/");
    }

    /**
     * Every route and method Spring MVC maps (a mapping for any method as {@code ANY}), but the framework's error
     * page; static assets are served by another mapping.
     */
    private TreeSet<String> servedRoutes() {
        TreeSet<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : server.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                .getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/error")) {
                    methods.forEach(method -> routes.add(method + " " + pattern));
                    if (methods.isEmpty()) {
                        routes.add("ANY " + pattern);
                    }
                }
            }
        }
        return routes;
    }

    /**
     * The request with the caller's values, each made only when asked for: {answerId} is an answer made for this case
     * alone, awaiting sign-off; {username} a name no user has; {targetId} a target set for this case alone.
     */
    private String fill(String text, Caller caller) {
        return fill(text, families.get(caller.family));
    }

    /** The request with the values for a request about the family. */
    private String fill(String text, String familyId) {
        Map<String, Supplier<String>> values = Map.ofEntries(
                Map.entry("{familyId}", () -> familyId),
                Map.entry("{keyWorker}", () -> (String) allocation(familyId).get("key_worker")),
                Map.entry("{answerId}", () -> Long.toString(awaitingAnswer(familyId))),
                Map.entry("{importId}", () -> Long.toString(importId)),
                Map.entry("{jobId}", () -> jobId),
                Map.entry("{question}", () -> question),
                Map.entry("{username}", () -> "matrix" + newUsers.incrementAndGet()),
                Map.entry("{claimId}", () -> Long.toString(claims.freshClaim(familyId))),
                Map.entry("{batchId}", () -> Long.toString(claims.batchOf(familyId))),
                Map.entry("{sampledBatchId}", () -> Long.toString(claims.sampledBatchOf(familyId))),
                Map.entry("{pairId}", () -> Long.toString(freshMatchPair())),
                Map.entry("{candidate}", () -> claims.candidate()),
                Map.entry("{memberId}", () -> member(familyId)),
                Map.entry("{correctionId}", () -> Long.toString(server.getBean(CorrectionRequests.class).requestErasure(
                        new CurrentUser("coordinator", "Coordinator", Role.COORDINATOR, null), familyId, member(familyId),
                        "A request made for this case alone"))),
                Map.entry("{discretionaryFamily}", () -> claims.discretionaryFamily()),
                Map.entry("{targetId}", () -> Long.toString(server.getBean(Targets.class).set(new NewTarget(
                        DemoProgramme.PLAN, 100, LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31),
                        "A target for this case alone"), "matrix").id())));
        String filled = text;
        for (Map.Entry<String, Supplier<String>> value : values.entrySet()) {
            if (filled.contains(value.getKey())) {
                filled = filled.replace(value.getKey(), value.getValue().get());
            }
        }
        return filled;
    }

    private Outcome outcome(HttpResponse<String> response, Caller caller, Outcome expected) {
        int status = response.statusCode();
        String location = response.headers().firstValue("Location").orElse("");
        if (status == 401 || status / 100 == 3 && location.contains("/sign-in")) {
            return SIGN_IN;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status / 100 == 3) {
            HttpResponse<String> next = browsers.get(caller).get(path(location));
            return next.statusCode() != 200 ? Outcome.ERROR
                    : next.body().contains("There is a problem") ? REFUSED : ALLOWED;
        }
        if (status / 100 != 2 && status != 422) {
            return Outcome.ERROR;
        }
        if (expected != SHOWN && expected != HIDDEN) {
            return ALLOWED;
        }
        String familyId = families.get(caller.family);
        boolean json = response.headers().firstValue("Content-Type").orElse("").contains("json");
        String body = response.body();
        String link = "href=\"/families/" + familyId;
        boolean named = json ? body.contains("\"" + familyId + "\"")
                : body.contains(link + "\"") || body.contains(link + "/");
        return named ? SHOWN : HIDDEN;
    }

    /** A member of the family: the first by id. */
    private String member(String familyId) {
        return jdbc.queryForObject("select min(person_id) from stored_row where ended_by is null "
                + "and file = 'memberships.csv' and family_id = ?", String.class, familyId);
    }

    /** The path of an address, as a redirect gives it: {@code http://localhost:8080/sign-in} is {@code /sign-in}. */
    private static String path(String address) {
        return address.replaceFirst("^https?://[^/]+", "");
    }

    private String heldBy(String keyWorker) {
        return jdbc.queryForObject("select min(family_id) from family_allocation where key_worker = ? and ended_at is null",
                String.class, keyWorker);
    }

    private Map<String, Object> allocation(String familyId) {
        return jdbc.queryForMap("select key_worker, team_id from family_allocation where family_id = ? and ended_at is null",
                familyId);
    }

    /** A new answer about the family by its key worker, awaiting its manager's sign-off. */
    private long awaitingAnswer(String familyId) {
        Map<String, Object> allocation = allocation(familyId);
        CurrentUser keyWorker = new CurrentUser((String) allocation.get("key_worker"), "", Role.KEY_WORKER,
                ((Number) allocation.get("team_id")).longValue());
        return server.getBean(Answers.class).record(keyWorker, new NewAnswer(familyId, null, question, true, EVIDENCE,
                LocalDate.of(2019, 3, 1)));
    }

    /** A pair queued for review for one request alone, awaiting its decision. */
    private long freshMatchPair() {
        String person = "MATRIX-" + newUsers.incrementAndGet();
        server.getBean(MatchReviews.class).queue(new CurrentUser("coordinator", "Cory Coordinator", Role.COORDINATOR, null),
                "review.csv", String.join(",", ReviewQueueFile.header()) + "\npolice-2019," + person + ",school-2019,"
                        + person + ",2.5,0.85,no identifier shared" + ",".repeat(21) + "\n");
        return server.getBean(JdbcTemplate.class).queryForObject("select id from match_review where person_a = ?",
                Long.class, person);
    }

    private Browser signedIn(String username) {
        Browser browser = new Browser(server);
        assertThat(browser.signIn(username, passwords.get(username)).headers().firstValue("Location").orElseThrow())
                .as(username).doesNotContain("sign-in?");
        return browser;
    }

    private static Row page(String route, Outcome... expected) {
        return page(route, route, expected);
    }

    /** A GET of the route as {@code path} asks it, with its query. */
    private static Row page(String route, String path, Outcome... expected) {
        return new Row(route, new Get(path), expected);
    }

    private static Row form(String route, Map<String, String> fields, Outcome... expected) {
        return new Row(route, new Form(route, fields), expected);
    }

    /** A form posted to the route as {@code path} names it. */
    private static Row form(String route, String path, Map<String, String> fields, Outcome... expected) {
        return new Row(route, new Form(path, fields), expected);
    }

    private static Row json(String route, String body, Outcome... expected) {
        return new Row(route, new Json(route, body), expected);
    }

    private static Row upload(String route, String fileField, Map<String, String> fields, Outcome... expected) {
        return new Row(route, new Upload(route, fields, fileField), expected);
    }
}
