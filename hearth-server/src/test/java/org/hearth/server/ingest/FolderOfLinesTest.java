package org.hearth.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hearth.io.canonical.CanonicalRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole authority copied out of PostgreSQL, each row its file, US and its line, becomes the folder: each file its
 * header and its lines as they came, whatever the reads' sizes; a stream that is not what was asked for is refused.
 */
class FolderOfLinesTest {
    private static final String US = "\u001f";

    @TempDir
    Path folder;

    @Test
    void eachFileGetsItsHeaderAndItsLinesAsTheyCameHoweverTheStreamIsCut() throws IOException {
        String rows = "families.csv" + US + "F1,\n" + "families.csv" + US + "F2,\"Ref, with \"\"quotes\"\"\"\n"
                + "people.csv" + US + "P1,2010-02-28,female,,,,,,Zoë,O'Brien\n";

        try (FolderOfLines files = new FolderOfLines(folder)) {
            files.write(trickling(rows, 3));
        }

        assertThat(Files.readAllLines(folder.resolve("families.csv"))).containsExactly(header("families.csv"), "F1,",
                "F2,\"Ref, with \"\"quotes\"\"\"");
        assertThat(Files.readAllLines(folder.resolve("people.csv"))).containsExactly(header("people.csv"),
                "P1,2010-02-28,female,,,,,,Zoë,O'Brien");
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("families.csv",
                    "people.csv");
        }
    }

    @Test
    void aRowOfAFileTheFormatDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> new FolderOfLines(folder).write(stream("../secrets.csv" + US + "x\n")))
                .isInstanceOf(IOException.class)
                .hasMessage("a row copied out names ../secrets.csv, which is not a file of the format");
    }

    @Test
    void aFileWhoseRowsComeApartIsRefused() {
        String rows = "families.csv" + US + "F1,\n" + "people.csv" + US + "P1\n" + "families.csv" + US + "F2,\n";

        assertThatThrownBy(() -> new FolderOfLines(folder).write(stream(rows))).isInstanceOf(IOException.class)
                .hasMessage("the rows of families.csv were copied out apart, not together");
    }

    @Test
    void aStreamThatEndsPartWayThroughARowIsRefused() {
        assertThatThrownBy(() -> new FolderOfLines(folder).write(stream("families.csv" + US + "F1,")))
                .isInstanceOf(IOException.class).hasMessage("the rows copied out end part way through a row");
        assertThatThrownBy(() -> new FolderOfLines(folder).write(stream("families.c")))
                .isInstanceOf(IOException.class).hasMessage("the rows copied out end part way through a row");
    }

    private static String header(String file) {
        return String.join(",", CanonicalRows.columns(file));
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The text, given at most {@code most} bytes a read, as a network stream may give it. */
    private static InputStream trickling(String text, int most) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] buffer, int offset, int length) {
                return super.read(buffer, offset, Math.min(length, most));
            }
        };
    }
}
