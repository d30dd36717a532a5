package org.hearth.server.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * One entry of the audit log: who did what, to what, when, chained to the entry before it.
 *
 * <p>{@code hash} is the SHA-256, as 64 lower-case hexadecimal digits, of these seven fields in this order, each
 * written as a netstring (the number of bytes of its UTF-8 text in decimal, a colon, the text, a comma):
 * <ol>
 *   <li>{@code id}, in decimal;</li>
 *   <li>{@code at}, in UTC as {@code uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'} (PostgreSQL keeps microseconds);</li>
 *   <li>{@code username}, {@code action}, {@code subject}, {@code detail}, as stored;</li>
 *   <li>{@code previous_hash}: the hash of the entry before, or 64 zeros ({@link #FIRST_PREVIOUS}) for the first.</li>
 * </ol>
 * So entry 1 by alice signing in at noon on 6 December 2026 hashes the bytes
 * {@code 1:1,27:2026-12-06T12:00:00.000000Z,5:alice,7:sign-in,0:,0:,64:000…000,}. Netstrings need no escaping,
 * and no two different entries give the same bytes; anyone can recompute a hash from a database export.
 */
public record AuditEntry(long id, Instant at, String username, String action, String subject, String detail,
                         String previousHash, String hash) {
    /** What the first entry names as its previous hash. */
    public static final String FIRST_PREVIOUS = "0".repeat(64);

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The entry following one whose id and hash are given ({@code 0} and {@link #FIRST_PREVIOUS} for the first). */
    static AuditEntry after(long previousId, String previousHash, Instant at, String username, String action,
                            String subject, String detail) {
        long id = previousId + 1;
        return new AuditEntry(id, at, username, action, subject, detail, previousHash,
                hashOf(id, at, username, action, subject, detail, previousHash));
    }

    /** The hash this entry's fields give now: not its stored {@link #hash} if it was changed after it was written. */
    String contentHash() {
        return hashOf(id, at, username, action, subject, detail, previousHash);
    }

    private static String hashOf(long id, Instant at, String... fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        netstring(bytes, Long.toString(id));
        netstring(bytes, AT.format(at));
        for (String field : fields) {
            netstring(bytes, field);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void netstring(ByteArrayOutputStream out, String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((utf8.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(utf8);
        out.write(',');
    }
}
