package org.hearth.server.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import org.hearth.engine.HearthException;
import org.hearth.server.DataDirectory;
import org.hearth.server.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local users' second factors (docs/operations.md, Multi-factor sign-in): a secret shared with the user's
 * authenticator app, kept encrypted ({@link TwoFactorKey}, in {@code HEARTH_DATA_DIR/two-factor-key} unless
 * {@code HEARTH_TWO_FACTOR_KEY_FILE} names another file, made at the first set-up), and {@link RecoveryCodes}. A user
 * sets one up by giving the app's current code; a code given afterwards ({@link #check}) is throttled with the
 * passwords ({@link SignInThrottle}: wrong codes and wrong passwords count together) and never accepted twice. An
 * administrator resets a user's (a lost phone), which ends their sessions; the user may turn their own off with a
 * code, unless every user must have one ({@link TwoFactorPolicy}). Everything is audited; no secret or code ever is.
 */
@Service
class SecondFactors {
    private static final Logger LOG = LoggerFactory.getLogger(SecondFactors.class);
    static final String SET_UP = "second factor set up";
    static final String CODE_ACCEPTED = "one-time code accepted";
    static final String CODE_REFUSED = "one-time code refused";
    static final String RECOVERY_CODE_USED = "recovery code used";
    static final String RESET = "second factor reset";
    static final String TURNED_OFF = "second factor turned off";
    /** What a person is told when a code they give is not accepted. */
    static final String CODE_NOT_RIGHT = "Enter the code your app shows now, or one of your recovery codes: that code is "
            + "not right, or has been used already";
    /** The longest reason an administrator may give for a reset. */
    static final int LONGEST_REASON = 1000;

    /** What a code came to. */
    enum Check {
        ACCEPTED,
        REFUSED,
        /** Refused, and the username is now locked, or was already: no code or password is tried until the lock ends. */
        LOCKED
    }

    private final JdbcTemplate jdbc;
    private final RecoveryCodes recoveryCodes;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Users users;
    private final TwoFactorPolicy policy;
    private final Path keyFile;
    private final boolean keyFileChosen;
    private final Clock clock = Clock.systemUTC();
    private TwoFactorKey key;

    SecondFactors(JdbcTemplate jdbc, PasswordEncoder encoder, AuditLog audit, Users users, TwoFactorPolicy policy,
                  DataDirectory dataDirectory, @Value("${HEARTH_TWO_FACTOR_KEY_FILE:}") String keyFile) {
        this.jdbc = jdbc;
        this.recoveryCodes = new RecoveryCodes(jdbc, encoder);
        this.throttle = new SignInThrottle(jdbc);
        this.audit = audit;
        this.users = users;
        this.policy = policy;
        this.keyFileChosen = !keyFile.isBlank();
        this.keyFile = keyFileChosen ? Path.of(keyFile) : dataDirectory.folder().resolve("two-factor-key");
    }

    boolean has(String username) {
        return jdbc.queryForObject("select exists (select 1 from two_factor where username = ?)", Boolean.class, username);
    }

