package org.hearth.server.protection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.hearth.server.audit.AuditLog;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.ingest.ImportMadeInHearth;
import org.hearth.server.ingest.ImportRejectedException;
import org.hearth.server.ingest.StoredData;
import org.hearth.server.ingest.StoredFields;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Requests to correct a record or to erase a person's records (docs/data-protection.md, "Correcting and erasing"),
 * made from the page of a family the user sees, about the family's own records and its members, with a reason; each
 * audited, none changing anything until another user approves it ({@link Corrections}). A correction is tried first:
 * the family's rows are read with it, as its approval will read them, in a transaction then rolled back, so that a
 * value the data format refuses is refused here, with the reader's reason, and not only at approval.
 */
@Service
public class CorrectionRequests {
    private static final String COLUMNS = """
            select id, kind, family_id, file, record_id, person_id, corrections::text, reason, requested_by, requested_at,
                   state, decided_by, decided_at, decision_reason, import_id from correction_request
            """;

    private final JdbcTemplate jdbc;
    /** A correction tried, then undone. */
    private final TransactionTemplate trial;
    /** A request stored with its audit entry, both or neither. */
    private final TransactionTemplate writing;
    private final Access access;
    private final Rectification rectification;
    private final StoredData stored;
    private final AuditLog audit;
    private final FamilyDirectory directory;

    CorrectionRequests(JdbcTemplate jdbc, PlatformTransactionManager transactions, Access access,
                       Rectification rectification, StoredData stored, AuditLog audit, FamilyDirectory directory) {
        this.jdbc = jdbc;
        this.trial = new TransactionTemplate(transactions);
        this.writing = new TransactionTemplate(transactions);
        this.access = access;
        this.rectification = rectification;
        this.stored = stored;
        this.audit = audit;
        this.directory = directory;
    }

    /**
     * The family's record, to correct: one of the family's own rows, or one about a member.
     *
     * @throws InvalidCorrectionException when the user may not ask, or the family holds no such current record
     */
    public Rectification.Row record(CurrentUser by, String familyId, String file, String recordId) {
        mayAsk(by, familyId);
        Rectification.Row row = file == null || recordId == null ? null : rectification.current(file, recordId);
        String person = row == null ? null : personOf(row);
        if (row == null || !familyId.equals(row.familyId()) && (person == null || !directory.hasMember(familyId, person))) {
            throw new InvalidCorrectionException("", "The family holds no current record " + recordId + " in " + file);
        }
        return row;
    }

    /**
     * Asks for the record to be corrected; audited as "rectification requested", naming the columns, not the values.
     *
     * @return the request's id
     * @throws InvalidCorrectionException naming the column or the reason, when the request cannot be made
     */
    public long requestRectification(CurrentUser by, String familyId, String file, String recordId,
                                     Map<String, String> proposed, String reason) {
        Rectification.Row row = record(by, familyId, file, recordId);
        Map<String, String> changes = Rectification.changes(row, proposed);
        String why = reason(reason);
        tryOut(by, familyId, row, changes);
        return writing.execute(status -> {
            long id = jdbc.queryForObject("""
                    insert into correction_request (kind, family_id, file, record_id, person_id, corrections, reason,
                                                    requested_by)
                    values ('rectification', ?, ?, ?, ?, ?::jsonb, ?, ?) returning id""", Long.class, familyId, file,
                    recordId, personOf(row), StoredFields.json(changes), why, by.username());
            audit.record(by.username(), "rectification requested", familyId, "request " + id + ": " + file + " " + recordId
                    + ", " + String.join(", ", changes.keySet()) + "; reason: " + why);
            return id;
        });
    }

