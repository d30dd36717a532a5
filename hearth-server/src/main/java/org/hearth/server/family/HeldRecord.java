package org.hearth.server.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.io.canonical.CanonicalRows;
import org.hearth.server.ingest.StoredFields;

/**
 * A record held about a family or a member, as the family page and the evidence pack show it and a claim's frozen
 * evidence keeps it (org.hearth.server.claims): its values in the format's column order (the database keeps them
 * unordered) and its provenance.
 *
 * @param fields each column's value but the record's id and source, which are shown apart; empty ones left out
 * @param source the system the record came from, as the file gave it
 * @param line the line of the imported file the record was on; null for a record made in Hearth (a signed-off
 *             answer, whose import is its sign-off)
 */
public record HeldRecord(String recordId, Map<String, String> fields, String source, long importId, Long line) {

    /**
     * Rows of stored_row as {@link FamilyDirectory#records} gives them ({@code file, record_id, fields, source,
     * import_id, line}), by file, files and records in the order given.
     */
    public static Map<String, List<HeldRecord>> byFile(List<Map<String, Object>> rows) {
        Map<String, List<HeldRecord>> files = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String file = (String) row.get("file");
            files.computeIfAbsent(file, name -> new ArrayList<>()).add(new HeldRecord((String) row.get("record_id"),
                    inColumnOrder(file, String.valueOf(row.get("fields"))), (String) row.get("source"),
                    ((Number) row.get("import_id")).longValue(), row.get("line") == null ? null : ((Number) row.get("line")).longValue()));
        }
        return files;
    }

    /** Where the record came from, in words: "police; import 1, line 2", or "Hearth; import 7 (a sign-off)". */
    public String provenance() {
        return (source == null ? "no source given" : source) + "; import " + importId
                + (line == null ? " (recorded in Hearth)" : ", line " + line);
    }

    private static Map<String, String> inColumnOrder(String file, String json) {
        Map<String, String> values = StoredFields.of(json);
        Map<String, String> ordered = new LinkedHashMap<>();
        String key = CanonicalRows.keyColumn(file);
        for (String column : CanonicalRows.columns(file)) {
            String value = values.get(column);
            if (value != null && !value.isEmpty() && !column.equals(key) && !column.equals("source")) {
                ordered.put(column, value);
            }
        }
        return ordered;
    }
}
