package org.hearth.server.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.hearth.io.canonical.CanonicalRows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merges the rows of an import (the table {@code incoming}) into what is stored, keeping history:
 * <ul>
 *   <li>a row whose file and key are held with the same values is <b>unchanged</b>: nothing is added;</li>
 *   <li>a row whose file and key are held with other values <b>replaces</b> it: the held row is ended, not
 *       deleted;</li>
 *   <li>a held row of a file the import holds, from a source the import's file names, whose key the import
 *       does not have, is <b>withdrawn</b> (ended): a newer extract of a source supersedes the older one (a
 *       file holding no rows names no source, so withdraws nothing);</li>
 *   <li>every other row is <b>added</b>.</li>
 * </ul>
 */
final class RowMerge {
    private RowMerge() {
    }

    static Map<String, ImportReport.FileCounts> merge(JdbcTemplate jdbc, long importId, Map<String, Long> rowsByFile) {
        Map<String, Long> unchanged = counts(jdbc, """
                select i.file, count(*) from incoming i
                join stored_row s on s.ended_by is null and s.file = i.file and s.row_key = i.row_key and s.fields = i.fields
                group by i.file""");
        Map<String, Long> replaced = counts(jdbc, """
                with ended as (
                    update stored_row s set ended_by = ?, end_reason = 'replaced' from incoming i
                    where s.ended_by is null and s.file = i.file and s.row_key = i.row_key and s.fields <> i.fields
                    returning s.file)
                select file, count(*) from ended group by file""", importId);
        Map<String, Long> withdrawn = counts(jdbc, """
                with scope as (select distinct file, source from incoming),
                ended as (
                    update stored_row s set ended_by = ?, end_reason = 'withdrawn'
                    where s.ended_by is null
                      and exists (select 1 from scope c where c.file = s.file and c.source is not distinct from s.source)
                      and not exists (select 1 from incoming i where i.file = s.file and i.row_key = s.row_key)
                    returning s.file)
                select file, count(*) from ended group by file""", importId);
        Map<String, Long> stored = counts(jdbc, """
                with added as (
                    insert into stored_row (file, row_key, source, person_id, family_id, fields, cells, import_id, line)
                    select i.file, i.row_key, i.source, i.person_id, i.family_id, i.fields, i.cells, ?, i.line from incoming i
                    where not exists (select 1 from stored_row s where s.ended_by is null and s.file = i.file and s.row_key = i.row_key)
                    returning file)
                select file, count(*) from added group by file""", importId);

        Map<String, ImportReport.FileCounts> report = new LinkedHashMap<>();
        for (String file : CanonicalRows.files()) {
            if (rowsByFile.containsKey(file) || withdrawn.containsKey(file)) {
                long replacing = replaced.getOrDefault(file, 0L);
                report.put(file, new ImportReport.FileCounts(stored.getOrDefault(file, 0L) - replacing, replacing,
                        unchanged.getOrDefault(file, 0L), withdrawn.getOrDefault(file, 0L)));
            }
        }
        return report;
    }

    private static Map<String, Long> counts(JdbcTemplate jdbc, String sql, Object... arguments) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query(sql, row -> {
            counts.put(row.getString(1), row.getLong(2));
        }, arguments);
        return counts;
    }
}
