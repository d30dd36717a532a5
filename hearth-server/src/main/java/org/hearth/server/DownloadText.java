package org.hearth.server;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A file hearth-io writes (the decisions files {@code hearth link} reads) made in memory as the bytes of a download,
 * in UTF-8: exactly what the writer writes, and never on the server's disk, since the files name people.
 */
public final class DownloadText {
    private DownloadText() {
    }

    /** Writes text to the writer given. */
    @FunctionalInterface
    public interface Writing {
        void to(Writer out) throws IOException;
    }

    public static byte[] of(Writing writing) {
        StringWriter out = new StringWriter();
        try {
            writing.to(out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail: " + e.getMessage(), e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
