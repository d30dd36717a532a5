package org.hearth.server.audit;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the audit log's chain from its first entry to its last. The database refuses to change or remove
 * entries through the application, but a superuser can switch that refusal off; the chain is how such a change
 * is found afterwards. Removing entries from the end leaves a shorter chain that is still whole: compare
 * {@link Whole#lastHash} with one kept elsewhere (a report, a ticket) to find that.
 */
@Service
public class AuditChain {
    /** Entries read from the database at a time: the log is read as a stream, never held whole. */
    private static final int BATCH = 1_000;

    private final JdbcTemplate streaming;
    private final TransactionTemplate transaction;

    /** The log of the database behind the data source, for a command that works on a database without the server. */
    public static AuditChain on(javax.sql.DataSource dataSource) {
        return new AuditChain(new JdbcTemplate(dataSource), new TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource)));
    }

    AuditChain(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(BATCH);
        this.transaction = transaction;
    }

    /** What the check found. */
    public sealed interface Verdict permits Whole, Broken {
    }

    /** Every entry is as it was written, and follows the one before it. */
    public record Whole(long entries, String lastHash) implements Verdict {
    }

    /** The first entry, in the order written, that is not as written or does not follow the one before it. */
    public record Broken(long entryId, String problem) implements Verdict {
    }

    public Verdict verify() {
        // In a transaction, so that PostgreSQL's driver reads the rows in batches from a cursor.
        return transaction.execute(status -> streaming.query("select * from audit_entry order by id", AuditChain::walk));
    }

    private static Verdict walk(ResultSet rows) throws SQLException {
        long previousId = 0;
        String previousHash = AuditEntry.FIRST_PREVIOUS;
        while (rows.next()) {
            AuditEntry entry = AuditLog.row(rows, 0);
            if (entry.id() != previousId + 1) {
                return new Broken(entry.id(), previousId + 1 == entry.id() - 1
                        ? "entry " + (previousId + 1) + " before it is missing"
                        : "entries " + (previousId + 1) + " to " + (entry.id() - 1) + " before it are missing");
            }
            if (!entry.previousHash().equals(previousHash)) {
                return new Broken(entry.id(), previousId == 0
                        ? "it is the first entry but does not start the chain"
                        : "it does not follow entry " + previousId + ": one of them was changed");
            }
            if (!entry.hash().equals(entry.contentHash())) {
                return new Broken(entry.id(), "its contents are not those it was written with");
            }
            previousId = entry.id();
            previousHash = entry.hash();
        }
        return new Whole(previousId, previousHash);
    }
}
