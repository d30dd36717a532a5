package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code hearth audit verify} as an auditor runs it: the chain whole after users are added, and the first broken
 * link named after an entry is altered directly in the database, as a superuser could (the table's trigger
 * refuses the application itself).
 */
class AuditCommandTest {
    @RegisterExtension
    static final OwnPostgres DATABASE = new OwnPostgres();

    private final JdbcTemplate jdbc = DATABASE.jdbc();

    @Test
    void findsTheFirstEntryAlteredInTheDatabase() throws Exception {
        for (String user : new String[] {"ada", "bea", "cat"}) {
            assertThat(HearthProcess.run(environment(), "a long enough password\n", "user", "add", user, "--name", user,
                    "--role", "auditor", "--password-stdin").exit()).isZero();
        }
        HearthProcess.Result whole = HearthProcess.run(environment(), "", "audit", "verify");
        assertThat(whole.exit()).as(whole.output()).isZero();
        assertThat(whole.output()).contains("The audit log is whole: 3 entries");

        long second = jdbc.queryForObject("select id from audit_entry order by id offset 1 limit 1", Long.class);
        jdbc.execute("alter table audit_entry disable trigger audit_entry_append_only");
        jdbc.update("update audit_entry set detail = 'role administrator' where id = ?", second);
        jdbc.execute("alter table audit_entry enable trigger audit_entry_append_only");

        HearthProcess.Result broken = HearthProcess.run(environment(), "", "audit", "verify");
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.output()).contains("The audit log is broken at entry " + second);
    }

    private Map<String, String> environment() {
        return DATABASE.environment("2019-03-31");
    }
}
