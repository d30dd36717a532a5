package org.hearth.server.claims;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.hearth.server.family.HeldRecord;

/**
 * Everything a claim rests on, frozen when it was prepared (docs/claims.md, What a claim freezes), so that later data
 * cannot change what was claimed: one value, stored as the exact JSON text whose SHA-256 the claim keeps. It is what the
 * claim page and the auditor read, and what a printed evidence pack is to be made from: nothing here needs the
 * database.
 *
 * @param family the family's row of families.csv (its reference), with its provenance
 * @param members the family's memberships as they stood, with their provenance
 * @param plan the plan version the decision was made under
 * @param asOf the review date (ISO-8601, as the decision JSON gives dates)
 * @param evaluationRun the evaluation run the decision came from
 * @param dataImport the import whose data the run stood on: every record here is as it stood after it
 * @param intervention the intervention the family was engaged in on the review date (interventions.csv), or null
 * @param organisation the organisation the claim is attributed to: the intervention's lead organisation, or null
 * @param claim the plan's claim decision: claimable or not, its route, explanation and the records its own test cited
 * @param problems each problem identified, with the plan's rows (by source_ref) and the decision's explanations
 * @param records every record an explanation cites, by file, with its content and provenance
 * @param answers the signed-off answers among them, with who answered and who signed off (and, for an answer recorded
 *        in Hearth, its evidence)
 * @param decision the decision itself: the evaluate command's JSON for the family, as stored by the run
 */
public record ClaimEvidence(String familyId, HeldRecord family, List<HeldRecord> members, PlanUsed plan, String asOf,
                            long evaluationRun, long dataImport, HeldRecord intervention, String organisation,
                            boolean eligible, String eligibility, ClaimDecided claim, List<ProblemEvidence> problems,
                            Map<String, List<HeldRecord>> records, List<SignedOffAnswer> answers, JsonNode decision) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The plan version a decision was made under, with the SHA-256 of its file. */
    public record PlanUsed(long versionId, String id, String version, String title, String authority, String sha256,
                           String inForceFrom) {
    }

    /**
     * The plan's claim decision for the family.
     *
     * @param routeDescription the plan's words for the route (its claim_routes entry), or null
     * @param cited the records the claim's own further test cited ({@code worker_assessments/HEARTH-WA-7})
     */
    public record ClaimDecided(boolean claimable, String route, String routeDescription, String explanation,
                               List<String> cited) {
    }

    /** A problem identified, the plan's row for it and what the decision found. */
    public record ProblemEvidence(String id, String name, String sourceRef, String identifiedOn, boolean emerged,
                                  List<IndicatorEvidence> identifiedBy, boolean progressMet, String progress,
                                  List<OutcomeEvidence> outcomes) {
    }

    /** An indicator that identified the problem: the plan's row and why it was met. */
    public record IndicatorEvidence(String id, String description, String sourceRef, String explanation) {
    }

    /**
     * An outcome of the problem: the plan's row, its status and explanation, and the records it cites
     * ({@code file-name/record-id}, each in {@link ClaimEvidence#records}).
     */
    public record OutcomeEvidence(String id, String description, String sourceRef, String status, boolean met,
                                  boolean relevant, String explanation, List<String> cited) {
    }

    /**
     * A key worker's signed-off answer that an explanation cites, as its worker_assessments.csv row gives it; for one
     * recorded in Hearth ({@code HEARTH-WA-n}), also the answer's evidence and when it was signed off.
     */
    public record SignedOffAnswer(String recordId, String question, String answer, String assessedOn, String assessedBy,
                                  String signedOffOn, String signedOffBy, Long answerId, String evidence,
                                  String signedOffAt) {
    }

    /** The exact text stored and hashed. */
    public String json() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a claim's evidence is always JSON", e);
        }
    }

    /** The evidence as stored ({@link #json}). */
    public static ClaimEvidence parse(String json) {
        try {
            return JSON.readValue(json, ClaimEvidence.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a claim's stored evidence is not its JSON", e);
        }
    }

    /** Every outcome met, of every problem, in the plan's order. */
    public List<String> outcomesMet() {
        return problems.stream().flatMap(problem -> problem.outcomes().stream()).filter(OutcomeEvidence::met)
                .map(OutcomeEvidence::id).toList();
    }
}
