package org.hearth.io.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.engine.HearthException;
import org.hearth.io.SpreadsheetCell;
import org.hearth.io.matching.SourcePerson;
import org.hearth.io.matching.SourcePersonKey;

/**
 * Data quality per source and per provider within it (issue 14, item 5; docs/data-in.md, "Data quality"): for each
 * school, police extract or DWP match, what arrived and when, how much was rejected, how many of its people were
 * matched to another source's or are in no family, how many of its rows were left out, and, against the expected
 * schedule, whether it is late or missing. Written as {@code data_quality.csv} in the link report and in the canonical
 * folder's {@code sources/} sub-folder (which the folder's readers pass over), so that {@code hearth screen} reports it
 * beside the worklist it was made from.
 */
public final class SourceQuality {
    public static final String FILE = "data_quality.csv";
    /** Between a source's id and a provider's name in a key: a character neither may hold. */
    private static final char SEPARATOR = '\u0000';
    private static final List<String> HEADER = List.of("source", "kind", "provider", "read_on", "people", "matched_elsewhere",
            "in_no_family", "rows", "rows_left_out", "rejected", "expected_every_days", "status");

    /** A provider's line. */
    public record Line(String source, String kind, String provider, LocalDate readOn, long people, long matchedElsewhere,
                long inNoFamily, long rows, long rowsLeftOut, long rejected, Integer expectedEveryDays, String status) {
    }

    /** How often a kind of source, or one provider of it, is to arrive. */
    record Expected(String kind, String provider, int everyDays) {
    }

    private SourceQuality() {
    }

    /** What a provider sent, counted as it is read. */
    private static final class Tally {
        long people;
        long matchedElsewhere;
        long inNoFamily;
        long rejected;
    }

