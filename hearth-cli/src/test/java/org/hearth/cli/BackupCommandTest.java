package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hearth backup} and {@code hearth restore} as an operator runs them: on an external PostgreSQL into a new
 * database of the same server, and on the embedded database while {@code hearth serve} runs on it, restored into a new
 * data folder. DatabaseBackupTest checks every row comes back; this, the commands, their words and their exit codes.
 */
class BackupCommandTest {
    private static final String PASSPHRASE = "a passphrase kept in the safe";
    private static final Pattern ARCHIVE = Pattern.compile("into (\\S+\\.dump\\.gpg): [\\d,]+ bytes, SHA-256 ([0-9a-f]{64})");

    @RegisterExtension
    static final OwnPostgres DATABASE = new OwnPostgres();

    @TempDir
    Path temp;

    @Test
    void backsUpAnExternalDatabaseAndRestoresItIntoANewOneOnlyOnce() throws Exception {
        Map<String, String> environment = DATABASE.environment("2019-03-31");
        for (String user : new String[] {"ada", "bea"}) {
            assertThat(HearthProcess.run(environment, "a long enough password\n", "user", "add", user, "--name", user,
                    "--role", "auditor", "--password-stdin").exit()).isZero();
        }
        HearthProcess.Result backup = HearthProcess.run(environment, PASSPHRASE + "\n", "backup", "--to", temp.toString(),
                "--passphrase-stdin");
        assertThat(backup.exit()).as(backup.output()).isZero();
        Matcher made = ARCHIVE.matcher(backup.output());
        assertThat(made.find()).as(backup.output()).isTrue();
        assertThat(backup.output()).contains("Backed up external PostgreSQL into " + temp);
        assertThat(DATABASE.jdbc().queryForObject("select detail from audit_entry order by id desc limit 1", String.class))
                .startsWith("SHA-256 " + made.group(2));

        DATABASE.jdbc().execute("create database restored");
        Map<String, String> restoredEnvironment = new HashMap<>(environment);
        restoredEnvironment.put("HEARTH_DB_URL", environment.get("HEARTH_DB_URL").replace("/postgres?", "/restored?"));
        Path passphraseFile = passphraseFile();
        HearthProcess.Result restore = HearthProcess.run(restoredEnvironment, "", "restore", "--from", made.group(1),
                "--passphrase-file", passphraseFile.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("Restored " + made.group(1) + " into external PostgreSQL: 0 records, "
                + "0 evaluations, 0 claims, 3 audit entries", "The audit log is whole");

        HearthProcess.Result again = HearthProcess.run(restoredEnvironment, "", "restore", "--from", made.group(1),
                "--passphrase-file", passphraseFile.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.output()).contains("is not empty");
        assertThat(HearthProcess.run(environment, "", "backup", "--to", temp.toString()).exit())
                .as("no passphrase is a usage error").isEqualTo(2);
    }

    @Test
    void backsUpTheEmbeddedDatabaseWhileTheServerRunsOnIt() throws Exception {
        Path passphraseFile = passphraseFile();
        HearthProcess.Result backup;
        try (HearthProcess.Serving serving = HearthProcess.serve(Map.of("HEARTH_DATA_DIR", temp.resolve("live").toString()))) {
            backup = HearthProcess.run(Map.of("HEARTH_DATA_DIR", temp.resolve("live").toString()), "", "backup", "--to",
                    temp.resolve("tonight.dump.gpg").toString(), "--passphrase-file", passphraseFile.toString());
        }
        assertThat(backup.exit()).as(backup.output()).isZero();
        assertThat(backup.output()).contains("Backed up embedded PostgreSQL of the running server, port ");

        HearthProcess.Result restore = HearthProcess.run(Map.of("HEARTH_DATA_DIR", temp.resolve("recovered").toString()), "",
                "restore", "--from", temp.resolve("tonight.dump.gpg").toString(), "--passphrase-file", passphraseFile.toString());
        assertThat(restore.exit()).as(restore.output()).isZero();
        assertThat(restore.output()).contains("into embedded PostgreSQL in " + temp.resolve("recovered/postgres"),
                "1 audit entries", "The audit log is whole");
        try (HearthProcess.Serving recovered = HearthProcess.serve(Map.of("HEARTH_DATA_DIR",
                temp.resolve("recovered").toString()))) {
            assertThat(recovered.url()).as("the server starts on the restored database").isNotNull();
        }
    }

    private Path passphraseFile() throws java.io.IOException {
        Path file = temp.resolve("passphrase");
        if (!Files.exists(file)) {
            Files.writeString(file, PASSPHRASE + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }
}
