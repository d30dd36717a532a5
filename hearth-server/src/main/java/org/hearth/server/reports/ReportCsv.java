package org.hearth.server.reports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.hearth.io.SpreadsheetCell;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A report's table as a CSV download (RFC 4180 by FastCSV, lines ending CRLF as spreadsheets expect), its header
 * the table's headers and each row its cells' text, every cell made safe to open in a spreadsheet ({@link
 * SpreadsheetCell}). UTF-8 with a byte-order mark, without which Excel reads a plan's names in the wrong encoding.
 */
final class ReportCsv {
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private ReportCsv() {
    }

    /** The table's text as a CSV file. */
    static String of(ReportTable table) {
        StringWriter text = new StringWriter();
        text.write(BYTE_ORDER_MARK);
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
            csv.writeRecord(table.headers().stream().map(SpreadsheetCell::safe).toList());
            for (ReportTable.Row row : table.rows()) {
                csv.writeRecord(row.cells().stream().map(cell -> SpreadsheetCell.safe(cell.text())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The download, named for the report, the table and the review date: {@code hearth-claims-forecast-quarters-2019-03-31.csv}.
     */
    static ResponseEntity<String> download(String report, ReportTable table, LocalDate reviewDate) {
        String name = "hearth-" + report + "-" + table.id() + "-" + reviewDate + ".csv";
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(of(table));
    }
}
