package org.hearth.io.ingest;

import java.util.Arrays;

/**
 * One person as a source records them, for persons.csv: each value with the source's own name for the field it came
 * from, so that a value dropped by its check is reported in the source's words ({@code UPN}, {@code NHSNumber}).
 */
final class StagedPerson {
    private final String[] values = new String[PersonColumn.values().length];
    private final String[] fields = new String[PersonColumn.values().length];
    private final long[] lines = new long[PersonColumn.values().length];

    StagedPerson(String sourcePersonId, String provider) {
        values[PersonColumn.SOURCE_PERSON_ID.ordinal()] = sourcePersonId;
        values[PersonColumn.PROVIDER.ordinal()] = provider;
    }

    /** Sets a value read from the source's field; an empty or missing value leaves the column empty. */
    StagedPerson set(PersonColumn column, String value, String sourceField) {
        if (value != null && !value.isBlank()) {
            values[column.ordinal()] = value.strip();
            fields[column.ordinal()] = sourceField;
        }
        return this;
    }

    /** As {@link #set(PersonColumn, String, String)}, from a field on its own line of the file (an XML element). */
    StagedPerson set(PersonColumn column, String value, String sourceField, long line) {
        set(column, value, sourceField);
        lines[column.ordinal()] = line;
        return this;
    }

    /** Where a column's value came from: its own line, when it has one, or the person's. */
    Origin origin(PersonColumn column, Origin person) {
        long line = lines[column.ordinal()];
        return line > 0 ? person.at(line) : person;
    }

    String get(PersonColumn column) {
        return values[column.ordinal()];
    }

    String id() {
        return get(PersonColumn.SOURCE_PERSON_ID);
    }

    /** The source's name for the field a column's value came from. */
    String field(PersonColumn column) {
        String field = fields[column.ordinal()];
        return field == null ? column.column() : field;
    }

    void clear(PersonColumn column) {
        values[column.ordinal()] = null;
    }

    String[] cells() {
        return Arrays.stream(values).map(v -> v == null ? "" : v).toArray(String[]::new);
    }
}
