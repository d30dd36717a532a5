package org.hearth.server.security;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Slows down anyone guessing passwords: after {@value #ATTEMPTS} failed sign-ins for a username within
 * {@link #WINDOW}, no sign-in for that username is tried for {@link #WINDOW} after the last of them, whatever the
 * password. Kept in the database ({@code sign_in_throttle}), so a lock holds across a restart and on every server.
 * Names that no user can have are not counted: they never sign in anyway. Locking a username lets anyone who
 * knows it keep its user out for a while; that is the price of not letting them guess the password.
 */
final class SignInThrottle {
    static final int ATTEMPTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;

    SignInThrottle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean isLocked(String username) {
        return jdbc.queryForObject("""
                select exists (select 1 from sign_in_throttle where username = ? and locked_until > now())""",
                Boolean.class, username);
    }

    void failed(String username) {
        if (!Users.couldBeUsername(username)) {
            return;
        }
        long window = WINDOW.toSeconds();
        // Failures older than the window no longer count; the count starts again from this one.
        int failures = jdbc.queryForObject("""
                insert into sign_in_throttle as t (username, failures, window_start) values (?, 1, now())
                on conflict (username) do update set
                    failures = case when t.window_start > now() - make_interval(secs => ?) then t.failures + 1 else 1 end,
                    window_start = case when t.window_start > now() - make_interval(secs => ?) then t.window_start else now() end
                returning failures""", Integer.class, username, window, window);
        if (failures >= ATTEMPTS) {
            jdbc.update("""
                    update sign_in_throttle set locked_until = now() + make_interval(secs => ?), failures = 0, window_start = now()
                    where username = ?""", window, username);
        }
        // Names tried once and never again would otherwise be kept for ever.
        jdbc.update("""
                delete from sign_in_throttle
                where window_start < now() - make_interval(secs => ?) and (locked_until is null or locked_until < now())""",
                window);
    }

    void succeeded(String username) {
        jdbc.update("delete from sign_in_throttle where username = ?", username);
    }
}
