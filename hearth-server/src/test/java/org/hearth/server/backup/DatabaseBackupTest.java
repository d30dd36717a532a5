package org.hearth.server.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.hearth.engine.HearthException;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.DataDirectory;
import org.hearth.server.Database;
import org.hearth.server.ServerFixture;
import org.hearth.server.audit.AuditChain;
import org.hearth.server.claims.ClaimBatches;
import org.hearth.server.claims.ClaimRegister;
import org.hearth.server.claims.InternalAudit;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * A populated server's database backed up, and restored into a new one, as an operator recovers from a lost disk:
 * every table's every row comes back as it was (records, evaluations, claims, users, the audit log), the audit chain
 * still verifies, and the server starts on the restored database. A wrong passphrase, a changed or cut-short archive
 * and a database that is not empty are refused before anything is written, and the archive opens with gpg alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseBackupTest {
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final Clock MADE_AT = Clock.fixed(Instant.parse("2026-12-07T02:30:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Database source;
    private Path passphraseFile;
    private Path archive;
    private Map<String, String> before;
    private long auditEntriesBefore;

    @BeforeAll
    void aProgrammeWithClaimsAuditedAndBackedUp() throws IOException {
        server = ServerFixture.offline(temp.resolve("hearth"));
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "cory", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 120, 2015), "cory",
                ImportProgress.NONE);
        Users users = server.getBean(Users.class);
        CurrentUser coordinator = new CurrentUser("cory", "Cory", Role.COORDINATOR, null);
        CurrentUser auditor = new CurrentUser("audrey", "Audrey", Role.AUDITOR, null);
        for (CurrentUser user : List.of(coordinator, auditor)) {
            users.create(new NewUser(user.username(), user.displayName(), user.role(), null), "a long enough password", "admin");
        }
        ClaimBatches batches = server.getBean(ClaimBatches.class);
        List<String> claimable = batches.candidates(coordinator).stream().map(ClaimBatches.Candidate::familyId).toList();
        long batch = batches.prepare(coordinator, LocalDate.of(2019, 1, 1), SyntheticAuthority.DATA_END,
                claimable.subList(0, 2));
        server.getBean(InternalAudit.class).accept(auditor, server.getBean(ClaimRegister.class).of(batch).get(0).id(),
                "evidence seen");
        source = server.getBean(Database.class);
        before = fingerprint(new JdbcTemplate(source.dataSource()));
        auditEntriesBefore = new JdbcTemplate(source.dataSource()).queryForObject("select count(*) from audit_entry", Long.class);

        passphraseFile = Files.writeString(temp.resolve("passphrase"), PASSPHRASE + "\n");
        Files.setPosixFilePermissions(passphraseFile, PosixFilePermissions.fromString("rw-------"));
        Path folder = Files.createDirectories(temp.resolve("backups"));
        DatabaseBackup.Made made = backupOf(source).backup(folder, Passphrase.fromFile(passphraseFile), "operator");
        archive = made.archive();
        assertThat(archive).isEqualTo(folder.resolve("hearth-20261207-023000Z.dump.gpg"));
        assertThat(Files.getPosixFilePermissions(archive)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(folder).isDirectoryNotContaining("glob:**.partial");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void restoresEveryRowIntoANewDatabaseWithTheAuditChainStillVerifying() throws Exception {
        assertThat(before).as("a populated database").containsKeys("stored_row", "family_evaluation", "claim", "audit_entry");
        JdbcTemplate sourceJdbc = new JdbcTemplate(source.dataSource());
        for (String table : List.of("stored_row", "family_evaluation", "claim", "audit_entry", "app_user", "current_decision")) {
            assertThat(sourceJdbc.queryForObject("select count(*) from " + table, Long.class)).as(table).isPositive();
        }
        assertThat(sourceJdbc.queryForList("select action, subject from audit_entry order by id desc limit 1"))
                .as("the backup is in the source's audit log, with its archive's name")
                .containsExactly(Map.of("action", "backup made", "subject", archive.getFileName().toString()));

        Path restoredDir = temp.resolve("restored");
        try (Database restored = emptyDatabase(restoredDir)) {
            DatabaseBackup.Restored result = backupOf(restored).restore(archive, Passphrase.fromFile(passphraseFile), "operator");

            JdbcTemplate jdbc = new JdbcTemplate(restored.dataSource());
            assertThat(result.records()).isEqualTo(count(sourceJdbc, "stored_row"));
            assertThat(result.evaluations()).isEqualTo(count(sourceJdbc, "family_evaluation"));
            assertThat(result.claims()).isEqualTo(count(sourceJdbc, "claim")).isEqualTo(2);
            assertThat(result.auditEntries()).as("every entry, and the restore's own").isEqualTo(auditEntriesBefore + 1);
            assertThat(result.auditChain()).isInstanceOfSatisfying(AuditChain.Whole.class,
                    whole -> assertThat(whole.entries()).isEqualTo(auditEntriesBefore + 1));
            Map<String, String> after = fingerprint(jdbc, auditEntriesBefore);
            assertThat(after).as("every table, row by row").isEqualTo(before);
            assertThat(jdbc.queryForObject("select action from audit_entry order by id desc limit 1", String.class))
                    .isEqualTo("backup restored");
        }
        try (ConfigurableApplicationContext onRestored = ServerFixture.offline(restoredDir)) {
            JdbcTemplate jdbc = onRestored.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "current_decision")).as("the server starts on the restored database")
                    .isEqualTo(count(sourceJdbc, "current_decision"));
            assertThat(onRestored.getBean(AuditChain.class).verify()).isInstanceOf(AuditChain.Whole.class);
        }
    }

    @Test
    void aWrongPassphraseIsRefusedAndNothingIsWritten() throws Exception {
        try (Database empty = emptyDatabase(temp.resolve("wrong-passphrase"))) {
            assertThatThrownBy(() -> backupOf(empty).restore(archive, passphrase("a different long passphrase"), "operator"))
                    .isInstanceOf(BackupException.class).hasMessageContaining("The passphrase does not open " + archive);
            assertThat(tables(empty)).isZero();
        }
    }

    @Test
    void anArchiveChangedOrCutShortIsRefusedBeforeTheDatabaseIsTouched() throws Exception {
        Path changed = Files.copy(archive, temp.resolve("changed.dump.gpg"));
        try (RandomAccessFile file = new RandomAccessFile(changed.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int original = file.read();
            file.seek(file.length() / 2);
            file.write(original ^ 0x01);
        }
        Path cut = temp.resolve("cut.dump.gpg");
        byte[] whole = Files.readAllBytes(archive);
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 100));
        for (Path damaged : List.of(changed, cut)) {
            try (Database empty = emptyDatabase(temp.resolve("damaged-" + damaged.getFileName()))) {
                assertThatThrownBy(() -> backupOf(empty).restore(damaged, Passphrase.fromFile(passphraseFile), "operator"))
                        .as(damaged.toString()).isInstanceOf(BackupException.class)
                        .hasMessageContaining(damaged + " is damaged");
                assertThat(tables(empty)).isZero();
            }
        }
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefused() {
        long entries = count(new JdbcTemplate(source.dataSource()), "audit_entry");
        assertThatThrownBy(() -> backupOf(source).restore(archive, Passphrase.fromFile(passphraseFile), "operator"))
                .isInstanceOf(BackupException.class).hasMessageContaining("is not empty")
                .hasMessageContaining("restore into a new, empty database");
        assertThat(count(new JdbcTemplate(source.dataSource()), "audit_entry")).isEqualTo(entries);
    }

    @Test
    void aBackupNeverReplacesAFile() {
        assertThatThrownBy(() -> backupOf(source).backup(archive, Passphrase.fromFile(passphraseFile), "operator"))
                .isInstanceOf(BackupException.class).hasMessage("There is already a file " + archive
                        + ": a backup never replaces one");
    }

    @Test
    void thePassphraseIsLongAndItsFileTheOwnersAlone() throws IOException {
        Path shared = Files.writeString(temp.resolve("shared-passphrase"), PASSPHRASE);
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> Passphrase.fromFile(shared)).isInstanceOf(HearthException.class)
                .hasMessage("The passphrase file " + shared + " can be read or changed by other users of this machine: make "
                        + "it its owner's alone (chmod 600 " + shared + ")");
        assertThatThrownBy(() -> passphrase("fifteen chars..")).isInstanceOf(BackupException.class)
                .hasMessage("The passphrase in standard input has 15 characters: a backup's passphrase needs at least 16");
        assertThat(passphrase("sixteen chars...")).isNotNull();
    }

    @Test
    void missingClientToolsAreNamedWithHowToInstallThem() {
        DatabaseBackup withoutTools = new DatabaseBackup(source, PostgresTools.configured(
                new MockEnvironment().withProperty("HEARTH_PG_BIN", temp.resolve("no-such-folder").toString())), MADE_AT);
        assertThatThrownBy(() -> withoutTools.backup(temp.resolve("never.dump.gpg"), Passphrase.fromFile(passphraseFile), "x"))
                .isInstanceOf(BackupException.class).hasMessageContaining("There is no pg_dump in HEARTH_PG_BIN");
        assertThat(temp.resolve("never.dump.gpg.partial")).doesNotExist();
    }

    @Test
    void theArchiveOpensWithGpgAloneAsPostgresqlsOwnArchive() throws Exception {
        Path plain = temp.resolve("opened.dump");
        Process gpg = new ProcessBuilder("gpg", "--batch", "--quiet", "--homedir", Files.createDirectories(temp.resolve("gnupg"))
                .toString(), "--passphrase-file", passphraseFile.toString(), "--output", plain.toString(), "--decrypt",
                archive.toString()).redirectErrorStream(true).start();
        String said = new String(gpg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(gpg.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(gpg.exitValue()).as(said).isZero();
        assertThat(new String(Files.readAllBytes(plain), 0, 5, StandardCharsets.US_ASCII)).as("pg_dump's custom format")
                .isEqualTo("PGDMP");
    }

    private DatabaseBackup backupOf(Database database) {
        return new DatabaseBackup(database, PostgresTools.configured(new MockEnvironment()), MADE_AT);
    }

    private static Passphrase passphrase(String text) {
        return Passphrase.fromStream(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "standard input");
    }

    /** A new embedded database, as in a new HEARTH_DATA_DIR on which no server has started. */
    private static Database emptyDatabase(Path dataDir) {
        MockEnvironment settings = new MockEnvironment().withProperty("HEARTH_DATA_DIR", dataDir.toString())
                .withProperty("HEARTH_EMBEDDED_FSYNC", "off");
        return Database.configured(settings, DataDirectory.configured(settings));
    }

    private static long tables(Database database) {
        return new JdbcTemplate(database.dataSource()).queryForObject(
                "select count(*) from information_schema.tables where table_schema = 'public'", Long.class);
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private static Map<String, String> fingerprint(JdbcTemplate jdbc) {
        return fingerprint(jdbc, Long.MAX_VALUE);
    }

    /** Each table's rows, in a fixed order, hashed together; the audit log's up to the entry given. */
    private static Map<String, String> fingerprint(JdbcTemplate jdbc, long lastAuditEntry) {
        Map<String, String> tables = new TreeMap<>();
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE'", String.class)) {
            String only = table.equals("audit_entry") ? " where t.id <= " + lastAuditEntry : "";
            tables.put(table, jdbc.queryForObject("select count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' order by "
                    + "t::text), '')) from " + table + " t" + only, String.class));
        }
        return tables;
    }
}
