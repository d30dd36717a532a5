package org.hearth.engine;

/**
 * A value from a data or plan file as an error message may quote it: cut to {@value #LONGEST} characters, with
 * the characters no value may hold ({@link #forbidden}) written as {@code \n}, {@code \t} or
 * {@code \}{@code u202E}. A message then stays one line on the terminal, cannot move the cursor or
 * recolour it, cannot reverse the text that follows, and cannot carry megabytes of a file into a log.
 */
public final class Excerpt {
    /** The most characters of a value quoted. */
    public static final int LONGEST = 60;

    private Excerpt() {
    }

    /** "'2015-02-30'"; a long value as "'OF-1…' (a value of 16,777,216 characters)". */
    public static String quoted(CharSequence value) {
        if (value.length() <= LONGEST) {
            return "'" + escaped(value) + "'";
        }
        return "'" + escaped(value.subSequence(0, LONGEST)) + "…' (a value of " + String.format("%,d", value.length())
                + " characters)";
    }

    /** The value escaped and cut as {@link #quoted} does, without the quotes: for a column's name. */
    public static String cut(CharSequence value) {
        return value.length() <= LONGEST ? escaped(value) : escaped(value.subSequence(0, LONGEST)) + "…";
    }

    /** The text with each forbidden character, surrogate and backslash written as an escape; the rest as it is. */
    public static String escaped(CharSequence text) {
        return escaped(text, true);
    }

    /**
     * A message with any forbidden character written as an escape, and nothing else changed: for text
     * whose values were quoted already (their backslashes escaped once).
     */
    public static String printable(String message) {
        return escaped(message, false);
    }

    private static String escaped(CharSequence text, boolean value) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean plain = !forbidden(c) && (!value || (c != '\\' && !Character.isSurrogate(c)));
            if (plain) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out == null ? text.toString() : out.toString();
    }

    /**
     * True for a character no value in a data file may hold: a control character (line breaks and
     * tabs among them), a line or paragraph separator, an invisible format character (zero-width
     * spaces, the bidirectional overrides), or the replacement character that stands for bytes that
     * were not UTF-8.
     */
    public static boolean forbidden(char c) {
        if (c >= ' ' && c < 0x7F) {
            return false;
        }
        if (c < 0xA0) {
            return true; // C0 controls, DEL, C1 controls
        }
        int type = Character.getType(c);
        return c == '\uFFFD' || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** What the forbidden character is, for a message: "a line break", "the control character \\u0007". */
    public static String describe(char c) {
        if (c == '\n' || c == '\r') {
            return "a line break";
        }
        if (c == '\uFFFD') {
            return "bytes that are not UTF-8 text";
        }
        return (c < 0xA0 ? "the control character " : "the invisible character ") + escaped(String.valueOf(c));
    }
}
