package org.hearth.server.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A stored row's values by column, as {@code stored_row.fields} holds them: a JSON object of strings. One reading and
 * one writing of it, for the rows Hearth makes itself ({@link ImportMadeInHearth}) and for those who read a row's
 * values back whole (a correction, a subject access pack).
 */
public final class StoredFields {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> VALUES = new TypeReference<>() {
    };

    private StoredFields() {
    }

    /** The values of {@code fields}, by column, in the order the object gives them. */
    public static Map<String, String> of(String fields) {
        try {
            return JSON.readValue(fields, VALUES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored row's fields are not JSON", e);
        }
    }

    /** The values as {@code fields} holds them. */
    public static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
