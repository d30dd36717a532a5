package org.hearth.server.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.engine.HearthException;
import org.hearth.engine.plan.ClaimRoute;
import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.server.family.FamilyDecision;
import org.hearth.server.family.HeldRecord;
import org.hearth.server.plan.PlanVersion;
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.plan.PlansInUse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Copies what a family's current decision rests on into a {@link ClaimEvidence}: the decision and its run, the plan's
 * rows for each problem, indicator and outcome, and every record it cites, each record as it stood after the import the
 * run's data came from (so a later extract that replaced it changes nothing here), with its provenance.
 */
@Component
class EvidenceFreezer {
    private static final String HEARTH_ANSWER = "HEARTH-WA-";
    /** The row of each file and key as it stood after an import: added by then and not yet ended by then. */
    private static final String AS_OF_IMPORT = """
            select file, row_key as record_id, fields::text as fields, source, import_id, line from stored_row
            where import_id <= ? and (ended_by is null or ended_by > ?) and file = ?""";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final PlanVersions versions;
    private final PlansInUse plans;

    EvidenceFreezer(JdbcTemplate jdbc, PlanVersions versions, PlansInUse plans) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.plans = plans;
    }

    /**
     * The evidence of the family's current decision.
     *
     * @throws HearthException when the family has no decision
     */
    ClaimEvidence freeze(String familyId) {
        List<Map<String, Object>> found = jdbc.queryForList("""
                select c.run_id, e.result::text as result, r.as_of, r.data_import_id, r.plan_version_id, c.lead_organisation
                from current_decision c
                join family_evaluation e on e.run_id = c.run_id and e.family_id = c.family_id
                join evaluation_run r on r.id = c.run_id
                where c.family_id = ?""", familyId);
        if (found.isEmpty()) {
            throw new HearthException("family " + familyId + " has no decision to claim on");
        }
        Map<String, Object> current = found.get(0);
        long dataImport = ((Number) current.get("data_import_id")).longValue();
        PlanVersion version = versions.get(((Number) current.get("plan_version_id")).longValue());
        Plan plan = plans.plan(version.id());
        String result = (String) current.get("result");
        FamilyDecision decision = FamilyDecision.parse(result);

        List<ClaimEvidence.ProblemEvidence> problems = new ArrayList<>();
        Set<String> cited = new LinkedHashSet<>(decision.claim().cited() == null ? List.of() : decision.claim().cited());
        for (FamilyDecision.Problem problem : decision.problems()) {
            if (problem.identified()) {
                problems.add(problem(plan.problem(problem.id()), problem));
                problem.outcomes().forEach(outcome -> cited.addAll(outcome.cited() == null ? List.of() : outcome.cited()));
            }
        }
        Map<String, List<HeldRecord>> records = cited(cited, dataImport);
        return new ClaimEvidence(familyId, single(rows("families.csv", "row_key = ?", familyId, dataImport)),
                HeldRecord.byFile(rows("memberships.csv", "family_id = ?", familyId, dataImport))
                        .getOrDefault("memberships.csv", List.of()),
                new ClaimEvidence.PlanUsed(version.id(), plan.id(), plan.version(), plan.title(), plan.authority(),
                        version.sha256(), version.inForceFrom().toString()),
                current.get("as_of").toString(), ((Number) current.get("run_id")).longValue(), dataImport,
                decision.interventionId() == null ? null
                        : single(rows("interventions.csv", "row_key = ?", decision.interventionId(), dataImport)),
                (String) current.get("lead_organisation"), decision.eligible(), decision.eligibility(),
                new ClaimEvidence.ClaimDecided(decision.claim().claimable(), decision.claim().route(),
                        routeDescription(plan, decision.claim().route()), decision.claim().explanation(),
                        decision.claim().cited() == null ? List.of() : decision.claim().cited()),
                problems, records, answers(records.getOrDefault("worker_assessments.csv", List.of())), tree(result));
    }

    private static ClaimEvidence.ProblemEvidence problem(Problem planned, FamilyDecision.Problem decided) {
        List<ClaimEvidence.IndicatorEvidence> indicators = new ArrayList<>();
        for (String id : decided.identifiedBy()) {
            Indicator indicator = planned == null ? null : planned.indicator(id);
            indicators.add(new ClaimEvidence.IndicatorEvidence(id, indicator == null ? null : indicator.description(),
                    indicator == null ? null : indicator.sourceRef(), decided.indicatorExplanations().get(id)));
        }
        List<ClaimEvidence.OutcomeEvidence> outcomes = new ArrayList<>();
        for (FamilyDecision.Outcome outcome : decided.outcomes()) {
            Outcome row = planned == null ? null : planned.outcomes().stream()
                    .filter(one -> one.id().equals(outcome.id())).findFirst().orElse(null);
            outcomes.add(new ClaimEvidence.OutcomeEvidence(outcome.id(), row == null ? null : row.description(),
                    row == null ? null : row.sourceRef(), outcome.status(), outcome.met(), outcome.relevant(),
                    outcome.explanation(), outcome.cited() == null ? List.of() : outcome.cited()));
        }
        return new ClaimEvidence.ProblemEvidence(decided.id(), planned == null ? null : planned.name(),
                planned == null ? null : planned.sourceRef(), decided.identifiedOn(), decided.emerged(), indicators,
                decided.progressMet(), decided.progress(), outcomes);
    }

    /** The plan's words for the route's first entry in its claim routes, or null. */
    private static String routeDescription(Plan plan, String route) {
        return route == null ? null : plan.programme().claimRoutes().stream()
                .filter(one -> one.route().code().equals(route)).map(ClaimRoute::description).findFirst().orElse(null);
    }

    /** The records cited ({@code file-name/record-id}), by file, as they stood after the import. */
    private Map<String, List<HeldRecord>> cited(Set<String> keys, long dataImport) {
        Map<String, List<String>> idsByFile = new LinkedHashMap<>();
        for (String key : keys) {
            int slash = key.indexOf('/');
            idsByFile.computeIfAbsent(key.substring(0, slash) + ".csv", file -> new ArrayList<>()).add(key.substring(slash + 1));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        idsByFile.keySet().stream().sorted().forEach(file -> rows.addAll(rows(file, "row_key = any(?) order by row_key",
                idsByFile.get(file).toArray(String[]::new), dataImport)));
        return HeldRecord.byFile(rows);
    }

    /** The answers among the records: as their rows give them, and from Hearth's own record for those made here. */
    private List<ClaimEvidence.SignedOffAnswer> answers(List<HeldRecord> assessments) {
        List<ClaimEvidence.SignedOffAnswer> answers = new ArrayList<>();
        for (HeldRecord row : assessments) {
            Map<String, String> fields = row.fields();
            Long answerId = null;
            String evidence = null;
            String signedOffAt = null;
            if (row.recordId().startsWith(HEARTH_ANSWER)) {
                answerId = Long.parseLong(row.recordId().substring(HEARTH_ANSWER.length()));
                Map<String, Object> answer = jdbc.queryForMap("select evidence, decided_at from worker_answer where id = ?",
                        answerId);
                evidence = (String) answer.get("evidence");
                signedOffAt = ((java.sql.Timestamp) answer.get("decided_at")).toInstant().toString();
            }
            answers.add(new ClaimEvidence.SignedOffAnswer(row.recordId(), fields.get("question"), fields.get("answer"),
                    fields.get("assessed_on"), fields.get("assessed_by"), fields.get("signed_off_on"),
                    fields.get("signed_off_by"), answerId, evidence, signedOffAt));
        }
        return answers;
    }

    /**
     * The dates of birth of the people, as people.csv gave them after the import: what a claim's evidence pack needs to
     * give members' ages, read from the rows as they stood then, since a claim freezes no identifying data beyond its
     * members' ids.
     */
    Map<String, LocalDate> bornOn(List<String> personIds, long dataImport) {
        Map<String, LocalDate> born = new HashMap<>();
        HeldRecord.byFile(rows("people.csv", "row_key = any(?)", personIds.toArray(String[]::new), dataImport))
                .getOrDefault("people.csv", List.of()).forEach(person -> {
                    String date = person.fields().get("date_of_birth");
                    if (date != null && !date.isEmpty()) {
                        born.put(person.recordId(), LocalDate.parse(date));
                    }
                });
        return born;
    }

    private List<Map<String, Object>> rows(String file, String which, Object value, long dataImport) {
        return jdbc.queryForList(AS_OF_IMPORT + " and " + which, dataImport, dataImport, file, value);
    }

    private static HeldRecord single(List<Map<String, Object>> rows) {
        List<HeldRecord> held = HeldRecord.byFile(rows).values().stream().flatMap(List::stream).toList();
        return held.isEmpty() ? null : held.get(0);
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision is not JSON", e);
        }
    }
}
