package org.hearth.io.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.hearth.engine.Excerpt;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;

/**
 * Reads the people of one staged source folder: its {@code source.csv} (for the source's id) and its
 * {@code persons.csv}, exactly the columns docs/data-in.md gives them, in any order. All or nothing: every error
 * found is reported with its file, line, column and what is wrong, and nothing is returned when there is one.
 */
public final class StagedPersons {
    static final String SOURCE_FILE = "source.csv";
    static final String PERSONS_FILE = "persons.csv";
    private static final int ERRORS_KEPT = 1000;
    private static final List<String> COLUMNS = List.of("source_person_id", "provider", "upn", "former_upn",
            "nhs_number", "ni_number", "local_child_id", "given_name", "family_name", "former_family_name",
            "date_of_birth", "sex", "postcode", "address", "uprn", "household_ref");
    private static final Set<String> SEXES = Set.of("female", "male", "other", "unknown");

    private final Path folder;
    private final List<DataError> errors = new ArrayList<>();
    private long errorCount;
    private int width;

    private StagedPersons(Path folder) {
        this.folder = folder;
    }

    /**
     * The people of a staged source folder, in the order of its {@code persons.csv}.
     *
     * @throws InvalidDataException when a file is missing or a row is wrong (nothing is returned)
     */
    public static List<SourcePerson> read(Path folder) {
        return new StagedPersons(folder).read();
    }

    /**
     * The people of several staged source folders, folder by folder, as {@code hearth link} reads them.
     *
     * @throws InvalidDataException for the first folder that is wrong, or when two folders hold the same source
     */
    public static List<SourcePerson> readAll(List<Path> folders) {
        List<SourcePerson> people = new ArrayList<>();
        Map<String, Path> sources = new HashMap<>();
        for (Path folder : folders) {
            List<SourcePerson> read = read(folder);
            if (!read.isEmpty()) {
                String source = read.get(0).key().source();
                Path earlier = sources.putIfAbsent(source, folder);
                if (earlier != null) {
                    throw new InvalidDataException(folder.toString(), List.of(new DataError(SOURCE_FILE, 2, 0, "source",
                            "source " + Excerpt.quoted(source) + " is also the source of " + earlier
                                    + ": a source is linked once, from its latest staged folder")), 1);
                }
            }
            people.addAll(read);
        }
        return people;
    }

    private List<SourcePerson> read() {
        try {
            String source = sourceId();
            List<SourcePerson> persons = source == null ? List.of() : persons(source);
            if (errorCount > 0) {
                throw new InvalidDataException(folder.toString(), errors, errorCount);
            }
            return persons;
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private String sourceId() throws IOException {
        Path file = folder.resolve(SOURCE_FILE);
        if (!Files.isRegularFile(file)) {
            error(SOURCE_FILE, 0, 0, "", "is missing: a staged source folder names its source in source.csv");
            return null;
        }
        try (CsvReader<CsvRecord> csv = reader(file)) {
            Iterator<CsvRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                error(SOURCE_FILE, 0, 0, "", "is empty: it needs a header and one row");
                return null;
            }
            int at = rows.next().getFields().indexOf("source");
            if (at < 0) {
                error(SOURCE_FILE, 1, 0, "source", "the header has no column 'source'");
                return null;
            }
            if (!rows.hasNext()) {
                error(SOURCE_FILE, 0, 0, "source", "has no row naming the source");
                return null;
            }
            CsvRecord row = rows.next();
            String source = at < row.getFieldCount() ? row.getField(at).strip() : "";
            if (source.isEmpty()) {
                error(SOURCE_FILE, row.getStartingLineNumber(), at + 1, "source", "is empty: the source needs an id");
                return null;
            }
            return source;
        } catch (CsvParseException e) {
            error(SOURCE_FILE, 0, 0, "", "is not well-formed CSV: " + e.getMessage());
            return null;
        }
    }

    private List<SourcePerson> persons(String source) throws IOException {
        Path file = folder.resolve(PERSONS_FILE);
        if (!Files.isRegularFile(file)) {
            error(PERSONS_FILE, 0, 0, "", "is missing: a staged source folder lists its people in persons.csv");
            return List.of();
        }
        List<SourcePerson> persons = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = reader(file)) {
            Iterator<CsvRecord> rows = csv.iterator();
            if (!rows.hasNext()) {
                error(PERSONS_FILE, 0, 0, "", "is empty: it starts with a header naming its columns");
                return List.of();
            }
            int[] at = header(rows.next());
            if (at == null) {
                return List.of();
            }
            Map<String, Long> lines = new HashMap<>();
            while (rows.hasNext()) {
                SourcePerson person = person(source, rows.next(), at, lines);
                if (person != null) {
                    persons.add(person);
                }
            }
        } catch (CsvParseException e) {
            error(PERSONS_FILE, 0, 0, "", "is not well-formed CSV: " + e.getMessage());
        }
        return persons;
    }

