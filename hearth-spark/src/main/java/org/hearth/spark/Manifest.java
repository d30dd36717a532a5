package org.hearth.spark;

import static org.hearth.io.SpreadsheetCell.safe;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * {@code authorities.csv} in the output folder: each authority's result file, the data folder it was made from and
 * how many families it holds, by authority name, so that a result can be traced to its data.
 */
final class Manifest {
    static final String FILE = "authorities.csv";

    private Manifest() {
    }

    static void write(Path folder, List<AuthorityResult> results) {
        try (Writer writer = Files.newBufferedWriter(folder.resolve(FILE), StandardCharsets.UTF_8);
             CsvWriter csv = CsvWriter.builder().build(writer)) {
            csv.writeRecord("authority", "file", "families", "data_folder");
            for (AuthorityResult result : results.stream().sorted(Comparator.comparing(r -> r.authority().name())).toList()) {
                csv.writeRecord(safe(result.authority().name()), safe(result.file()), Integer.toString(result.families()),
                        safe(result.authority().folder()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + folder.resolve(FILE), e);
        }
    }
}
