package org.hearth.server.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.family.FamilyFilter;
import org.hearth.server.family.NarrowedDecisions;
import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Identification screening in the server (issue 14, item 4; docs/data-in.md, Identification screening): the families
 * the user may see that the decision they stand on now makes eligible and that are not engaged in an intervention on
 * the review date, most problems first, then by id. Every family imported is evaluated, engaged or not (a family not
 * engaged is identified as at the review date itself), so this is the whole population screened. Each view and
 * download is audited ({@code screening viewed}, {@code screening downloaded}).
 */
@Service
public class ScreeningList {
    /** Families on a page of the list. */
    public static final int PAGE = 100;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final Access access;
    private final PlansInUse plans;
    private final AuditLog audit;

    ScreeningList(JdbcTemplate jdbc, Access access, PlansInUse plans, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.plans = plans;
        this.audit = audit;
    }

    /** A page of the worklist, and how many families it holds in all. */
    public record Page(int number, long total, List<ScreenedFamily> families) {
        public int pages() {
            return (int) Math.max(1, (total + PAGE - 1) / PAGE);
        }
    }

    /** The page (from 1) of the worklist the user may see; the view is audited. */
    public Page page(CurrentUser user, int number) {
        NarrowedDecisions toEngage = toEngage(user);
        long total = jdbc.queryForObject("select count(*) " + toEngage.sql(), Long.class, toEngage.argumentsAnd());
        audit.record(user.username(), "screening viewed", "screening", "page " + number + " of " + total + " families");
        return new Page(number, total, read(toEngage, PAGE, (long) (number - 1) * PAGE));
    }

    /** The whole worklist the user may see, for a download; audited. */
    public List<ScreenedFamily> all(CurrentUser user) {
        List<ScreenedFamily> families = read(toEngage(user), Integer.MAX_VALUE, 0);
        audit.record(user.username(), "screening downloaded", "screening", families.size() + " families");
        return families;
    }

    /** The decisions of the families to engage: eligible, not engaged, and the user's to see. */
    private NarrowedDecisions toEngage(CurrentUser user) {
        NarrowedDecisions eligible = NarrowedDecisions.by(new FamilyFilter(true, null, null, null, null, null, null, null,
                null, FamilyFilter.LARGEST_PAGE, access.familiesVisibleTo(user)));
        return new NarrowedDecisions(eligible.sql() + " and not e.engaged", eligible.arguments());
    }

    private List<ScreenedFamily> read(NarrowedDecisions toEngage, int limit, long offset) {
        List<ScreenedFamily> families = new ArrayList<>();
        jdbc.query("""
                select e.family_id, f.result::text as result, r.plan_version_id, a.key_worker,
                       nullif(s.fields->>'reference', '') as reference
                from (select e.* """ + toEngage.sql() + """
                ) e
                join family_evaluation f on f.run_id = e.run_id and f.family_id = e.family_id
                join evaluation_run r on r.id = e.run_id
                left join family_allocation a on a.family_id = e.family_id and a.ended_at is null
                left join stored_row s on s.file = 'families.csv' and s.row_key = e.family_id and s.ended_by is null
                order by cardinality(e.identified) desc, e.family_id limit ? offset ?""", row -> {
            families.add(new ScreenedFamily(row.getString("family_id"), row.getString("reference"),
                    problems(plans.plan(row.getLong("plan_version_id")), row.getString("result")),
                    row.getString("key_worker")));
        }, toEngage.argumentsAnd(limit, offset));
        return families;
    }

    /** The problems the decision identified, in the plan's order, each with the indicators it names as met. */
    private static List<ScreenedFamily.ScreenedProblem> problems(Plan plan, String result) {
        List<ScreenedFamily.ScreenedProblem> problems = new ArrayList<>();
        try {
            for (JsonNode problem : JSON.readTree(result).path("problems")) {
                if (problem.path("identified").asBoolean()) {
                    List<ScreenedFamily.MetIndicator> indicators = new ArrayList<>();
                    for (JsonNode id : problem.path("identified_by")) {
                        indicators.add(new ScreenedFamily.MetIndicator(id.asText(),
                                problem.path("indicator_explanations").path(id.asText()).asText(null)));
                    }
                    Problem planned = plan.problem(problem.path("id").asText());
                    problems.add(new ScreenedFamily.ScreenedProblem(problem.path("id").asText(),
                            planned == null ? "" : planned.name(), indicators));
                }
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision is not JSON", e);
        }
        return problems;
    }
}
