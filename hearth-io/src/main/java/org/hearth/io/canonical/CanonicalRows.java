package org.hearth.io.canonical;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.hearth.engine.HearthException;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.SchoolTerm;

/**
 * The rows of a canonical folder as text, each with its file and line, for a store that keeps every row
 * as it came (the server keeps each row with its provenance and rebuilds folders from what it holds).
 * Rows are given in the format's column order (docs/data-format.md), whatever order the file's header
 * used, with a column the file left out given as empty.
 *
 * <p>This class does not check anything: read a folder with {@link CanonicalReader} first. A folder
 * written back by {@link #writer} is read by {@link CanonicalReader} like any other.
 */
public final class CanonicalRows {
    private CanonicalRows() {
    }

    /** Receives the rows of a folder, file by file. */
    @FunctionalInterface
    public interface Sink {
        void row(String file, long line, String[] cells) throws IOException;
    }

    /** Every file a folder may hold, in the format's order ("people.csv", …, "offences.csv", …). */
    public static List<String> files() {
        List<String> files = new ArrayList<>();
        for (Layout<?> layout : DataFolder.layouts()) {
            files.add(layout.file());
        }
        return files;
    }

    /** The columns of a file in the format's order. */
    public static List<String> columns(String file) {
        return List.of(layout(file).header());
    }

    /** The column whose values are unique in the file ({@code record_id}, {@code person_id}, …), or null. */
    public static String keyColumn(String file) {
        Column<?, String> key = layout(file).key();
        return key == null ? null : key.name();
    }

    /**
     * Streams the rows of every file of the format the folder holds, in the format's file order, each
     * file's rows in file order with the line each starts on (the header is line 1).
     */
    public static void read(Path folder, Sink sink) throws IOException {
        for (Layout<?> layout : DataFolder.layouts()) {
            Path path = folder.resolve(layout.file());
            if (Files.isRegularFile(path)) { // a link inside the folder is read, as the reader reads it
                read(path, layout, sink);
            }
        }
    }

    private static void read(Path path, Layout<?> layout, Sink sink) throws IOException {
        try (CsvReader<CsvRecord> csv = TableFile.reader(path)) {
            Iterator<CsvRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                return;
            }
            CsvRecord header = rows.next();
            int[] fieldOf = new int[layout.columns().size()];
            for (int c = 0; c < fieldOf.length; c++) {
                fieldOf[c] = -1;
            }
            for (int f = 0; f < header.getFieldCount(); f++) {
                Column<?, ?> column = layout.column(header.getField(f));
                if (column != null) {
                    fieldOf[column.index()] = f;
                }
            }
            while (rows.hasNext()) {
                CsvRecord row = rows.next();
                String[] cells = new String[fieldOf.length];
                for (int c = 0; c < cells.length; c++) {
                    cells[c] = fieldOf[c] < 0 ? "" : row.getField(fieldOf[c]);
                }
                sink.row(layout.file(), row.getStartingLineNumber(), cells);
            }
        }
    }

    /** The rows of {@code school_terms.csv} that give the calendar's terms, as the writer writes them. */
    public static List<String[]> schoolTerms(SchoolCalendar calendar) {
        List<String[]> rows = new ArrayList<>();
        for (SchoolTerm term : calendar.terms()) {
            rows.add(CoreLayouts.SCHOOL_TERMS.write(term));
        }
        return rows;
    }

    /** Writes one file of a folder from rows in the format's column order, header first. */
    public static CsvWriter writer(Path folder, String file) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                .build(folder.resolve(file), StandardCharsets.UTF_8);
        csv.writeRecord(layout(file).header());
        return csv;
    }

    private static Layout<?> layout(String file) {
        Layout<?> layout = DataFolder.layout(file);
        if (layout == null) {
            throw new HearthException(DataFolder.unknown(file));
        }
        return layout;
    }
}
