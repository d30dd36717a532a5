package org.hearth.engine.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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
 * <p>{@link Content#DECISIONS} leaves every explanation out (the family's {@code eligibility}, a problem's
 * {@code indicator_explanations} and {@code progress}, an outcome's and the claim's {@code explanation} and
 * {@code cited}), and says so in a top-level {@code "explanations" : "none"}: the decisions alone, which are cheap,
 * without the contract's {@code explanation}.
 *
 * <p>Each family's part of the document is written by {@link #part} on the thread that evaluated it, and added
 * to the document in family order by {@link #write}, so a whole authority's result is never held as text and
 * the words of the explanations are put together on every core.
 */
public final class EvaluationJson implements AutoCloseable {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final byte[] FIRST_FAMILY = " ".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT_FAMILY = ", ".getBytes(StandardCharsets.UTF_8);

    /** What the document says of each decision. */
    public enum Content {
        /** Every decision with its explanation and cited records: the contract's full form. */
        DECISIONS_AND_EXPLANATIONS,
        /** The decisions alone: no explanation and no cited record. */
        DECISIONS
    }

    private final OutputStream out;
    private final JsonGenerator json;
    private final Content content;
    private boolean anyFamily;

    /** Starts the document for the plan and review date, from a whole data folder, with every explanation. */
    public EvaluationJson(OutputStream out, Plan plan, LocalDate asOf) {
        this(out, plan, asOf, DataUsed.WHOLE_FOLDER, Content.DECISIONS_AND_EXPLANATIONS);
    }

    /**
     * Starts the document for the plan and review date, saying what data it was made from ({@code data}:
     * {@code complete}, {@code rows_left_out}, {@code reasons}, {@code left_out_list}); call {@link #part} and
     * {@link #write} for each family, then close.
     */
    public EvaluationJson(OutputStream out, Plan plan, LocalDate asOf, DataUsed data, Content content) {
        this.out = out;
        this.content = content;
        try {
            json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM); // the families go to the stream between
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeObjectFieldStart("plan");
            json.writeStringField("id", plan.id());
            json.writeStringField("version", plan.version());
            json.writeStringField("authority", plan.authority());
            json.writeStringField("title", plan.title());
            json.writeEndObject();
            json.writeStringField("as_of", asOf.toString());
            if (content == Content.DECISIONS) {
                json.writeStringField("explanations", "none");
            }
            json.writeObjectFieldStart("data");
            json.writeBooleanField("complete", data.complete());
            json.writeNumberField("rows_left_out", data.rowsLeftOut());
            json.writeNumberField("reasons", data.reasons());
            json.writeStringField("left_out_list", data.leftOutList());
            json.writeEndObject();
            json.writeArrayFieldStart("families");
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One family's part of the document, as UTF-8, laid out as it stands in the families array. Safe to call on
     * many threads at once; {@link #write} adds it to the document.
     */
    public byte[] part(FamilyEvaluation family) {
        boolean explained = content == Content.DECISIONS_AND_EXPLANATIONS;
        if (explained) {
            family.explanationsWorkedOut();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(explained ? 8_192 : 2_048);
        try (JsonGenerator part = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            part.setPrettyPrinter(new InFamilies());
            write(part, family, explained);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Adds a family's {@link #part} to the document, after the families written before it. */
    public void write(byte[] part) {
        try {
            out.write(anyFamily ? NEXT_FAMILY : FIRST_FAMILY);
            out.write(part);
            anyFamily = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One family's evaluation as a JSON object on its own, as {@link #family} writes it in the document. */
    public static String familyJson(FamilyEvaluation family) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            write(json, family, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator json, FamilyEvaluation family, boolean explained) throws IOException {
        json.writeStartObject();
        json.writeStringField("family_id", family.familyId());
        json.writeBooleanField("eligible", family.eligible());
        if (explained) {
            json.writeStringField("eligibility", family.eligibility().text());
        }
        writeNullable(json, "intervention_id", family.interventionId());
        json.writeStringField("identified_on", family.identifiedOn().toString());
        json.writeArrayFieldStart("problems");
        for (ProblemEvaluation problem : family.problems()) {
            problem(json, problem, explained);
        }
        json.writeEndArray();
        json.writeObjectFieldStart("claim");
        json.writeBooleanField("claimable", family.claim().claimable());
        writeNullable(json, "route", family.claim().route() == null ? null : family.claim().route().code());
        if (explained) {
            json.writeStringField("explanation", family.claim().explanation().text());
            cited(json, family.claim().explanation());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void problem(JsonGenerator json, ProblemEvaluation problem, boolean explained) throws IOException {
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
        if (explained && problem.identified()) {
            json.writeObjectFieldStart("indicator_explanations");
            for (IndicatorResult indicator : problem.indicators()) {
                if (indicator.met()) {
                    json.writeStringField(indicator.indicatorId(), indicator.result().explanation().text());
                }
            }
            json.writeEndObject();
        }
        json.writeBooleanField("progress_met", problem.progressMet());
        if (explained) {
            json.writeStringField("progress", problem.progress().text());
        }
        json.writeArrayFieldStart("outcomes");
        for (OutcomeResult outcome : problem.outcomes()) {
            json.writeStartObject();
            json.writeStringField("id", outcome.outcomeId());
            json.writeBooleanField("met", outcome.met());
            json.writeStringField("status", outcome.status().code());
            json.writeBooleanField("relevant", outcome.relevant());
            if (explained) {
                json.writeStringField("explanation", outcome.explanation().text());
                cited(json, outcome.explanation());
            }
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

    /** The document's layout as it stands at a family: inside the top-level object, so objects one deeper. */
    private static final class InFamilies extends DefaultPrettyPrinter {
        InFamilies() {
            _nesting = 1;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new InFamilies();
        }
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
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
