package org.hearth.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.hearth.engine.HearthException;

/**
 * A file holding a secret the authority keeps (a backup's passphrase, the pseudonyms' key), which its owner alone may
 * read or change: one another user of the machine could read would give away every archive or every pseudonym.
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
}