    /**
     * Sets up the user's second factor with the secret their app was given, if the code is the app's now.
     *
     * @return the user's new recovery codes, to be shown to them once; empty when the code is not the app's now
     * @throws IllegalStateException when the user has a second factor already
     */
    @Transactional
    Optional<List<String>> setUp(String username, byte[] secret, String code) {
        OptionalLong step = OneTimeCodes.acceptedStep(secret, code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        if (jdbc.update("insert into two_factor (username, secret, last_step) values (?, ?, ?) on conflict do nothing",
                username, key().seal(secret, username), step.getAsLong()) == 0) {
            throw new IllegalStateException(username + " has a second factor already");
        }
        List<String> codes = recoveryCodes.make(username);
        audit.record(username, SET_UP, username, codes.size() + " recovery codes");
        return Optional.of(codes);
    }

    /**
     * Checks a code the user gives: their app's (now's, or a step either side, later than the last accepted), or one
     * of their recovery codes, which is spent. Refused without looking while the username is locked.
     *
     * @param purpose what the code is for, as the audit log says it: "signing in"
     */
    Check check(String username, String given, String purpose) {
        if (throttle.isLocked(username)) {
            audit.record(username, CODE_REFUSED, username, purpose + ": locked after " + SignInThrottle.ATTEMPTS
                    + " failed attempts");
            return Check.LOCKED;
        }
        if (appCodeAccepted(username, given)) {
            throttle.succeeded(username);
            audit.record(username, CODE_ACCEPTED, username, purpose);
            return Check.ACCEPTED;
        }
        OptionalInt left = recoveryCodes.spend(username, given);
        if (left.isPresent()) {
            throttle.succeeded(username);
            audit.record(username, RECOVERY_CODE_USED, username, purpose + ", " + left.getAsInt() + " left");
            return Check.ACCEPTED;
        }
        throttle.failed(username);
        audit.record(username, CODE_REFUSED, username, purpose + ": wrong, or used already");
        return throttle.isLocked(username) ? Check.LOCKED : Check.REFUSED;
    }

    /**
     * The user turns their second factor off, giving a code as {@link #check} takes it.
     *
     * @throws IllegalStateException while every user must have one
     */
    @Transactional
    Check turnOff(String username, String code) {
        if (policy.required()) {
            throw new IllegalStateException("every local user must have a second factor (HEARTH_TWO_FACTOR=required)");
        }
        Check check = check(username, code, "turning off the second factor");
        if (check == Check.ACCEPTED) {
            jdbc.update("delete from two_factor where username = ?", username);
            audit.record(username, TURNED_OFF, username, "");
        }
        return check;
    }

    /**
     * An administrator takes away a user's second factor, and its recovery codes (a lost phone), and ends their
     * sessions; the user signs in next with their password alone, and sets up a new one (at once, when required).
     *
     * @throws InvalidUserException when there is no reason, or the user has no second factor
     */
    @Transactional
    void reset(String username, String reason, String by) {
        if (reason == null || reason.isBlank() || reason.length() > LONGEST_REASON) {
            throw new InvalidUserException(Map.of("reason", "Say why the second factor of " + username
                    + " is reset, in up to " + LONGEST_REASON + " characters"));
        }
        if (jdbc.update("delete from two_factor where username = ?", username) == 0) {
            throw new InvalidUserException(Map.of("reason", username + " has no second factor to reset"));
        }
        audit.record(by, RESET, username, reason.strip());
        users.endSessions(username, by);
    }

    private boolean appCodeAccepted(String username, String given) {
        List<Map<String, Object>> found = jdbc.queryForList("select secret, last_step from two_factor where username = ?",
                username);
        if (found.isEmpty()) {
            return false;
        }
        byte[] secret;
        try {
            secret = key().open((byte[]) found.get(0).get("secret"), username);
        } catch (HearthException e) {
            // The key file is lost or another: the app's codes cannot be checked, the recovery codes still can.
            LOG.warn("{} The user signs in with a recovery code until an administrator resets their second factor.",
                    e.getMessage());
            return false;
        }
        OptionalLong step = OneTimeCodes.acceptedStep(secret, given, clock.instant(),
                ((Number) found.get(0).get("last_step")).longValue());
        // Two requests with the same code at once: only one moves the last step on.
        return step.isPresent() && jdbc.update("update two_factor set last_step = ? where username = ? and last_step < ?",
                step.getAsLong(), username, step.getAsLong()) == 1;
    }

    private synchronized TwoFactorKey key() {
        if (key == null) {
            key = !keyFileChosen && !Files.exists(keyFile) ? TwoFactorKey.create(keyFile) : TwoFactorKey.fromFile(keyFile);
        }
        return key;
    }
}
