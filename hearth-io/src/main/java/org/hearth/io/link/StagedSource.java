package org.hearth.io.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.hearth.engine.HearthException;
import org.hearth.io.matching.SourcePerson;
import org.hearth.io.matching.StagedPersons;

/**
 * One staged source folder as {@code hearth link} reads it (docs/data-in.md, "The staged source folder"): the source's
 * id and the day it was read ({@code source.csv}), its people ({@code persons.csv}, read by {@link StagedPersons}) and
 * its canonical record files, whose person ids are the source's own.
 *
 * @param recordFiles the folder's record files (every {@code .csv} but persons, source and rejected), by name
 */
record StagedSource(Path folder, String source, String kind, LocalDate readOn, List<SourcePerson> persons,
                    List<Path> recordFiles) {
    private static final Set<String> NOT_RECORDS = Set.of("persons.csv", "source.csv", "rejected.csv");

    /**
     * @throws HearthException naming the folder, file and line when source.csv is not one row with a source and a
     *                         read_on date
     * @throws org.hearth.io.canonical.InvalidDataException when persons.csv is wrong
     */
    static StagedSource read(Path folder) {
        Path sourceFile = folder.resolve("source.csv");
        if (!Files.isRegularFile(sourceFile)) {
            throw new HearthException(folder + ": is not a staged source folder (no source.csv); hearth ingest writes one");
        }
        List<SourcePerson> persons = StagedPersons.read(folder);
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(sourceFile);
             Stream<Path> files = Files.list(folder)) {
            List<NamedCsvRecord> rows = csv.stream().toList();
            if (rows.size() != 1) {
                throw new HearthException(sourceFile + ": holds " + rows.size() + " rows; a source is described by one");
            }
            NamedCsvRecord row = rows.get(0);
            LocalDate readOn = day(sourceFile, row.findField("read_on").orElse(""));
            List<Path> recordFiles = files.filter(file -> file.getFileName().toString().endsWith(".csv"))
                    .filter(file -> !NOT_RECORDS.contains(file.getFileName().toString())).sorted().toList();
            return new StagedSource(folder, row.findField("source").orElse(""), row.findField("kind").orElse(""), readOn,
                    persons, recordFiles);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static LocalDate day(Path file, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new HearthException(file + ", line 2, field read_on: '" + text + "' is not a date (YYYY-MM-DD): the day "
                    + "the source was read dates the people's addresses");
        }
    }
}
