package org.hearth.server.family;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An outcome's outlook as the family page shows it beside the outcome: the day it would be met if nothing new were
 * recorded, or that it waits for a signed-off answer, or for figures only a later extract brings (a later term's
 * attendance, a later period's earnings: the engine's {@code waitsForFigures}), or what it would still lack at the end
 * of the outlook.
 */
record OutcomeOutlookView(LocalDate metOn, boolean waitsForSignOff, boolean waitsForFigures, String stillMissing) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The stored outlook (evaluation.OutlookJson) by outcome id; empty when there is none. */
    static Map<String, OutcomeOutlookView> byOutcome(String stored) {
        Map<String, OutcomeOutlookView> views = new LinkedHashMap<>();
        if (stored == null) {
            return views;
        }
        try {
            for (JsonNode outcome : JSON.readTree(stored)) {
                JsonNode metOn = outcome.path("earliest_met_on");
                views.put(outcome.path("outcome_id").asText(), new OutcomeOutlookView(
                        metOn.isTextual() ? LocalDate.parse(metOn.asText()) : null,
                        outcome.path("waits_for_sign_off").asBoolean(), outcome.path("waits_for_figures").asBoolean(),
                        outcome.path("still_missing").isTextual() ? outcome.path("still_missing").asText() : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return views;
    }
}
