package org.hearth.io.ingest;

import java.util.Arrays;

/**
 * One person as a source records them, for persons.csv: each value with the source's own name for the field it came
 * from, so that a value dropped by its check is reported in the source's words ({@code UPN}, {@code NHSNumber}).
 */
final class StagedPerson {
    private final String[] values = new String[PersonColumn.values().length];
    private final String[] fields = new String[PersonColumn.values().length];

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
