package org.hearth.server.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.hearth.server.SecretFile;

/**
 * The passphrase a backup archive is encrypted with. The authority keeps it apart from the archives (docs/operations.md,
 * "Backups"): whoever holds both can read every record. It is never an argument or a setting's value, which other
 * users of the machine or the server's logs could see: it is read from a file only its owner may read, or from
 * standard input.
 */
public final class Passphrase {
    /** Long enough that guessing it is not the easy way in: 16 characters, as of several words. */
    public static final int SHORTEST = 16;

    private final char[] characters;

    private Passphrase(char[] characters) {
        this.characters = characters;
    }

    /** The first line of the file, which only its owner may read or change ({@link SecretFile}). */
    public static Passphrase fromFile(Path file) {
        return checked(SecretFile.firstLine(file, "passphrase"), "the passphrase file " + file);
    }

    /** The first line of the stream (standard input). */
    public static Passphrase fromStream(InputStream in, String what) {
        try {
            return firstLine(in, what);
        } catch (IOException e) {
            throw new BackupException("Cannot read the passphrase from " + what + ": " + e.getMessage(), e);
        }
    }

    private static Passphrase firstLine(InputStream in, String what) throws IOException {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isBlank()) {
            throw new BackupException("There is no passphrase in " + what);
        }
        return checked(line, what);
    }

    private static Passphrase checked(String line, String what) {
        if (line.length() < SHORTEST) {
            throw new BackupException("The passphrase in " + what + " has " + line.length() + " characters: a backup's "
                    + "passphrase needs at least " + SHORTEST);
        }
        return new Passphrase(line.toCharArray());
    }

    /** The characters, for the cipher alone. */
    char[] characters() {
        return characters.clone();
    }

    @Override
    public String toString() {
        return "a passphrase";
    }
}
