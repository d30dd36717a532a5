package org.hearth.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit log: who did what, to what. Each entry is chained to the one before ({@link AuditEntry} gives
 * the exact bytes hashed), so that a change made behind the application's back shows in {@link AuditChain#verify}.
 *
 * <p>An entry is written in the caller's transaction when there is one (kept or rolled back with the work it
 * records), else in its own. Writers take an advisory lock, held to the end of that transaction, before reading
 * the last entry: two writers can never both follow the same entry. Record at the end of a long transaction,
 * not its start, or every other writer waits for it.
 */
@Service
public class AuditLog {
    /** The advisory lock that puts writers of the log in a line ("AUDIT"). */
    private static final long CHAIN = 0x4155_4449_54L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    /** The log of the database behind the data source, for a command that works on a database without the server. */
    public static AuditLog on(javax.sql.DataSource dataSource) {
        return new AuditLog(new JdbcTemplate(dataSource), new TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource)));
    }

    AuditLog(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /**
     * Appends an entry.
     *
     * @param username who acted (for a failed sign-in, the name tried)
     * @param action   what they did, in words: {@code sign-in}, {@code user created}
     * @param subject  what they did it to: a username, a family id; empty when nothing
     * @param detail   anything else worth keeping; empty when nothing
     */
    public AuditEntry record(String username, String action, String subject, String detail) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        return transaction.execute(status -> append(username, action, subject, detail));
    }

    private AuditEntry append(String username, String action, String subject, String detail) {
        jdbc.execute("select pg_advisory_xact_lock(" + CHAIN + ")");
        List<AuditEntry> last = jdbc.query("select * from audit_entry order by id desc limit 1", AuditLog::row);
        // The database's clock, so that entries written by several servers are in the order they were made.
        Instant at = jdbc.queryForObject("select clock_timestamp()", OffsetDateTime.class).toInstant();
        AuditEntry entry = last.isEmpty()
                ? AuditEntry.after(0, AuditEntry.FIRST_PREVIOUS, at, username, action, subject, detail)
                : AuditEntry.after(last.get(0).id(), last.get(0).hash(), at, username, action, subject, detail);
        jdbc.update("""
                insert into audit_entry (id, at, username, action, subject, detail, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", entry.id(), entry.at().atOffset(ZoneOffset.UTC), entry.username(),
                entry.action(), entry.subject(), entry.detail(), entry.previousHash(), entry.hash());
        return entry;
    }

    static AuditEntry row(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getObject("at", OffsetDateTime.class).toInstant(),
                row.getString("username"), row.getString("action"), row.getString("subject"), row.getString("detail"),
                row.getString("previous_hash"), row.getString("hash"));
    }
}
