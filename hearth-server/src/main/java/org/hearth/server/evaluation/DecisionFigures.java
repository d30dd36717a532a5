package org.hearth.server.evaluation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.hearth.engine.evaluation.FamilyEvaluation;
import org.hearth.engine.evaluation.OutcomeResult;
import org.hearth.engine.evaluation.ProblemEvaluation;

/**
 * The figures of a decision that the reports count, stored beside the decision as {@code family_evaluation.figures}
 * (jsonb, so that the reports' queries reach into it): the day of identification and the intervention engaged
 * ({@code identified_on}, {@code intervention_id}), and each problem's {@code id}, {@code identified} and {@code
 * identified_on} with its outcomes' {@code id}, {@code relevant} and {@code status}; the same names and values as the
 * decision's own JSON. The decision itself, with its explanations (about 7 KB a family), is stored as json, which
 * PostgreSQL keeps as written instead of taking it apart (migration V19).
 */
final class DecisionFigures {
    private static final JsonFactory JSON = new JsonFactory();

    private DecisionFigures() {
    }

    static String of(FamilyEvaluation family) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("identified_on", family.identifiedOn().toString());
            json.writeStringField("intervention_id", family.interventionId());
            json.writeArrayFieldStart("problems");
            for (ProblemEvaluation problem : family.problems()) {
                json.writeStartObject();
                json.writeStringField("id", problem.problemId());
                json.writeBooleanField("identified", problem.identified());
                json.writeStringField("identified_on", problem.identifiedOn() == null ? null : problem.identifiedOn().toString());
                json.writeArrayFieldStart("outcomes");
                for (OutcomeResult outcome : problem.outcomes()) {
                    json.writeStartObject();
                    json.writeStringField("id", outcome.outcomeId());
                    json.writeBooleanField("relevant", outcome.relevant());
                    json.writeStringField("status", outcome.status().code());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
