package org.hearth.io.ingest;

/**
 * A row of rejected.csv: a row, or a value, of the input that was not staged, and why.
 *
 * @param line  the line of the file (for XML, the line of the element), or 0 for the whole file
 * @param field the source's name for the field at fault, or empty for the whole row
 */
public record Rejection(String file, long line, String field, String value, String reason, String provider) {

    static final String[] HEADER = {"file", "line", "field", "value", "reason", "provider"};

    /** One line for the console: {@code cin.xml:42: UPN: 'A12…': the check letter is wrong…}. */
    public String describe() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + reason;
    }
}
