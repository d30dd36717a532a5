package org.hearth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.hearth.server.DataDirectory;
import org.hearth.server.Database;
import org.hearth.server.backup.DatabaseBackup;
import org.hearth.server.backup.Passphrase;
import org.hearth.server.backup.PostgresTools;
import org.springframework.core.env.StandardEnvironment;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth backup --to FILE|FOLDER (--passphrase-file FILE | --passphrase-stdin)}: the server's whole database,
 * as PostgreSQL's {@code pg_dump} archives it, encrypted with the passphrase (docs/operations.md, "Backups"). It runs
 * beside a running server, on the embedded database as on an external one.
 */
@Command(name = "backup", description = "Back the server's database up into an encrypted archive (docs/operations.md).")
final class BackupCommand implements Callable<Integer> {

    @Option(names = "--to", required = true, paramLabel = "FILE|FOLDER",
            description = "the archive to write (never replaced), or a folder to write hearth-<time>.dump.gpg in")
    Path to;

    @ArgGroup(multiplicity = "1")
    PassphraseSource passphrase;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        StandardEnvironment settings = new StandardEnvironment();
        Passphrase secret = passphrase.read();
        try (Database database = Database.forTools(settings, DataDirectory.configured(settings))) {
            DatabaseBackup.Made made = new DatabaseBackup(database, PostgresTools.configured(settings), Clock.systemUTC())
                    .backup(to, secret, Operator.name());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Backed up %s into %s: %,d bytes, SHA-256 %s%n", database.description(), made.archive(), made.bytes(),
                    made.sha256());
            out.flush();
        }
        return 0;
    }

    /** Where the passphrase comes from: a file only its owner can read, or standard input; never an argument. */
    static final class PassphraseSource {
        @Option(names = "--passphrase-file", required = true, paramLabel = "FILE",
                description = "a file, readable by its owner alone, whose first line is the passphrase")
        Path file;

        @Option(names = "--passphrase-stdin", required = true, description = "read the passphrase from standard input")
        boolean stdin;

        Passphrase read() {
            return file != null ? Passphrase.fromFile(file) : Passphrase.fromStream(System.in, "standard input");
        }
    }
}
