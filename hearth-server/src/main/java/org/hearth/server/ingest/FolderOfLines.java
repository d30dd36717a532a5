package org.hearth.server.ingest;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.hearth.io.canonical.CanonicalRows;

/**
 * Writes a canonical folder from stored rows' lines ({@link StoredLine}), the rows of a file together and in file
 * order: each file gets its header, then its lines as they came. The rows come either as a stream, each its file's
 * name, the control character US (0x1F), its line and a line feed, written byte for byte ({@link #write}), or one by
 * one ({@link #row}). A file no row names is not written. A row that names no file of the format, or a file met again
 * after another, is an error: the rows are not what {@link StoredData} asked for.
 */
final class FolderOfLines implements Closeable {
    private static final int SEPARATOR = 0x1F;
    private static final int LONGEST_NAME = 255;

    private final Path folder;
    private final Set<String> opened = new HashSet<>();
    private final byte[] name = new byte[LONGEST_NAME];
    private int nameLength;
    private byte[] fileName = new byte[0];
    private OutputStream file;

    FolderOfLines(Path folder) {
        this.folder = folder;
    }

    /** Writes every row of the stream, as it comes. */
    void write(InputStream rows) throws IOException {
        byte[] buffer = new byte[1 << 16];
        boolean inName = true;
        for (int read = rows.read(buffer); read >= 0; read = rows.read(buffer)) {
            int from = 0;
            for (int i = 0; i < read; i++) {
                if (inName) {
                    if (buffer[i] == SEPARATOR) {
                        inName = false;
                        toFileNamed(name, nameLength);
                        nameLength = 0;
                        from = i + 1;
                    } else if (nameLength == LONGEST_NAME) {
                        throw new IOException("a row copied out names no file: no separator in its first "
                                + LONGEST_NAME + " bytes");
                    } else {
                        name[nameLength++] = buffer[i];
                    }
                } else if (buffer[i] == '\n') {
                    file.write(buffer, from, i + 1 - from);
                    inName = true;
                }
            }
            if (!inName) {
                file.write(buffer, from, read - from);
            }
        }
        if (!inName || nameLength > 0) {
            throw new IOException("the rows copied out end part way through a row");
        }
    }

    /** Writes one row: its file's name and its line. */
    void row(String fileName, String line) throws IOException {
        byte[] named = fileName.getBytes(StandardCharsets.UTF_8);
        toFileNamed(named, named.length);
        file.write(line.getBytes(StandardCharsets.UTF_8));
        file.write('\n');
    }

    /** Ends the file being written. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }

    /** The row's file, its name's first {@code length} bytes, is the one being written, or the next, opened with its header. */
    private void toFileNamed(byte[] bytes, int length) throws IOException {
        if (file != null && Arrays.equals(bytes, 0, length, fileName, 0, fileName.length)) {
            return;
        }
        String named = new String(bytes, 0, length, StandardCharsets.UTF_8);
        if (!CanonicalRows.files().contains(named)) {
            throw new IOException("a row copied out names " + named + ", which is not a file of the format");
        }
        if (!opened.add(named)) {
            throw new IOException("the rows of " + named + " were copied out apart, not together");
        }
        if (file != null) {
            file.close();
        }
        fileName = Arrays.copyOf(bytes, length);
        file = new BufferedOutputStream(Files.newOutputStream(folder.resolve(named)), 1 << 16);
        String header = new StoredLine().of(CanonicalRows.columns(named).toArray(String[]::new)) + "\n";
        file.write(header.getBytes(StandardCharsets.UTF_8));
    }
}
