package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A user of each role on a running server, each named by their role's code ({@code key_worker}, …), the key worker
 * and the manager in one team, and their browsers signed in.
 */
public final class Staff {
    public static final String PASSWORD = "correct horse battery";

    private final ConfigurableApplicationContext server;
    private final long team;

    private Staff(ConfigurableApplicationContext server, long team) {
        this.server = server;
        this.team = team;
    }

    /** Adds a team and a user of each role to the server. */
    public static Staff ofEachRole(ConfigurableApplicationContext server) {
        long team = server.getBean(Teams.class).create("North", "test");
        Users users = server.getBean(Users.class);
        for (Role role : Role.values()) {
            users.create(new NewUser(role.code(), "A " + role.words(), role, role.needsTeam() ? team : null), PASSWORD, "test");
        }
        return new Staff(server, team);
    }

    /** The team of the key worker and the manager. */
    public long team() {
        return team;
    }

    /** A browser signed in as the user of the role. */
    public Browser signedIn(Role role) {
        return signedIn(role.code());
    }

    /** A browser signed in as the user, whose password is {@link #PASSWORD}. */
    public Browser signedIn(String username) {
        Browser browser = new Browser(server);
        assertThat(browser.signIn(username, PASSWORD).headers().firstValue("Location").orElseThrow())
                .doesNotContain("sign-in?");
        return browser;
    }
}
