package org.hearth.server.claims;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hearth.io.SpreadsheetCell;

/**
 * Claims written as CSV or XLSX in {@link ExportLayout}'s columns, one row per claim after a header row. CSV is UTF-8
 * with CRLF line ends (RFC 4180, as spreadsheets expect), each cell made safe to open in a spreadsheet
 * ({@link SpreadsheetCell}). XLSX (Apache POI) holds one sheet whose cells are typed: ids as numbers, days and instants
 * as dates (instants in UTC), the rest as text, never a formula, so nothing in a cell is ever run; the header row is
 * bold and frozen.
 */
final class ClaimExports {
    static final String CSV_TYPE = "text/csv; charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ClaimExports() {
    }

    static byte[] csv(List<Claim> claims) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(new OutputStreamWriter(bytes, StandardCharsets.UTF_8))) {
            csv.writeRecord(ExportLayout.COLUMNS.stream().map(ExportLayout.Column::name).toList());
            for (Claim claim : claims) {
                csv.writeRecord(ExportLayout.COLUMNS.stream()
                        .map(column -> SpreadsheetCell.safe(ExportLayout.text(column.value().apply(claim)))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(List<Claim> claims, String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle instant = workbook.createCellStyle();
            instant.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Row names = sheet.createRow(0);
            for (int column = 0; column < ExportLayout.COLUMNS.size(); column++) {
                Cell cell = names.createCell(column);
                cell.setCellValue(ExportLayout.COLUMNS.get(column).name());
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            for (int row = 0; row < claims.size(); row++) {
                Row cells = sheet.createRow(row + 1);
                for (int column = 0; column < ExportLayout.COLUMNS.size(); column++) {
                    Object value = ExportLayout.COLUMNS.get(column).value().apply(claims.get(row));
                    Cell cell = cells.createCell(column);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        cell.setCellValue(date);
                        cell.setCellStyle(day);
                    } else if (value instanceof Instant at) {
                        cell.setCellValue(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                        cell.setCellStyle(instant);
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
