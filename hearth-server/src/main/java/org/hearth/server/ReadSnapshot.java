package org.hearth.server;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A read-only transaction that sees one snapshot of the database (repeatable read), for work that reads several
 * tables and must find them agreeing: an export, a subject access pack, a preview of disposal, an evidence pack.
 */
public final class ReadSnapshot {
    private ReadSnapshot() {
    }

    public static TransactionTemplate of(PlatformTransactionManager transactions) {
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        return snapshot;
    }
}
