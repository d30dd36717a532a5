package org.hearth.server.protection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.hearth.engine.HearthException;
import org.hearth.server.ReviewDate;
import org.hearth.server.ReadSnapshot;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.family.FamilyDecision;
import org.hearth.server.ingest.StoredFields;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.web.TaggedPdf;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A subject access request answered in one action: everything Hearth holds about a person ({@link SubjectAccessPack}),
 * read in one snapshot, as a ZIP of the same pack as JSON (machine-readable) and as a PDF (to read and redact), audited
 * as "subject access pack" under the person's id. The pack is for the authority's information governance team, who
 * review it before it goes to the person: it holds what Hearth holds about their families too, and so about others.
 */
@Service
public class SubjectAccess {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ROWS = """
            select s.file, s.fields::text as fields, s.source, s.import_id, s.line, i.started_at, s.ended_by, s.end_reason
            from stored_row s join data_import i on i.id = s.import_id
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final ReviewDate reviewDate;
    private final AuditLog audit;
    private final TaggedPdf pdf;
    private final Clock clock = Clock.systemUTC();

    SubjectAccess(JdbcTemplate jdbc, PlatformTransactionManager transactions, ReviewDate reviewDate, AuditLog audit,
                  TaggedPdf pdf) {
        this.jdbc = jdbc;
        this.snapshot = ReadSnapshot.of(transactions);
        this.reviewDate = reviewDate;
        this.audit = audit;
        this.pdf = pdf;
    }

    /** The ZIP a coordinator downloads: {@code subject-access-ID.json} and {@code .pdf}. */
    public record Download(String fileName, byte[] zip, SubjectAccessPack pack) {
    }

    /**
     * The pack of the person with this id, as JSON and PDF in one ZIP, audited.
     *
     * @throws HearthException when Hearth holds no one with the id
     */
    public Download produce(CurrentUser by, String personId) {
        if (by.organisation() != null) {
            throw new HearthException("Subject access is the authority's own duty: a partner organisation's user cannot "
                    + "produce a pack");
        }
        SubjectAccessPack pack = snapshot.execute(status -> pack(by, personId.strip()));
        String name = "subject-access-" + pack.personId().replaceAll("[^A-Za-z0-9_-]", "_");
        byte[] json;
        try {
            json = JSON.writeValueAsBytes(pack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] document = pdf.render("protection/subject-access", Map.of("pack", pack), "the subject access pack");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(name + ".json"));
            zip.write(json);
            zip.putNextEntry(new ZipEntry(name + ".pdf"));
            zip.write(document);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(by.username(), "subject access pack", pack.personId(), pack.person().size() + pack.records().size()
                + " rows about them, " + pack.families().size() + " families, " + pack.audit().size() + " audit entries");
        return new Download(name + ".zip", bytes.toByteArray(), pack);
    }

    private SubjectAccessPack pack(CurrentUser by, String personId) {
        List<SubjectAccessPack.HeldRow> own = jdbc.query(ROWS + " where s.person_id = ? order by s.file, s.id", SubjectAccess::row,
                personId);
        if (own.isEmpty()) {
            throw new HearthException("Hearth holds no one with the id " + personId + ": give the person's id as their "
                    + "family's page lists its members");
        }
        List<SubjectAccessPack.HeldRow> person = own.stream().filter(row -> row.file().equals("people.csv")).toList();
        List<SubjectAccessPack.HeldRow> records = own.stream().filter(row -> !row.file().equals("people.csv")).toList();
        Set<String> recordIds = new java.util.HashSet<>();
        records.forEach(row -> {
            if (row.values().get("record_id") != null) {
                recordIds.add(row.values().get("record_id"));
            }
        });
        List<String> familyIds = jdbc.queryForList("""
                select distinct family_id from stored_row where person_id = ? and file = 'memberships.csv' order by 1""",
                String.class, personId);
        List<SubjectAccessPack.Family> families = new ArrayList<>();
        for (String familyId : familyIds) {
            families.add(family(familyId, recordIds));
        }
        List<String> subjects = new ArrayList<>(familyIds);
        subjects.add(personId);
        List<SubjectAccessPack.AuditLine> trail = jdbc.query("""
                select id, at, username, action, subject, detail from audit_entry where subject = any(?) order by id""",
                (row, number) -> new SubjectAccessPack.AuditLine(row.getLong("id"),
                        row.getObject("at", OffsetDateTime.class).toInstant(), row.getString("username"), row.getString("action"),
                        row.getString("subject"), row.getString("detail")), (Object) subjects.toArray(String[]::new));
        return new SubjectAccessPack(personId, reviewDate.today(), clock.instant(), by.displayName() + " (" + by.username()
                + ")", person, records, families, trail);
    }

    private SubjectAccessPack.Family family(String familyId, Set<String> recordIds) {
        List<SubjectAccessPack.HeldRow> rows = jdbc.query(ROWS + " where s.family_id = ? and s.person_id is null order by s.file, s.id",
                SubjectAccess::row, familyId);
        List<String> decisions = jdbc.queryForList("""
                select e.result::text from current_decision d
                join family_evaluation e on e.run_id = d.run_id and e.family_id = d.family_id where d.family_id = ?""",
                String.class, familyId);
        FamilyDecision decision = decisions.isEmpty() ? null : FamilyDecision.parse(decisions.get(0));
        List<String> citing = new ArrayList<>();
        if (decision != null) {
            for (FamilyDecision.Problem problem : decision.problems()) {
                for (FamilyDecision.Outcome outcome : problem.outcomes()) {
                    // Cited as KIND/record id (EvaluationJson).
                    if (outcome.cited() != null && outcome.cited().stream()
                            .anyMatch(cited -> recordIds.contains(cited.substring(cited.indexOf('/') + 1)))) {
                        citing.add(outcome.id());
                    }
                }
            }
        }
        long evaluations = jdbc.queryForObject("select count(*) from family_evaluation where family_id = ?", Long.class,
                familyId);
        List<Map<String, Object>> answers = jdbc.queryForList("""
                select id, person_id, plan_id, question, answer, evidence, assessed_on, assessed_by, recorded_at, state,
                       decided_by, decided_at, return_reason
                from worker_answer where family_id = ? order by id""", familyId);
        List<Map<String, Object>> claims = jdbc.queryForList("""
                select id, batch_id, phase, route, state, as_of, prepared_by, audit_decision, decided_by, decided_at
                from claim where family_id = ? order by id""", familyId);
        List<Map<String, Object>> corrections = jdbc.queryForList("""
                select id, kind, file, record_id, person_id, corrections::text as corrections, reason, requested_by,
                       requested_at, state, decided_by, decided_at, decision_reason
                from correction_request where family_id = ? order by id""", familyId);
        return new SubjectAccessPack.Family(familyId, rows, decision, citing, evaluations, plain(answers), plain(claims),
                plain(corrections));
    }

    /** Database values as JSON and the PDF write them: dates and times as ISO text. */
    private static List<Map<String, Object>> plain(List<Map<String, Object>> rows) {
        List<Map<String, Object>> plain = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> values = new LinkedHashMap<>();
            row.forEach((column, value) -> values.put(column, value instanceof java.util.Date || value instanceof
                    java.time.temporal.Temporal ? value.toString() : value));
            plain.add(values);
        }
        return plain;
    }

    private static SubjectAccessPack.HeldRow row(ResultSet row, int number) throws SQLException {
        Map<String, String> values = StoredFields.of(row.getString("fields"));
        return new SubjectAccessPack.HeldRow(row.getString("file"), values, row.getString("source"), row.getLong("import_id"),
                row.getLong("line"), row.getObject("started_at", OffsetDateTime.class).toInstant(),
                row.getObject("ended_by", Long.class), row.getString("end_reason"));
    }
}
