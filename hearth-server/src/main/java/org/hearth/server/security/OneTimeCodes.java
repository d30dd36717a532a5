package org.hearth.server.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as every authenticator app makes them: HMAC-SHA1 of the secret and the time
 * step, 6 digits, a step of 30 seconds; java-otp makes each code. A code is accepted for the step it was made in, the
 * step before or the step after (a phone's clock a little out, a code typed as its step ends), and only for a step
 * later than the last accepted, which the caller keeps: a code once used, or an older one, is never accepted again.
 */
final class OneTimeCodes {
    static final Duration STEP = Duration.ofSeconds(30);
    /** 160 bits: RFC 4226's recommended length, HMAC-SHA1's own. */
    static final int SECRET_BYTES = 20;
    /** Steps either side of now whose codes are accepted. */
    static final int STEPS_EITHER_SIDE = 1;
    private static final int DIGITS = 6;
    private static final TimeBasedOneTimePasswordGenerator CODES = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    /** A new secret, from SecureRandom. */
    static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The time step of the moment: whole steps since 1970. */
    static long step(Instant at) {
        return at.getEpochSecond() / STEP.toSeconds();
    }

    /** The code of the step: 6 digits, with leading zeros. */
    static String code(byte[] secret, long step) {
        try {
            return CODES.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"),
                    Instant.ofEpochSecond(step * STEP.toSeconds()), Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an HMAC-SHA1 key of any length is valid", e);
        }
    }

    /**
     * The step whose code was given, if it is now's or one either side and later than {@code lastAccepted}; empty for
     * any other code, or anything that is not a code. Each candidate is compared in constant time.
     */
    static OptionalLong acceptedStep(byte[] secret, String given, Instant now, long lastAccepted) {
        String code = given == null ? "" : given.replaceAll("\\s", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - STEPS_EITHER_SIDE; step <= current + STEPS_EITHER_SIDE; step++) {
            if (step > lastAccepted && MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The secret as a person types it into an app: Base32, in groups of four, without padding. */
    static String forTyping(byte[] secret) {
        return base32(secret).replaceAll("(.{4})(?!$)", "$1 ");
    }

    /**
     * The {@code otpauth://} address an app reads from the QR code (Google Authenticator's key URI format, which every
     * app follows): the issuer ("Hearth") and the username label the account in the app.
     */
    static String appAddress(String issuer, String username, byte[] secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.toSeconds();
    }

    private static String base32(byte[] secret) {
        return new Base32().encodeAsString(secret).replace("=", "");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
