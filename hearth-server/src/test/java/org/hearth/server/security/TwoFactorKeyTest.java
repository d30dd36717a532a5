package org.hearth.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.hearth.engine.HearthException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key of the one-time code secrets: made once, its owner's alone; a secret sealed under it opens for its own user
 * only, and with no other key.
 */
class TwoFactorKeyTest {
    @TempDir
    Path temp;

    @Test
    void aNewKeyIsItsOwnersAloneAndReadsBackTheSame() throws Exception {
        Path file = temp.resolve("hearth").resolve("two-factor-key");
        byte[] secret = OneTimeCodes.newSecret();

        byte[] sealed = TwoFactorKey.create(file).seal(secret, "alex");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(TwoFactorKey.fromFile(file).open(sealed, "alex")).isEqualTo(secret);
        assertThatThrownBy(() -> TwoFactorKey.create(file)).as("never replaced").isInstanceOf(RuntimeException.class);
    }

    @Test
    void aSealedSecretHoldsNoneOfTheSecretAndIsNewEachTime() {
        TwoFactorKey key = TwoFactorKey.create(temp.resolve("key"));
        byte[] secret = OneTimeCodes.newSecret();

        byte[] sealed = key.seal(secret, "alex");

        assertThat(sealed).hasSize(12 + secret.length + 16);
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(key.seal(secret, "alex")).isNotEqualTo(sealed);
    }

    @Test
    void aSecretDoesNotOpenForAnotherUserOrUnderAnotherKey() {
        byte[] sealed = TwoFactorKey.create(temp.resolve("key")).seal(OneTimeCodes.newSecret(), "alex");

        assertThatThrownBy(() -> TwoFactorKey.fromFile(temp.resolve("key")).open(sealed, "sam"))
                .isInstanceOf(HearthException.class).hasMessageContaining("does not open");
        assertThatThrownBy(() -> TwoFactorKey.create(temp.resolve("another")).open(sealed, "alex"))
                .isInstanceOf(HearthException.class);
    }

    @Test
    void aKeyOthersCanReadIsRefused() throws Exception {
        Path file = temp.resolve("key");
        TwoFactorKey.create(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> TwoFactorKey.fromFile(file)).hasMessageContaining("chmod 600");
    }
}
