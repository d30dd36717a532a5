package org.hearth.engine.evaluation;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.hearth.engine.explain.Explanation;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * Writes evaluations as the JSON document other tools rely on (DESIGN.md, "Contracts"): one object
 * with {@code plan}, {@code as_of}, {@code data} (what data it was made from: {@link DataUsed}) and
 * {@code families}, each family with {@code family_id},
 * {@code eligible}, {@code problems} ({@code id, identified, identified_by, progress_met, outcomes:
 * [{id, met, explanation}]}) and {@code claim} ({@code claimable, route}). Further fields add detail
 * (statuses, dates, cited records: an outcome's, and the claim's own, such as the signed-off answer a claim route's
 * further test read) and never change the meaning of those.
 *
 * <p>Families are streamed one at a time, so a whole authority's result is never held as text.
 */
public final class EvaluationJson implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator json;

    /** Starts the document for the plan and review date, from a whole data folder. */
    public EvaluationJson(OutputStream out, Plan plan, LocalDate asOf) {
        this(out, plan, asOf, DataUsed.WHOLE_FOLDER);
    }

    /**
     * Starts the document for the plan and review date, saying what data it was made from ({@code data}:
     * {@code complete}, {@code rows_left_out}, {@code reasons}, {@code left_out_list}); call {@link #family}
     * for each family, then close.
     */
    public EvaluationJson(OutputStream out, Plan plan, LocalDate asOf, DataUsed data) {
        try {
            json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("plan");
            json.writeStringField("id", plan.id());
            json.writeStringField("version", plan.version());
            json.writeStringField("authority", plan.authority());
            json.writeStringField("title", plan.title());
            json.writeEndObject();
            json.writeStringField("as_of", asOf.toString());
            json.writeObjectFieldStart("data");
            json.writeBooleanField("complete", data.complete());
            json.writeNumberField("rows_left_out", data.rowsLeftOut());
            json.writeNumberField("reasons", data.reasons());
            json.writeStringField("left_out_list", data.leftOutList());
            json.writeEndObject();
            json.writeArrayFieldStart("families");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one family's evaluation. */
    public void family(FamilyEvaluation family) {
        try {
            write(json, family);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One family's evaluation as a JSON object on its own, as {@link #family} writes it in the document. */
    public static String familyJson(FamilyEvaluation family) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            write(json, family);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, FamilyEvaluation family) throws IOException {
        json.writeStartObject();
        json.writeStringField("family_id", family.familyId());
        json.writeBooleanField("eligible", family.eligible());
        json.writeStringField("eligibility", family.eligibility().text());
        writeNullable(json, "intervention_id", family.interventionId());
        json.writeStringField("identified_on", family.identifiedOn().toString());
        json.writeArrayFieldStart("problems");
        for (ProblemEvaluation problem : family.problems()) {
            problem(json, problem);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("claim");
        json.writeBooleanField("claimable", family.claim().claimable());
        writeNullable(json, "route", family.claim().route() == null ? null : family.claim().route().code());
        json.writeStringField("explanation", family.claim().explanation().text());
        cited(json, family.claim().explanation());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void problem(JsonGenerator json, ProblemEvaluation problem) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", problem.problemId());
        json.writeBooleanField("identified", problem.identified());
        json.writeArrayFieldStart("identified_by");
        for (String id : problem.identifiedBy()) {
            json.writeString(id);
        }
        json.writeEndArray();
        writeNullable(json, "identified_on", problem.identifiedOn() == null ? null : problem.identifiedOn().toString());
        json.writeBooleanField("emerged", problem.emerged());
        if (problem.identified()) {
            json.writeObjectFieldStart("indicator_explanations");
            for (IndicatorResult indicator : problem.indicators()) {
                if (indicator.met()) {
                    json.writeStringField(indicator.indicatorId(), indicator.result().explanation().text());
                }
            }
            json.writeEndObject();
        }
        json.writeBooleanField("progress_met", problem.progressMet());
        json.writeStringField("progress", problem.progress().text());
        json.writeArrayFieldStart("outcomes");
        for (OutcomeResult outcome : problem.outcomes()) {
            json.writeStartObject();
            json.writeStringField("id", outcome.outcomeId());
            json.writeBooleanField("met", outcome.met());
            json.writeStringField("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
            json.writeBooleanField("relevant", outcome.relevant());
            json.writeStringField("explanation", outcome.explanation().text());
            cited(json, outcome.explanation());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void cited(JsonGenerator json, Explanation explanation) throws IOException {
        List<TimelineRecord> records = explanation.cited();
        if (records.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("cited");
        for (TimelineRecord record : records) {
            json.writeString(record.kind().name() + "/" + record.recordId());
        }
        json.writeEndArray();
    }

    private static void writeNullable(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    /** Ends the document and flushes it; does not close the underlying stream. */
    @Override
    public void close() {
        try {
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
