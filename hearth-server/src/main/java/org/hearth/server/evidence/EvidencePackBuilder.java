package org.hearth.server.evidence;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.engine.plan.Indicator;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Problem;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.server.casework.Answer;
import org.hearth.server.casework.Answers;
import org.hearth.server.evidence.EvidencePack.CitedRecord;
import org.hearth.server.evidence.EvidencePack.IndicatorEvidence;
import org.hearth.server.evidence.EvidencePack.Member;
import org.hearth.server.evidence.EvidencePack.OutcomeEvidence;
import org.hearth.server.evidence.EvidencePack.PlanProblem;
import org.hearth.server.evidence.EvidencePack.ProblemEvidence;
import org.hearth.server.evidence.EvidencePack.UsedAnswer;
import org.hearth.server.family.FamilyDecision;
import org.hearth.server.family.HeldRecord;

/**
 * Puts an {@link EvidencePack} together from {@link StoredEvidence}: the decision's words as the engine wrote them,
 * the plan's rows beside them, and each record an outcome's explanation cites ({@code kind/record id}) looked up
 * among those held, a key worker's answer with the case record it came from.
 */
final class EvidencePackBuilder {
    private static final String ANSWERS = RecordKind.WORKER_ASSESSMENTS.name();

    private final StoredEvidence stored;
    private final Plan plan;
    /** The records held, by file and id. */
    private final Map<String, Map<String, HeldRecord>> held = new HashMap<>();
    /** The key workers' answers recorded in Hearth, by the id of the record their sign-off made. */
    private final Map<String, Answer> answers = new HashMap<>();

    EvidencePackBuilder(StoredEvidence stored) {
        this.stored = stored;
        this.plan = stored.plan();
        stored.records().forEach((file, records) -> records.forEach(record ->
                held.computeIfAbsent(file, name -> new HashMap<>()).put(record.recordId(), record)));
        stored.answers().forEach(answer -> answers.put(answer.recordId(), answer));
    }

    EvidencePack build() {
        FamilyDecision decision = FamilyDecision.parse(stored.decision());
        List<ProblemEvidence> identified = new ArrayList<>();
        List<PlanProblem> notIdentified = new ArrayList<>();
        for (FamilyDecision.Problem problem : decision.problems()) {
            Problem planned = plan.problem(problem.id());
            String name = planned == null ? "" : planned.name();
            if (problem.identified()) {
                identified.add(problem(problem, planned, name));
            } else {
                notIdentified.add(new PlanProblem(problem.id(), name));
            }
        }
        return new EvidencePack(stored.familyId(), stored.reference(), plan.authority(), stored.standing(), members(),
                decision.eligible(), decision.eligibility(), decision.interventionId(), decision.identifiedOn(),
                decision.claim(), identified, notIdentified, stored.frozenFor());
    }

    private List<Member> members() {
        LocalDate asOf = stored.standing().asOf();
        return stored.memberships().stream().map(membership -> new Member(membership.personId(), membership.role(),
                membership.from(), membership.to(), ageOn(membership.bornOn(), asOf))).toList();
    }

    /** Whole years from birth to the day: a birthday on the day counts. Null when unknown or not yet born. */
    static Integer ageOn(LocalDate bornOn, LocalDate day) {
        return bornOn == null || bornOn.isAfter(day) ? null : Period.between(bornOn, day).getYears();
    }

    private ProblemEvidence problem(FamilyDecision.Problem problem, Problem planned, String name) {
        List<IndicatorEvidence> indicators = new ArrayList<>();
        for (String id : problem.identifiedBy()) {
            Indicator indicator = planned == null ? null : planned.indicator(id);
            indicators.add(new IndicatorEvidence(id, indicator == null ? "" : indicator.description(),
                    problem.indicatorExplanations().getOrDefault(id, ""), indicator == null ? "" : indicator.sourceRef(),
                    indicator == null ? List.of() : indicator.decisions()));
        }
        List<OutcomeEvidence> outcomes = problem.outcomes().stream().map(this::outcome).toList();
        return new ProblemEvidence(problem.id(), name, planned == null ? "" : planned.sourceRef(), problem.identifiedOn(),
                problem.emerged(), indicators, problem.progressMet(), problem.progress(), outcomes);
    }

    private OutcomeEvidence outcome(FamilyDecision.Outcome outcome) {
        Outcome planned = plan.outcome(outcome.id());
        List<CitedRecord> records = new ArrayList<>();
        List<UsedAnswer> used = new ArrayList<>();
        // An explanation may cite a record twice (in a baseline and in a review window): the pack shows it once.
        for (String cited : outcome.cited() == null ? Set.<String>of() : new LinkedHashSet<>(outcome.cited())) {
            int slash = cited.indexOf('/');
            String kind = cited.substring(0, slash);
            String recordId = cited.substring(slash + 1);
            HeldRecord record = held.getOrDefault(kind + ".csv", Map.of()).get(recordId);
            if (kind.equals(ANSWERS) && record != null) {
                used.add(answer(record));
            } else {
                records.add(new CitedRecord(kind + ".csv", recordId, record));
            }
        }
        return new OutcomeEvidence(outcome.id(), planned == null ? "" : planned.description(), outcome.statusWords(),
                outcome.relevant(), outcome.explanation(), planned == null ? "" : planned.sourceRef(),
                planned == null ? List.of() : planned.evidence(), planned == null ? List.of() : planned.decisions(),
                records, used);
    }

    /** A worker_assessments row as the answer it is, with its case record when it was recorded in Hearth. */
    private UsedAnswer answer(HeldRecord row) {
        Map<String, String> fields = row.fields();
        Answer recorded = answers.get(row.recordId());
        String question = fields.get("question");
        return new UsedAnswer(row.recordId(), question, Answers.Question.of(plan, question).text(),
                Boolean.parseBoolean(fields.get("answer")), fields.get("person_id"), fields.get("assessed_on"),
                fields.get("assessed_by"), fields.get("signed_off_on"), fields.get("signed_off_by"),
                recorded == null ? null : recorded.decidedAt(), recorded == null ? null : recorded.evidence(),
                recorded == null ? null : recorded.recordedAt(), row.provenance());
    }
}
