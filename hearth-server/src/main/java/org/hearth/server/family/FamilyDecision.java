package org.hearth.server.family;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import org.hearth.engine.measure.Status;

/**
 * A family's stored decision (the evaluate command's JSON for it, docs/architecture.md "Contracts") as the family
 * page, the evidence pack and a claim's frozen evidence (org.hearth.server.claims) read it. Fields none of them shows
 * are passed over, so the JSON may grow.
 */
public record FamilyDecision(String familyId, boolean eligible, String eligibility, String interventionId, String identifiedOn,
                      List<Problem> problems, Claim claim) {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static FamilyDecision parse(String json) {
        try {
            return JSON.readValue(json, FamilyDecision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored decision is not the evaluation's JSON", e);
        }
    }

    /** The ids of the problems the decision identified. */
    public Set<String> identifiedProblems() {
        return problems.stream().filter(Problem::identified).map(Problem::id).collect(Collectors.toSet());
    }

    /** @param indicatorExplanations why each indicator that identified the problem was met, by indicator id */
    public record Problem(String id, boolean identified, List<String> identifiedBy, String identifiedOn, boolean emerged,
                   Map<String, String> indicatorExplanations, boolean progressMet, String progress, List<Outcome> outcomes) {
    }

    /** @param status the engine's {@link Status}, as the JSON spells it ({@code not_met}) */
    public record Outcome(String id, boolean met, String status, boolean relevant, String explanation, List<String> cited) {

        /** "met", "not met", "too early", "not applicable": the engine's words for the status. */
        public String statusWords() {
            return engineStatus().words();
        }

        /** The GOV.UK tag colour that sets the status apart; every status also says itself in words. */
        public String tagColour() {
            return switch (engineStatus()) {
                case MET -> "govuk-tag--green";
                case NOT_MET -> "govuk-tag--yellow";
                case TOO_EARLY -> "govuk-tag--blue";
                case NOT_APPLICABLE -> "govuk-tag--grey";
            };
        }

        private Status engineStatus() {
            return Status.ofCode(status);
        }
    }

    /** @param cited the records the claim's own explanation cites (a claim route's further test: a signed-off answer) */
    public record Claim(boolean claimable, String route, String explanation, List<String> cited) {

        /** The route in words ("significant and sustained progress"), or null when there is no claim. */
        public String routeWords() {
            return route == null ? null : route.replace('_', ' ');
        }
    }
}
