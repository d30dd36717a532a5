package org.hearth.cli;

import static org.hearth.io.SpreadsheetCell.safe;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.io.canonical.DataError;

/**
 * Every error found in a data folder, or every reason a row was left out, written to a CSV file
 * ({@code file,line,column,field,message}) whole or not at all: the terminal shows the first screenful,
 * the file holds them all.
 */
final class ErrorList {
    private final Path path;
    private final OutputFile file;

    private ErrorList(Path path, OutputFile file) {
        this.path = path;
        this.file = file;
    }

    /** The list's file, checked before any reading ({@link OutputFile#checked}). */
    static ErrorList at(Path path, List<Path> inputs) {
        return new ErrorList(path, OutputFile.checked(path, inputs));
    }

    void write(List<DataError> errors) {
        file.write(stream -> {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CsvWriter csv = CsvWriter.builder().build(writer);
            csv.writeRecord("file", "line", "column", "field", "message");
            for (DataError error : errors) {
                csv.writeRecord(safe(error.file()), Long.toString(error.line()), Integer.toString(error.column()),
                        safe(error.field()), safe(error.message()));
            }
            writer.flush();
        });
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
