package org.hearth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.hearth.server.DataDirectory;
import org.hearth.server.Database;
import org.hearth.server.audit.AuditChain;
import org.hearth.server.backup.DatabaseBackup;
import org.hearth.server.backup.PostgresTools;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth restore --from FILE (--passphrase-file FILE | --passphrase-stdin)}: an archive {@code hearth backup}
 * made, restored into an empty database (a new {@code HEARTH_DATA_DIR}, or a new external database), all or nothing;
 * then what it holds, and whether its audit log's chain verifies. The server started on it afterwards brings its
 * schema up to date, as after any upgrade.
 */
@Command(name = "restore", description = "Restore a backup into an empty database (docs/operations.md).")
final class RestoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "the archive hearth backup made")
    Path from;

    @ArgGroup(multiplicity = "1")
    BackupCommand.PassphraseSource passphrase;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StandardEnvironment settings = new StandardEnvironment();
        var secret = passphrase.read();
        try (Database database = Database.forTools(settings, DataDirectory.configured(settings))) {
            DatabaseBackup.Restored restored = new DatabaseBackup(database, PostgresTools.configured(settings),
                    Clock.systemUTC()).restore(from, secret, Operator.name());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Restored %s into %s: %,d records, %,d evaluations, %,d claims, %,d audit entries%n", from,
                    database.description(), restored.records(), restored.evaluations(), restored.claims(),
                    restored.auditEntries());
            out.flush();
            if (restored.auditChain() instanceof AuditChain.Broken broken) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf("The restored audit log is broken at entry %d: %s%n", broken.entryId(), broken.problem());
                err.flush();
                return Failures.REJECTED;
            }
            out.printf("The audit log is whole, each entry chained to the one before; the last hash is %s%n",
                    ((AuditChain.Whole) restored.auditChain()).lastHash());
            out.flush();
        }
        return 0;
    }
}
