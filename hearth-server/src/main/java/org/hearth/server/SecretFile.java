package org.hearth.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.hearth.engine.HearthException;

/**
 * A file holding a secret the authority keeps (a backup's passphrase, the pseudonyms' key, the key of local users'
 * one-time code secrets), which its owner alone may read or change: one another user of the machine could read would
 * give away every archive, every pseudonym or every second factor.
 */
public final class SecretFile {
    private SecretFile() {
    }

    /**
     * The file's first line.
     *
     * @param what the secret, as messages name it: "passphrase", "pseudonym key"
     * @throws HearthException when there is no such file, others may read or change it, or it has no first line
     */
    public static String firstLine(Path file, String what) {
        try {
            Set<PosixFilePermission> others = EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);
            others.retainAll(Files.getPosixFilePermissions(file));
            if (!others.isEmpty()) {
                throw new HearthException("The " + what + " file " + file + " can be read or changed by other users of this "
                        + "machine: make it its owner's alone (chmod 600 " + file + ")");
            }
            List<String> lines = Files.readAllLines(file);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                throw new HearthException("There is no " + what + " in " + file);
            }
            return lines.get(0);
        } catch (NoSuchFileException e) {
            throw new HearthException("There is no " + what + " file " + file);
        } catch (IOException e) {
            throw new HearthException("Cannot read the " + what + " file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The key in the file's first line, in hex ({@code openssl rand -hex 32}).
     *
     * @param what  the key, as messages name it: "pseudonym key"
     * @param bytes the fewest bytes it may have
     * @throws HearthException as {@link #firstLine} does, or when the line is not hex or too short
     */
    public static byte[] hexKey(Path file, String what, int bytes) {
        String line = firstLine(file, what).strip();
        byte[] key;
        try {
            key = HexFormat.of().parseHex(line);
        } catch (IllegalArgumentException e) {
            throw new HearthException("The " + what + " in " + file + " is not hex: write " + bytes + " random bytes in hex "
                    + "(openssl rand -hex " + bytes + ")");
        }
        if (key.length < bytes) {
            throw new HearthException("The " + what + " in " + file + " has " + key.length + " bytes: it needs at least "
                    + bytes + " (openssl rand -hex " + bytes + ")");
        }
        return key;
    }

    /**
     * A new random key of so many bytes (SecureRandom), written in hex to a new file only its owner may read; an
     * existing file is never replaced.
     *
     * @param what the key, as messages name it: "pseudonym key"
     */
    public static byte[] newHexKey(Path file, String what, int bytes) {
        byte[] key = new byte[bytes];
        new SecureRandom().nextBytes(key);
        try {
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, HexFormat.of().formatHex(key) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + what + " " + file + ": " + e.getMessage(), e);
        }
        return key;
    }
}
