package org.hearth.engine.plan;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.Excerpt;

/**
 * A plan file's text, checked before the YAML reader sees it: a regular file of at most
 * {@value #MOST_BYTES} bytes, UTF-8, with no line longer than {@value #LONGEST_LINE} characters and no
 * control character but tab and line ends. Real plans are far inside these limits (the largest built-in
 * plan is 88 KB, its longest line under 500 characters); beyond them the YAML reader's time grows with the
 * square of a line's length, so a file of one very long line could stop the process for minutes.
 */
final class PlanText {
    /** The largest plan file read: 1 MiB. */
    static final int MOST_BYTES = 1 << 20;
    /** The longest line read, in characters. */
    static final int LONGEST_LINE = 4_000;

    private PlanText() {
    }

    /** The file's text, checked. */
    static String read(Path file) {
        return read(file.toString(), bytes(file));
    }

    /** The bytes of a regular file of at most {@value #MOST_BYTES} bytes. */
    static byte[] bytes(Path file) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw refused(name, "is a folder, not a plan file");
        }
        if (!Files.isRegularFile(file)) {
            throw refused(name, Files.exists(file) ? "is not a regular file (a device, a pipe or a socket)"
                    : "no such file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MOST_BYTES) {
                throw refused(name, tooLarge(size));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + Excerpt.printable(String.valueOf(e.getMessage())));
        }
        return bytes;
    }

    /** The text of a file's bytes (an upload), checked as a file's are. */
    static String read(String name, byte[] bytes) {
        if (bytes.length > MOST_BYTES) {
            throw refused(name, tooLarge(bytes.length));
        }
        return checked(name, decoded(name, bytes));
    }

    /** The reader's text, checked; at most {@value #MOST_BYTES} characters are read. */
    static String read(String name, Reader reader) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                text.append(buffer, 0, n);
                if (text.length() > MOST_BYTES) {
                    throw refused(name, "is larger than the " + String.format("%,d", MOST_BYTES) + " bytes a plan may have");
                }
            }
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + Excerpt.printable(String.valueOf(e.getMessage())));
        }
        return checked(name, text.toString());
    }

    private static String decoded(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new InvalidPlanException(name, List.of(new PlanError(name, line, at - lineStart + 1, "",
                    "is not UTF-8 text: byte " + String.format("0x%02X", bytes[at] & 0xFF) + " here is not a character")));
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The text, when no line is too long and no character is one a plan may not hold; every such place reported. */
    private static String checked(String name, String text) {
        List<PlanError> errors = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (i - lineStart > LONGEST_LINE) {
                    errors.add(new PlanError(name, line, LONGEST_LINE + 1, "", "the line is " + String.format("%,d", i - lineStart)
                            + " characters long; a plan's lines are at most " + String.format("%,d", LONGEST_LINE)));
                }
                line++;
                lineStart = i + 1;
            } else if ((c < ' ' && c != '\t' && c != '\r') || c == 0x7F) {
                errors.add(new PlanError(name, line, i - lineStart + 1, "", "holds " + Excerpt.describe(c)
                        + ", which a plan may not"));
            }
            if (errors.size() >= 20) {
                break; // enough to see what is wrong: a binary file would give one per byte
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidPlanException(name, errors);
        }
        return text;
    }

    private static String tooLarge(long bytes) {
        return "is " + String.format("%,d", bytes) + " bytes; a plan file is at most " + String.format("%,d", MOST_BYTES)
                + " bytes (the largest built-in plan is under 100,000)";
    }

    private static InvalidPlanException refused(String name, String why) {
        return new InvalidPlanException(name, List.of(new PlanError(name, 0, 0, "", why)));
    }
}