    /**
     * Asks for everything held about a member of the family to be erased; audited as "erasure requested".
     *
     * @return the request's id
     */
    public long requestErasure(CurrentUser by, String familyId, String personId, String reason) {
        mayAsk(by, familyId);
        if (personId == null || !directory.hasMember(familyId, personId)) {
            throw new InvalidCorrectionException("person", "Choose a member of the family");
        }
        String why = reason(reason);
        return writing.execute(status -> {
            long id = jdbc.queryForObject("""
                    insert into correction_request (kind, family_id, person_id, reason, requested_by)
                    values ('erasure', ?, ?, ?, ?) returning id""", Long.class, familyId, personId, why, by.username());
            audit.record(by.username(), "erasure requested", personId, "request " + id + " from family " + familyId
                    + "; reason: " + why);
            return id;
        });
    }

    /** The request with the id, or null. */
    public CorrectionRequest get(long id) {
        List<CorrectionRequest> found = jdbc.query(COLUMNS + " where id = ?", CorrectionRequests::request, id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The request, locked until the caller's transaction ends, or null. */
    CorrectionRequest locked(long id) {
        List<CorrectionRequest> found = jdbc.query(COLUMNS + " where id = ? for update", CorrectionRequests::request, id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Requests awaiting approval, oldest first. */
    public List<CorrectionRequest> awaiting() {
        return jdbc.query(COLUMNS + " where state = 'awaiting_approval' order by id", CorrectionRequests::request);
    }

    /** The latest requests decided, newest first. */
    public List<CorrectionRequest> decided(int limit) {
        return jdbc.query(COLUMNS + " where state <> 'awaiting_approval' order by decided_at desc, id desc limit ?",
                CorrectionRequests::request, limit);
    }

    /** The family's requests, newest first. */
    public List<CorrectionRequest> ofFamily(String familyId) {
        return jdbc.query(COLUMNS + " where family_id = ? order by id desc", CorrectionRequests::request, familyId);
    }

    /** The values a rectification's record holds now, by column, for its approver to compare; empty when it is gone. */
    public Map<String, String> held(CorrectionRequest request) {
        Rectification.Row row = request.kind() == CorrectionRequest.Kind.RECTIFICATION
                ? rectification.current(request.file(), request.recordId()) : null;
        return row == null ? Map.of() : row.values();
    }

    /** The person a row is about: its person, or the person a row of people.csv is. */
    static String personOf(Rectification.Row row) {
        return row.file().equals("people.csv") ? row.recordId() : row.personId();
    }

    private void mayAsk(CurrentUser by, String familyId) {
        if (!by.role().requestsCorrections() || !access.canSeeFamily(by, familyId)) {
            throw new InvalidCorrectionException("", "Only someone who works with the family's records may ask for "
                    + "them to be corrected or erased");
        }
    }

    /**
     * Reads the family's rows with the correction made, as its approval will, then undoes it.
     *
     * @throws InvalidCorrectionException with the reader's reasons, when the rows would not be valid together
     */
    private void tryOut(CurrentUser by, String familyId, Rectification.Row row, Map<String, String> changes) {
        try {
            trial.execute(status -> {
                status.setRollbackOnly();
                rectification.apply(row, changes, ImportMadeInHearth.open(jdbc, by.username(), "trial of a correction", 1));
                stored.family(familyId);
                return null;
            });
        } catch (ImportRejectedException e) {
            throw new InvalidCorrectionException(changes.keySet().iterator().next(), "The corrected record would not be "
                    + "valid: " + String.join("; ", e.errors()));
        }
    }

    private static String reason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 2000) {
            throw new InvalidCorrectionException("reason", "Say why, in 10 to 2,000 characters: what is wrong, and how "
                    + "you know");
        }
        return why;
    }

    private static CorrectionRequest request(ResultSet row, int number) throws SQLException {
        String corrections = row.getString(7);
        return new CorrectionRequest(row.getLong(1), CorrectionRequest.Kind.ofCode(row.getString(2)), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6),
                corrections == null ? Map.of() : StoredFields.of(corrections), row.getString(8), row.getString(9),
                row.getObject(10, OffsetDateTime.class).toInstant(), CorrectionRequest.State.ofCode(row.getString(11)),
                row.getString(12), CorrectionReviews.instant(row.getObject(13, OffsetDateTime.class)), row.getString(14),
                row.getObject(15, Long.class));
    }
}