    /** Each column's position in the file (-1 when absent), or null when the header does not fit. */
    private int[] header(CsvRecord header) {
        int[] at = new int[COLUMNS.size()];
        Arrays.fill(at, -1);
        width = header.getFieldCount();
        long before = errorCount;
        for (int i = 0; i < header.getFieldCount(); i++) {
            String name = header.getField(i).strip();
            int column = COLUMNS.indexOf(name);
            if (column < 0) {
                error(PERSONS_FILE, 1, i + 1, name, "unknown column " + Excerpt.quoted(name) + "; the columns are "
                        + String.join(", ", COLUMNS));
            } else if (at[column] >= 0) {
                error(PERSONS_FILE, 1, i + 1, name, "column " + Excerpt.quoted(name) + " is also column " + (at[column] + 1));
            } else {
                at[column] = i;
            }
        }
        if (at[0] < 0) {
            error(PERSONS_FILE, 1, 0, "source_person_id", "the header has no column 'source_person_id'");
        }
        return errorCount > before ? null : at;
    }

    /** The row's person, or null when it is wrong (the reasons recorded); {@code lines} holds each id's first line. */
    private SourcePerson person(String source, CsvRecord row, int[] at, Map<String, Long> lines) {
        long line = row.getStartingLineNumber();
        long before = errorCount;
        if (row.getFieldCount() > width) {
            error(PERSONS_FILE, line, 0, "", "has " + row.getFieldCount() + " fields, more than the header names");
        }
        String id = cell(row, at[0]);
        if (id == null) {
            error(PERSONS_FILE, line, at[0] + 1, "source_person_id", "is empty: every person needs their id in the source");
        } else {
            Long earlier = lines.putIfAbsent(id, line);
            if (earlier != null) {
                error(PERSONS_FILE, line, at[0] + 1, "source_person_id", Excerpt.quoted(id) + " is also the id on line " + earlier);
            }
        }
        LocalDate born = null;
        String dob = cell(row, at[10]);
        if (dob != null) {
            try {
                born = LocalDate.parse(dob);
            } catch (DateTimeParseException e) {
                error(PERSONS_FILE, line, at[10] + 1, "date_of_birth", Excerpt.quoted(dob) + " is not an ISO date (YYYY-MM-DD)");
            }
        }
        String sex = cell(row, at[11]);
        if (sex != null && !SEXES.contains(sex)) {
            error(PERSONS_FILE, line, at[11] + 1, "sex", Excerpt.quoted(sex) + " is not one of female, male, other, unknown");
        }
        if (errorCount > before) {
            return null;
        }
        return new SourcePerson(new SourcePersonKey(source, id), cell(row, at[1]), cell(row, at[2]), cell(row, at[3]),
                cell(row, at[4]), cell(row, at[5]), cell(row, at[6]), cell(row, at[7]), cell(row, at[8]),
                cell(row, at[9]), born, sex, cell(row, at[12]), cell(row, at[13]), cell(row, at[14]), cell(row, at[15]));
    }

    /** A cell's value, stripped, or null when the column is absent or the cell empty. */
    private static String cell(CsvRecord row, int position) {
        if (position < 0 || position >= row.getFieldCount()) {
            return null;
        }
        String value = row.getField(position).strip();
        return value.isEmpty() ? null : value;
    }

    private void error(String file, long line, int column, String field, String message) {
        errorCount++;
        if (errors.size() < ERRORS_KEPT) {
            errors.add(new DataError(file, line, column, field, message));
        }
    }

    private static CsvReader<CsvRecord> reader(Path file) throws IOException {
        return CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true).detectBomHeader(true)
                .ofCsvRecord(file);
    }
}
