package org.hearth.server.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.hearth.engine.HearthException;
import org.hearth.server.SecretFile;

/**
 * The key that keeps local users' one-time code secrets encrypted in the database: AES-256 in GCM, a new random
 * 96-bit nonce for each secret, the username authenticated with it. The key lives in a file (made once, its owner's
 * alone, as the pseudonyms' key is), never in the database, so a copy of the database or of its backups alone gives
 * no one the codes; and a secret moved to another user's row does not open.
 */
final class TwoFactorKey {
    /** 256 bits. */
    static final int BYTES = 32;
    private static final String WHAT = "two-factor key";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private TwoFactorKey(byte[] key) {
        this.key = new SecretKeySpec(key, 0, BYTES, "AES");
    }

    /** The key in the file's first line, in hex, at least {@link #BYTES} bytes ({@code openssl rand -hex 32}). */
    static TwoFactorKey fromFile(Path file) {
        return new TwoFactorKey(SecretFile.hexKey(file, WHAT, BYTES));
    }

    /** Writes a new random key to a new file only its owner may read. */
    static TwoFactorKey create(Path file) {
        return new TwoFactorKey(SecretFile.newHexKey(file, WHAT, BYTES));
    }

    /** The secret encrypted for the user: the nonce, then the ciphertext and its tag. */
    byte[] seal(byte[] secret, String username) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, username, secret, 0, secret.length);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    /**
     * The secret {@link #seal} encrypted for the user.
     *
     * @throws HearthException when it does not open: another key sealed it, or it is another user's, or it was changed
     */
    byte[] open(byte[] sealed, String username) {
        return run(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES), username, sealed, NONCE_BYTES,
                sealed.length - NONCE_BYTES);
    }

    private byte[] run(int mode, byte[] nonce, String username, byte[] input, int offset, int length) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input, offset, length);
        } catch (AEADBadTagException e) {
            throw new HearthException("The one-time code secret of " + username + " does not open with the two-factor key: "
                    + "the key file is not the one it was sealed with");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is in every JDK", e);
        }
    }
}
