package org.hearth.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hearth.server.ServerFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit log against the embedded PostgreSQL: only added to, chained, and a change made behind the application's
 * back (as a superuser could) found and named.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditChainTest {
    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private AuditLog log;
    private AuditChain chain;
    private JdbcTemplate jdbc;

    @BeforeAll
    void start() {
        server = ServerFixture.offline(temp.resolve("hearth"));
        log = server.getBean(AuditLog.class);
        chain = server.getBean(AuditChain.class);
        jdbc = server.getBean(JdbcTemplate.class);
        for (int i = 1; i <= 5; i++) {
            log.record("ada", "user created", "user" + i, "role key_worker");
        }
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theHashIsTheDocumentedNetstringsHashed() {
        AuditEntry first = AuditEntry.after(0, AuditEntry.FIRST_PREVIOUS, Instant.parse("2026-12-06T12:00:00Z"), "alice",
                "sign-in", "", "");

        // sha256 of "1:1,27:2026-12-06T12:00:00.000000Z,5:alice,7:sign-in,0:,0:,64:000…000," (64 zeros).
        assertThat(first.hash()).isEqualTo(sha256("1:1,27:2026-12-06T12:00:00.000000Z,5:alice,7:sign-in,0:,0:,64:"
                + "0".repeat(64) + ","));
        assertThat(AuditEntry.after(1, first.hash(), first.at(), "alice", "sign-in", "", "").hash())
                .as("the same fields after another entry").isNotEqualTo(first.hash());
    }

    @Test
    void aWholeLogIsWhole() {
        assertThat(chain.verify()).isInstanceOf(AuditChain.Whole.class);
    }

    @Test
    void theApplicationCannotChangeOrRemoveAnEntry() {
        assertThatThrownBy(() -> jdbc.update("update audit_entry set detail = 'nothing happened' where id = 2"))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasStackTraceContaining("the audit log is append-only: UPDATE on audit_entry refused");
        assertThatThrownBy(() -> jdbc.update("delete from audit_entry where id = 2"))
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("append-only: DELETE");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_entry"))
                .isInstanceOf(DataIntegrityViolationException.class).hasStackTraceContaining("append-only: TRUNCATE");
    }

    @Test
    void anEntryChangedBySomeoneWhoSwitchedTheTriggerOffIsNamed() {
        String detail = jdbc.queryForObject("select detail from audit_entry where id = 3", String.class);
        try {
            asSuperuser("update audit_entry set detail = 'role administrator' where id = 3");

            assertThat(chain.verify()).isEqualTo(new AuditChain.Broken(3, "its contents are not those it was written with"));
        } finally {
            asSuperuser("update audit_entry set detail = '" + detail + "' where id = 3");
        }
        assertThat(chain.verify()).isInstanceOf(AuditChain.Whole.class);
    }

    @Test
    void anEntryRewrittenWithItsHashRecomputedBreaksTheLinkAfterIt() {
        AuditEntry second = jdbc.queryForObject("select * from audit_entry where id = 2", AuditLog::row);
        AuditEntry forged = AuditEntry.after(1, second.previousHash(), second.at(), second.username(), second.action(),
                "someone else", second.detail());
        try {
            asSuperuser("update audit_entry set subject = 'someone else', hash = '" + forged.hash() + "' where id = 2");

            assertThat(chain.verify()).isEqualTo(new AuditChain.Broken(3, "it does not follow entry 2: one of them was changed"));
        } finally {
            asSuperuser("update audit_entry set subject = '" + second.subject() + "', hash = '" + second.hash() + "' where id = 2");
        }
    }

    @Test
    void concurrentWritersExtendOneChain() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                done.add(writers.submit(() -> log.record("writer" + n % 4, "sign-in", "", "")));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            writers.shutdown();
        }

        assertThat(chain.verify()).isEqualTo(new AuditChain.Whole(before + 40,
                jdbc.queryForObject("select hash from audit_entry order by id desc limit 1", String.class)));
    }

    /** What a superuser can do and the application must not: switch the trigger off, change the log, switch it on. */
    private void asSuperuser(String change) {
        jdbc.execute("alter table audit_entry disable trigger audit_entry_append_only");
        try {
            jdbc.execute(change);
        } finally {
            jdbc.execute("alter table audit_entry enable trigger audit_entry_append_only");
        }
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
