package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code hearth user add}: the first administrator of a fresh installation, and a user the rules refuse. */
class UserCommandTest {
    @RegisterExtension
    static final OwnPostgres DATABASE = new OwnPostgres();

    private final JdbcTemplate jdbc = DATABASE.jdbc();

    @Test
    void addsTheFirstAdministratorWithAHashedPasswordAndAKeyWorkerInANewTeam() throws Exception {
        HearthProcess.Result admin = HearthProcess.run(environment(), "correct horse battery staple\n",
                "user", "add", "ada", "--name", "Ada Lovelace", "--role", "administrator", "--password-stdin");
        HearthProcess.Result worker = HearthProcess.run(environment(), "a long enough password\n",
                "user", "add", "kim", "--name", "Kim Key", "--role", "key_worker", "--team", "North", "--password-stdin");

        assertThat(admin.exit()).as(admin.output()).isZero();
        assertThat(worker.exit()).as(worker.output()).isZero();
        Map<String, Object> stored = jdbc.queryForMap("select role, password_hash from app_user where username = 'ada'");
        assertThat(stored.get("role")).isEqualTo("administrator");
        assertThat((String) stored.get("password_hash")).startsWith("{bcrypt}").doesNotContain("staple");
        assertThat(jdbc.queryForObject("select t.name from app_user u join team t on t.id = u.team_id where username = 'kim'",
                String.class)).isEqualTo("North");
        assertThat(jdbc.queryForList("select action from audit_entry order by id", String.class))
                .contains("user created", "team created");
    }

    @Test
    void refusesAShortPasswordAndAnUnknownRoleSayingWhy() throws Exception {
        HearthProcess.Result shortPassword = HearthProcess.run(environment(), "short\n",
                "user", "add", "bob", "--name", "Bob", "--role", "coordinator", "--password-stdin");
        HearthProcess.Result noSuchRole = HearthProcess.run(environment(), "a long enough password\n",
                "user", "add", "bob", "--name", "Bob", "--role", "superuser", "--password-stdin");

        assertThat(shortPassword.exit()).isEqualTo(1);
        assertThat(shortPassword.output()).contains("password:");
        assertThat(noSuchRole.exit()).isEqualTo(1);
        assertThat(noSuchRole.output()).contains("'superuser' is not a role");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'bob'", Long.class)).isZero();
    }

    private Map<String, String> environment() {
        return DATABASE.environment("2019-03-31");
    }
}
