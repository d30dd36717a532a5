package org.hearth.server.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

import org.hearth.server.Database;
import org.hearth.server.audit.AuditChain;
import org.hearth.server.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code hearth backup} and {@code hearth restore}: the whole database as PostgreSQL's own archive ({@code pg_dump}'s
 * custom format, a consistent snapshot taken while the server runs), encrypted ({@link ArchiveCipher}); and that
 * archive restored into an empty database in one transaction, all or nothing. Both are written in the audit log, with
 * the archive's SHA-256, so that an archive can later be shown to be the one made.
 */
public final class DatabaseBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Database database;
    private final PostgresTools tools;
    private final Clock clock;

    public DatabaseBackup(Database database, PostgresTools tools, Clock clock) {
        this.database = database;
        this.tools = tools;
        this.clock = clock;
    }

    /** An archive made: where, how large, and its SHA-256 as the audit log records it. */
    public record Made(Path archive, long bytes, String sha256) {
    }

    /** A database restored: what it holds, and whether its audit log's chain still verifies. */
    public record Restored(long records, long evaluations, long claims, long auditEntries, AuditChain.Verdict auditChain) {
    }

    /**
     * Backs the database up into a new archive: the file named, or one named by the time in the folder named. Nothing
     * is left at that name unless the whole archive was written and flushed to disk.
     *
     * @param by who made it, as the audit log names them
     */
    public Made backup(Path to, Passphrase passphrase, String by) {
        Path archive = Files.isDirectory(to) ? to.resolve("hearth-" + STAMP.format(clock.instant()) + ".dump.gpg") : to;
        if (Files.exists(archive)) {
            throw new BackupException("There is already a file " + archive + ": a backup never replaces one");
        }
        Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
        MessageDigest sha256 = sha256();
        try {
            Files.deleteIfExists(partial);
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            PostgresTools.Run dump = tools.start("pg_dump", database, List.of("--format=custom"));
            try (FileChannel file = FileChannel.open(partial, StandardOpenOption.WRITE);
                 OutputStream hashed = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(file), sha256);
                 InputStream snapshot = dump.output()) {
                try (OutputStream encrypted = ArchiveCipher.encrypting(hashed, passphrase)) {
                    snapshot.transferTo(encrypted);
                } catch (IOException | RuntimeException e) {
                    dump.abandon();
                    throw e;
                }
                dump.finish();
                hashed.flush();
                file.force(true);
            }
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new BackupException("Cannot write the backup " + archive + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
        try {
            Made made = new Made(archive, Files.size(archive), HexFormat.of().formatHex(sha256.digest()));
            AuditLog.on(database.dataSource()).record(by, "backup made", archive.getFileName().toString(),
                    "SHA-256 " + made.sha256() + ", " + made.bytes() + " bytes");
            return made;
        } catch (IOException e) {
            throw new BackupException("Cannot read the backup " + archive + " back: " + e.getMessage(), e);
        }
    }

    /**
     * Restores the archive into the database, which must be empty (a new one, that no server has started on). The
     * archive is read to its end once first, so that a wrong passphrase or a damaged archive is refused before the
     * database is touched; the restore itself is one transaction, undone if anything in it fails.
     *
     * @param by who restored it, as the audit log names them
     */
    public Restored restore(Path from, Passphrase passphrase, String by) {
        if (!Files.isRegularFile(from)) {
            throw new BackupException("There is no backup " + from);
        }
        JdbcTemplate jdbc = new JdbcTemplate(database.dataSource());
        List<String> tables = jdbc.queryForList("""
                select table_schema || '.' || table_name from information_schema.tables
                where table_schema not in ('pg_catalog', 'information_schema') order by 1 limit 3""", String.class);
        if (!tables.isEmpty()) {
            throw new BackupException("The database (" + database.description() + ") is not empty (it has " + String.join(", ",
                    tables) + "...): restore into a new, empty database, and start the server on it afterwards");
        }
        String sha256 = check(from, passphrase);
        PostgresTools.Run restore = tools.start("pg_restore", database, List.of("--single-transaction", "--exit-on-error",
                "--no-owner", "--no-privileges", "--dbname=" + PostgresTools.connection(database).get("PGDATABASE")));
        try (InputStream archive = Files.newInputStream(from);
             InputStream decrypted = ArchiveCipher.decrypting(archive, passphrase, from.toString());
             OutputStream into = restore.input()) {
            decrypted.transferTo(into);
        } catch (IOException | RuntimeException e) {
            // Before pg_restore has seen the end of its input, so that its transaction is never committed.
            restore.abandon();
            if (e instanceof BackupException backup) {
                throw backup;
            }
            throw new BackupException("Cannot restore " + from + ": " + e.getMessage(), e);
        }
        restore.finish();
        AuditLog.on(database.dataSource()).record(by, "backup restored", from.getFileName().toString(), "SHA-256 " + sha256);
        return new Restored(count(jdbc, "stored_row"), count(jdbc, "family_evaluation"), count(jdbc, "claim"),
                count(jdbc, "audit_entry"), AuditChain.on(database.dataSource()).verify());
    }

    /** Reads the archive to its end, decrypting it: the passphrase opens it, and it is as made. Its SHA-256. */
    private static String check(Path from, Passphrase passphrase) {
        MessageDigest sha256 = sha256();
        try (InputStream archive = new DigestInputStream(Files.newInputStream(from), sha256);
             InputStream decrypted = ArchiveCipher.decrypting(archive, passphrase, from.toString())) {
            decrypted.transferTo(OutputStream.nullOutputStream());
            archive.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new BackupException("Cannot read " + from + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The error that stopped the backup is the one to report.
        }
    }
}
