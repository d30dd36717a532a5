package org.hearth.server.ingest;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.hearth.io.canonical.CanonicalRows;

/**
 * A stored row as a line of its file ({@code stored_row.cells}, V20): its cells in the format's column order, written
 * as CSV by FastCSV, without the line break. The whole authority is read back as these lines ({@link StoredData}), so
 * that PostgreSQL sends text it holds instead of turning each row's jsonb back into text, which was most of the time a
 * cohort took to read back (docs/benchmarks.md). A row's line and its {@code fields} are written from the same cells.
 * No value stored holds a line break or another control character (the reader refuses them), so a line is one line.
 * One writer is for one thread.
 */
public final class StoredLine {
    private final StringWriter text = new StringWriter();
    private final CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).bufferSize(0).build(text);

    /** The line of these cells, in their file's column order. */
    public String of(String... cells) {
        StringBuffer buffer = text.getBuffer();
        buffer.setLength(0);
        csv.writeRecord(cells);
        return buffer.substring(0, buffer.length() - 1);
    }

    /** The line of a row of {@code file} from its values by column name; a column without a value is empty. */
    public String of(String file, Map<String, String> values) {
        List<String> columns = CanonicalRows.columns(file);
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = values.getOrDefault(columns.get(i), "");
        }
        return of(cells);
    }
}
