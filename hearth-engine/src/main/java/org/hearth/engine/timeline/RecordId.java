package org.hearth.engine.timeline;

import java.nio.charset.StandardCharsets;

/**
 * The identifier a source gave a record, as an auditor will look it up: text, compared and ordered as
 * text. An authority holds millions of records, and an identifier held as a {@link String} costs some
 * 56 bytes; one of at most 16 characters, each a single byte of Latin-1 (not the character 0), is held
 * here in two numbers instead (32 bytes), big end first so that the numbers order as the text does.
 * Longer or other text is kept as it is. The text is made again when asked for.
 */
public final class RecordId implements Comparable<RecordId> {
    private static final int PACKED_LENGTH = 16;

    /** Characters 1 to 8, each in one byte, the first in the highest; zero bytes after the last. */
    private final long first;
    /** Characters 9 to 16, likewise. */
    private final long second;
    /** The text, when it could not be packed; null when it is. */
    private final String text;

    private RecordId(long first, long second, String text) {
        this.first = first;
        this.second = second;
        this.text = text;
    }

    /** The identifier with this text; it must not be blank. */
    public static RecordId of(String text) {
        Require.text(text, "record_id");
        if (text.length() > PACKED_LENGTH) {
            return new RecordId(0, 0, text);
        }
        long first = 0;
        long second = 0;
        for (int i = 0; i < PACKED_LENGTH; i++) {
            long c = i < text.length() ? text.charAt(i) : 0;
            if (i < text.length() && (c == 0 || c > 0xFF)) {
                return new RecordId(0, 0, text);
            }
            if (i < 8) {
                first = first << 8 | c;
            } else {
                second = second << 8 | c;
            }
        }
        return new RecordId(first, second, null);
    }

    @Override
    public String toString() {
        if (text != null) {
            return text;
        }
        byte[] bytes = new byte[PACKED_LENGTH];
        int length = 0;
        for (; length < PACKED_LENGTH; length++) {
            long packed = length < 8 ? first : second;
            byte c = (byte) (packed >>> (8 * (7 - length % 8)));
            if (c == 0) {
                break;
            }
            bytes[length] = c;
        }
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }

    /** As the texts compare ({@link String#compareTo}). */
    @Override
    public int compareTo(RecordId other) {
        if (text != null || other.text != null) {
            return toString().compareTo(other.toString());
        }
        int byFirst = Long.compareUnsigned(first, other.first);
        return byFirst != 0 ? byFirst : Long.compareUnsigned(second, other.second);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordId id && first == id.first && second == id.second
                && (text == null ? id.text == null : text.equals(id.text));
    }

    @Override
    public int hashCode() {
        return text != null ? text.hashCode() : Long.hashCode(first * 31 + second);
    }
}
