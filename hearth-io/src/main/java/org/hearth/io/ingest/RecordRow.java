package org.hearth.io.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * A record being made from a source's row: canonical cells by column name, and for each the source's own field it
 * came from, so that a cell the format rejects is reported in the source's words.
 */
final class RecordRow {
    private final Map<String, String> cells = new HashMap<>();
    private final Map<String, String> fields = new HashMap<>();

    /** A cell from a field of the source (a null value leaves the cell empty). */
    RecordRow put(String column, String value, String sourceField) {
        if (value != null) {
            cells.put(column, value);
        }
        fields.put(column, sourceField);
        return this;
    }

    /** A cell the reader sets itself (a code it chose, the provider). */
    RecordRow set(String column, String value) {
        return put(column, value, column);
    }

    Map<String, String> cells() {
        return cells;
    }

    Map<String, String> fields() {
        return fields;
    }
}
