package org.hearth.server.protection;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.hearth.server.SecretFile;

/**
 * The authority's key for pseudonyms: a person's or a family's id becomes HMAC-SHA256(key, kind and id), the same in
 * every export made with the key, so that an analyst can follow a family from one export to the next, and no one
 * without the key can go back from a pseudonym to the id, or make the pseudonym of an id they know.
 */
public final class PseudonymKey {
    /** 256 bits, as HMAC-SHA256's own strength. */
    static final int BYTES = 32;
    /** A pseudonym's length in bytes (32 hex digits): no two ids of an authority come to the same one. */
    private static final int PSEUDONYM_BYTES = 16;

    private final byte[] key;

    private PseudonymKey(byte[] key) {
        this.key = key;
    }

    /** The key in the file's first line, in hex, at least {@link #BYTES} bytes ({@code openssl rand -hex 32}). */
    public static PseudonymKey fromFile(Path file) {
        return new PseudonymKey(SecretFile.hexKey(file, "pseudonym key", BYTES));
    }

    /** Writes a new random key to a new file only its owner may read. */
    public static PseudonymKey create(Path file) {
        return new PseudonymKey(SecretFile.newHexKey(file, "pseudonym key", BYTES));
    }

    /** The pseudonym of a person's or a family's id. */
    public String of(String kind, String id) {
        return HexFormat.of().formatHex(Arrays.copyOf(hmac(kind + "\u0000" + id), PSEUDONYM_BYTES));
    }

    /**
     * Twelve hex digits that name the key without giving it away, printed with each export: two exports with the same
     * fingerprint have the same pseudonyms.
     */
    public String fingerprint() {
        return HexFormat.of().formatHex(Arrays.copyOf(hmac("hearth pseudonym key fingerprint"), 6));
    }

    private byte[] hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is in every JDK", e);
        }
    }
}
