package org.hearth.server.evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.hearth.engine.outlook.FamilyOutlook;
import org.hearth.engine.outlook.OutcomeOutlook;

/**
 * A family's outlook as stored beside its decision: one object per outcome not yet met, with {@code problem_id},
 * {@code outcome_id}, {@code status} (on the review date), {@code earliest_met_on} (or null), {@code
 * waits_for_sign_off}, {@code waits_for_figures} (undated, it reads figures reported when a term or period ends,
 * which only a later extract brings) and {@code still_missing} (why not by the outlook's last day, or null). Why it is
 * not met on the review date is the outcome's explanation in the decision stored beside it, and is not written again
 * here; outlooks stored before have it as {@code missing}, which nothing reads. Outlooks stored before {@code
 * waits_for_figures} was written lack it: read its absence as false.
 */
final class OutlookJson {
    private static final JsonFactory JSON = new JsonFactory();

    private OutlookJson() {
    }

    static String of(FamilyOutlook outlook) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartArray();
            for (OutcomeOutlook outcome : outlook.outcomes()) {
                json.writeStartObject();
                json.writeStringField("problem_id", outcome.problemId());
                json.writeStringField("outcome_id", outcome.outcomeId());
                json.writeStringField("status", outcome.statusOnReviewDate().code());
                json.writeStringField("earliest_met_on", outcome.earliestMetOn() == null ? null : outcome.earliestMetOn().toString());
                json.writeBooleanField("waits_for_sign_off", outcome.waitsForSignOff());
                json.writeBooleanField("waits_for_figures", outcome.waitsForFigures());
                json.writeStringField("still_missing", outcome.stillMissing() == null ? null : outcome.stillMissing().text());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
