package org.hearth.io.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/**
 * One input file of a source, opened as a stream that reports the bytes read (for a progress bar over files of
 * hundreds of megabytes), and named in messages by its file name.
 */
record SourceFile(Path path, LongConsumer progress) {

    String name() {
        return path.getFileName().toString();
    }

    InputStream open() throws IOException {
        return new FilterInputStream(Files.newInputStream(path)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    progress.accept(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    progress.accept(n);
                }
                return n;
            }
        };
    }
}