    /**
     * @param personIds    each source person's Hearth id
     * @param written      the persons the canonical folder holds
     * @param rows         rows staged, by {@link #key} of source and provider ({@link RecordRewriter#rows})
     * @param leftOut      rows left out, by the same key
     * @param referenceDay the day the latest source was read: what late is measured to
     */
    static List<Line> of(List<StagedSource> sources, Map<SourcePersonKey, String> personIds, Set<String> written,
                         Map<String, Long> rows, Map<String, Long> leftOut, List<Expected> schedule, LocalDate referenceDay) {
        Map<String, Set<String>> sourcesOfPerson = new HashMap<>();
        personIds.forEach((key, id) -> sourcesOfPerson.computeIfAbsent(id, i -> new HashSet<>()).add(key.source()));
        Map<String, Tally> tallies = new TreeMap<>();
        Map<String, StagedSource> sourceOf = new HashMap<>();
        for (StagedSource source : sources) {
            for (SourcePerson person : source.persons()) {
                Tally tally = tally(tallies, sourceOf, source, person.provider());
                String id = personIds.get(person.key());
                tally.people++;
                tally.matchedElsewhere += sourcesOfPerson.get(id).size() > 1 ? 1 : 0;
                tally.inNoFamily += written.contains(id) ? 0 : 1;
            }
            rejected(source).forEach((provider, n) -> tally(tallies, sourceOf, source, provider).rejected += n);
            rows.keySet().stream().filter(key -> key.startsWith(source.source() + SEPARATOR))
                    .forEach(key -> tally(tallies, sourceOf, source, key.substring(key.indexOf(SEPARATOR) + 1)));
        }
        List<Line> lines = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            StagedSource source = sourceOf.get(key);
            String provider = key.substring(key.indexOf(SEPARATOR) + 1);
            Expected expected = expected(schedule, source.kind(), provider);
            lines.add(new Line(source.source(), source.kind(), provider, source.readOn(), tally.people,
                    tally.matchedElsewhere, tally.inNoFamily, rows.getOrDefault(key, 0L), leftOut.getOrDefault(key, 0L),
                    tally.rejected, expected == null ? null : expected.everyDays(),
                    expected == null ? "" : late(source.readOn(), expected, referenceDay)));
        });
        for (Expected expected : schedule) {
            boolean arrived = lines.stream().anyMatch(line -> line.kind().equals(expected.kind())
                    && (expected.provider().isEmpty() || line.provider().equals(expected.provider())));
            if (!arrived) {
                lines.add(new Line("", expected.kind(), expected.provider(), null, 0, 0, 0, 0, 0, 0, expected.everyDays(),
                        "missing: no extract has arrived"));
            }
        }
        lines.sort(Comparator.comparing(Line::kind).thenComparing(Line::provider).thenComparing(Line::source));
        return lines;
    }

    private static Tally tally(Map<String, Tally> tallies, Map<String, StagedSource> sourceOf, StagedSource source,
                               String provider) {
        String key = key(source.source(), provider);
        sourceOf.put(key, source);
        return tallies.computeIfAbsent(key, k -> new Tally());
    }

    /** The key under which a provider's rows are counted. */
    static String key(String source, String provider) {
        return source + SEPARATOR + (provider == null ? "" : provider);
    }

    private static String late(LocalDate readOn, Expected expected, LocalDate referenceDay) {
        LocalDate due = readOn.plusDays(expected.everyDays());
        return due.isBefore(referenceDay) ? "late: the next extract was due by " + due : "on time";
    }

    /** The schedule's line for the provider (its own, or its kind's with no provider named), or null. */
    private static Expected expected(List<Expected> schedule, String kind, String provider) {
        return schedule.stream().filter(one -> one.kind().equals(kind) && one.provider().equals(provider)).findFirst()
                .orElse(schedule.stream().filter(one -> one.kind().equals(kind) && one.provider().isEmpty()).findFirst()
                        .orElse(null));
    }

    /** rejected.csv's rows by provider. */
    private static Map<String, Long> rejected(StagedSource source) {
        Path file = source.folder().resolve("rejected.csv");
        Map<String, Long> byProvider = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return byProvider;
        }
        try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(file)) {
            rows.forEach(row -> byProvider.merge(row.findField("provider").orElse(""), 1L, Long::sum));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return byProvider;
    }

    /**
     * The expected schedule: a CSV of {@code kind,provider,every_days}, a provider left empty meaning every provider
     * of the kind.
     */
    static List<Expected> schedule(Path file) {
        List<Expected> schedule = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord row : rows) {
                String days = row.findField("every_days").orElse("");
                try {
                    int every = Integer.parseInt(days.strip());
                    if (every < 1) {
                        throw new NumberFormatException();
                    }
                    schedule.add(new Expected(row.findField("kind").orElse("").strip(),
                            row.findField("provider").orElse("").strip(), every));
                } catch (NumberFormatException e) {
                    throw new HearthException(file + ", line " + row.getStartingLineNumber() + ", field every_days: '"
                            + days + "' is not a whole number of days, 1 or more");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return schedule;
    }

    /**
     * The report a canonical folder made by {@code hearth link} carries in its {@code sources/} sub-folder, or an empty
     * list when it carries none (a folder made otherwise).
     */
    public static List<Line> of(Path canonicalFolder) {
        Path file = canonicalFolder.resolve(CanonicalAssembly.SOURCES).resolve(FILE);
        List<Line> lines = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return lines;
        }
        try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord row : rows) {
                String every = text(row, "expected_every_days");
                String readOn = text(row, "read_on");
                lines.add(new Line(text(row, "source"), text(row, "kind"), text(row, "provider"),
                        readOn.isEmpty() ? null : LocalDate.parse(readOn), number(row, "people"),
                        number(row, "matched_elsewhere"), number(row, "in_no_family"), number(row, "rows"),
                        number(row, "rows_left_out"), number(row, "rejected"),
                        every.isEmpty() ? null : Integer.valueOf(every), text(row, "status")));
            }
        } catch (IOException | RuntimeException e) {
            throw new HearthException(file + ": is not the data quality report hearth link writes: " + e.getMessage());
        }
        return lines;
    }

    private static String text(NamedCsvRecord row, String column) {
        return SpreadsheetCell.original(row.findField(column).orElse(""));
    }

    private static long number(NamedCsvRecord row, String column) {
        return Long.parseLong(row.getField(column));
    }

    static void write(Path file, List<Line> lines) throws IOException {
        Files.createDirectories(file.getParent());
        try (CsvWriter out = CsvWriter.builder().build(file)) {
            out.writeRecord(HEADER);
            for (Line line : lines) {
                out.writeRecord(safe(line.source()), safe(line.kind()), safe(line.provider()),
                        line.readOn() == null ? "" : line.readOn().toString(), Long.toString(line.people()),
                        Long.toString(line.matchedElsewhere()), Long.toString(line.inNoFamily()), Long.toString(line.rows()),
                        Long.toString(line.rowsLeftOut()), Long.toString(line.rejected()),
                        line.expectedEveryDays() == null ? "" : line.expectedEveryDays().toString(), safe(line.status()));
            }
        }
    }

    private static String safe(String value) {
        return value == null ? "" : SpreadsheetCell.safe(value);
    }
}
