package org.hearth.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code hearth user add}: the first administrator of a fresh installation, a partner organisation's user, a user the
 * rules refuse, and a user without a password while Hearth takes none; {@code hearth user password}: setting one.
 */
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
    void addsAPartnerOrganisationsCoordinator() throws Exception {
        HearthProcess.Result partner = HearthProcess.run(environment(), "a long enough password\n", "user", "add", "pat",
                "--name", "Pat Partner", "--role", "coordinator", "--organisation", "Family Focus Team", "--password-stdin");

        assertThat(partner.exit()).as(partner.output()).isZero();
        assertThat(partner.output()).contains("User pat added: Pat Partner, coordinator, of Family Focus Team");
        assertThat(jdbc.queryForObject("select organisation from app_user where username = 'pat'", String.class))
                .isEqualTo("Family Focus Team");
        assertThat(jdbc.queryForObject("select detail from audit_entry where action = 'user created' and subject = 'pat'",
                String.class)).contains("organisation Family Focus Team");
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

    @Test
    void addsAUserWithoutAPasswordOnlyWhileHearthTakesNone() throws Exception {
        HearthProcess.Result providerOnly = HearthProcess.run(withoutPasswords(), "",
                "user", "add", "jo@council.example", "--name", "Jo Bloggs", "--role", "auditor", "--no-password");
        HearthProcess.Result withPasswords = HearthProcess.run(environment(), "",
                "user", "add", "kim@council.example", "--name", "Kim", "--role", "auditor", "--no-password");
        HearthProcess.Result both = HearthProcess.run(withoutPasswords(), "a long enough password\n",
                "user", "add", "lee@council.example", "--name", "Lee", "--role", "auditor", "--no-password",
                "--password-stdin");

        assertThat(providerOnly.exit()).as(providerOnly.output()).isZero();
        assertThat(providerOnly.output()).contains("User jo@council.example added", "no password");
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'jo@council.example'",
                String.class)).isNull();
        assertThat(withPasswords.exit()).isEqualTo(1);
        assertThat(withPasswords.output()).contains("password: Give the user a password", "HEARTH_LOCAL_SIGN_IN=off");
        assertThat(both.exit()).isNotZero();
        assertThat(both.output()).contains("either --password-stdin or --no-password");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username in ('kim@council.example', "
                + "'lee@council.example')", Long.class)).isZero();
    }

    @Test
    void setsThePasswordOfAUserMadeWithoutOne() throws Exception {
        assertThat(HearthProcess.run(withoutPasswords(), "", "user", "add", "max@council.example", "--name", "Max",
                "--role", "coordinator", "--no-password").exit()).isZero();

        HearthProcess.Result set = HearthProcess.run(environment(), "a long enough password\n",
                "user", "password", "max@council.example", "--password-stdin");
        HearthProcess.Result nobody = HearthProcess.run(environment(), "a long enough password\n",
                "user", "password", "nobody", "--password-stdin");

        assertThat(set.exit()).as(set.output()).isZero();
        assertThat(set.output()).contains("Password of max@council.example set");
        assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'max@council.example'",
                String.class)).startsWith("{bcrypt}");
        assertThat(jdbc.queryForList("select action from audit_entry where subject = 'max@council.example' order by id",
                String.class)).containsExactly("user created", "password changed");
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.output()).contains("There is no user called nobody");
    }

    private Map<String, String> environment() {
        return DATABASE.environment("2019-03-31");
    }

    /** As the command runs beside a Hearth that takes no passwords. */
    private Map<String, String> withoutPasswords() {
        Map<String, String> environment = new HashMap<>(environment());
        environment.put("HEARTH_LOCAL_SIGN_IN", "off");
        return environment;
    }
}
