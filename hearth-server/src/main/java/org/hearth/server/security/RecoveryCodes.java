package org.hearth.server.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A user's recovery codes, for signing in when their authenticator app is lost: {@link #COUNT} of them, each
 * {@link #LETTERS} letters and digits (50 bits, from an alphabet with no 0, O, 1 or I to misread), shown once when the
 * second factor is set up and kept only as hashes by the password encoder ({@code two_factor_recovery_code}). Each
 * signs in once: it is spent as it is accepted.
 */
final class RecoveryCodes {
    static final int COUNT = 10;
    static final int LETTERS = 10;
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;

    RecoveryCodes(JdbcTemplate jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** New codes for the user, their hashes stored; the codes themselves as the user is shown them ({@code ABCDE-23456}). */
    List<String> make(String username) {
        List<String> codes = new ArrayList<>();
        for (int made = 0; made < COUNT; made++) {
            StringBuilder code = new StringBuilder();
            for (int letter = 0; letter < LETTERS; letter++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            jdbc.update("insert into two_factor_recovery_code (username, code_hash) values (?, ?)", username,
                    encoder.encode(code.toString()));
            codes.add(code.substring(0, LETTERS / 2) + "-" + code.substring(LETTERS / 2));
        }
        return codes;
    }

    /**
     * Spends the user's recovery code, if that is what was given (in any case, with or without its dash or spaces).
     *
     * @return how many of their codes are left unspent after it, or empty when it is none of theirs, or spent
     */
    OptionalInt spend(String username, String given) {
        String code = given == null ? "" : given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LETTERS) {
            return OptionalInt.empty();
        }
        for (Map<String, Object> unspent : jdbc.queryForList(
                "select id, code_hash from two_factor_recovery_code where username = ? and used_at is null", username)) {
            if (encoder.matches(code, (String) unspent.get("code_hash"))
                    && jdbc.update("update two_factor_recovery_code set used_at = now() where id = ? and used_at is null",
                    unspent.get("id")) == 1) {
                return OptionalInt.of(jdbc.queryForObject("""
                        select count(*) from two_factor_recovery_code where username = ? and used_at is null""",
                        Integer.class, username));
            }
        }
        return OptionalInt.empty();
    }
}
