package org.hearth.io.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.hearth.engine.Excerpt;
import org.hearth.engine.HearthException;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.io.SpreadsheetCell;
import org.hearth.io.canonical.FolderReplacement;
import org.hearth.io.canonical.RecordCells;

/**
 * A staged source folder being written (docs/data-in.md, "The staged source folder"). Everything goes into a hidden
 * folder beside the target, moved into place only by {@link #commit}; closing without committing deletes it, so a
 * source that cannot be read leaves nothing behind.
 *
 * <p>Records stream to their files as they are checked (by the canonical format's own rules, {@link RecordCells});
 * persons are kept until the end, by id, so that a person a source names on many rows (a pupil each term) is staged
 * once: a later row fills in what an earlier one left empty, and a value that differs from the first is reported.
 */
final class StagingFolder implements AutoCloseable {
    static final String PERSONS = "persons.csv";
    static final String REJECTED = "rejected.csv";
    static final String SOURCE = "source.csv";

    private final Path target;
    private final Path staging;
    private final RecordCells cells = new RecordCells();
    private final Map<String, StagedPerson> persons = new LinkedHashMap<>();
    private final Map<String, Origin> firstSeen = new HashMap<>();
    private final Map<RecordKind<?>, RecordFile> records = new LinkedHashMap<>();
    private final CsvWriter rejected;
    private final List<Rejection> firstRejections = new ArrayList<>();
    private long rejectedCount;
    private boolean committed;

    private record RecordFile(CsvWriter csv, Map<String, Origin> ids, int[] count) {
    }

    private StagingFolder(Path target, Path staging) throws IOException {
        this.target = target;
        this.staging = staging;
        this.rejected = writer(REJECTED, Rejection.HEADER);
    }

    /**
     * Opens a staging folder for the target, which must be absent, empty, or a staged source folder (which the
     * commit replaces); anything else is refused, so that ingesting never overwrites other data.
     */
    static StagingFolder open(Path out) {
        Path target = out.toAbsolutePath().normalize();
        try {
            checkReplaceable(target);
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".ingesting-");
            return new StagingFolder(target, staging);
        } catch (IOException e) {
            throw new HearthException("Cannot write the staged source folder " + target + ": " + e.getMessage(), e);
        }
    }

    private static void checkReplaceable(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new HearthException("Will not write the staged source folder " + target + ": it is a file");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
            boolean empty = true;
            boolean staged = false;
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                empty = false;
                staged |= name.equals(SOURCE);
                if (!Files.isRegularFile(entry) || !name.endsWith(".csv")) {
                    throw new HearthException("Will not replace " + target + ": it holds " + name
                            + ", which is not a file of a staged source folder");
                }
            }
            if (!empty && !staged) {
                throw new HearthException("Will not replace " + target + ": it is not a staged source folder (it has no "
                        + SOURCE + ")");
            }
        }
    }

    /**
     * Stages a person, dropping each value that fails its column's check (reported in rejected.csv). A person already
     * staged under the id is completed with the values it lacked; a value that differs from the one staged is reported
     * and the first kept.
     */
    void person(StagedPerson person, Origin origin) throws IOException {
        String idProblem = PersonColumn.SOURCE_PERSON_ID.problem(person.id());
        if (idProblem != null) {
            reject(origin, person.field(PersonColumn.SOURCE_PERSON_ID), person.id(), "the person is not staged, as their id cannot be: " + idProblem);
            return;
        }
        for (PersonColumn column : PersonColumn.values()) {
            String value = person.get(column);
            if (value == null || column == PersonColumn.SOURCE_PERSON_ID) {
                continue;
            }
            String problem = column.problem(value);
            if (problem != null) {
                reject(person.origin(column, origin), person.field(column), value, Excerpt.quoted(value) + " is not staged as " + column.column()
                        + ": " + problem);
                person.clear(column);
            } else {
                person.set(column, column.normalised(value), person.field(column));
            }
        }
        StagedPerson staged = persons.get(person.id());
        if (staged == null) {
            persons.put(person.id(), person);
            firstSeen.put(person.id(), origin);
            return;
        }
        Origin first = firstSeen.get(person.id());
        for (PersonColumn column : PersonColumn.values()) {
            String value = person.get(column);
            String kept = staged.get(column);
            if (value == null || column == PersonColumn.PROVIDER) {
                continue;
            }
            if (kept == null) {
                staged.set(column, value, person.field(column));
            } else if (!kept.equals(value)) {
                reject(person.origin(column, origin), person.field(column), value, "the same person (" + person.id() + ") has " + Excerpt.quoted(kept)
                        + " in " + first.file() + " line " + first.line() + "; the first is kept");
            }
        }
    }

    /**
     * Stages a record of the kind from its cells (by canonical column name), or rejects it with every reason the
     * format gives; a record id already staged in the kind's file rejects the later row.
     *
     * @return whether the record was staged
     */
    boolean record(RecordKind<?> kind, RecordRow row, Origin origin) throws IOException {
        Map<String, String> sourceFields = row.fields();
        RecordCells.Checked checked = cells.check(kind, row.cells());
        if (!checked.ok()) {
            for (RecordCells.Problem problem : checked.problems()) {
                String field = sourceFields.getOrDefault(problem.column(), problem.column());
                reject(origin, field, problem.value(), kind.name() + ".csv" + (problem.column().isEmpty() ? "" : " " + problem.column())
                        + ": " + problem.message());
            }
            return false;
        }
        RecordFile file = records.computeIfAbsent(kind, this::openRecordFile);
        String id = row.cells().get("record_id");
        Origin earlier = file.ids().putIfAbsent(id, origin);
        if (earlier != null) {
            reject(origin, sourceFields.getOrDefault("record_id", "record_id"), id, "the same " + kind.name() + " record ("
                    + id + ") is also on " + earlier.file() + " line " + earlier.line() + "; the first is kept");
            return false;
        }
        file.csv().writeRecord(checked.cells());
        file.count()[0]++;
        return true;
    }

    private RecordFile openRecordFile(RecordKind<?> kind) {
        try {
            return new RecordFile(writer(kind.name() + ".csv", RecordCells.columns(kind).toArray(String[]::new)),
                    new HashMap<>(), new int[1]);
        } catch (IOException e) {
            throw new HearthException("Cannot write " + kind.name() + ".csv in " + staging + ": " + e.getMessage(), e);
        }
    }

    /** Reports a row or value of the input not staged. */
    void reject(Origin origin, String field, String value, String reason) throws IOException {
        Rejection rejection = new Rejection(origin.file(), origin.line(), field == null ? "" : field,
                value == null ? "" : Excerpt.cut(value), reason, origin.provider() == null ? "" : origin.provider());
        rejected.writeRecord(rejection.file(), Long.toString(rejection.line()), rejection.field(),
                SpreadsheetCell.safe(rejection.value()), SpreadsheetCell.safe(rejection.reason()), rejection.provider());
        rejectedCount++;
        if (firstRejections.size() < IngestSummary.SHOWN) {
            firstRejections.add(rejection);
        }
    }

    /** Writes persons.csv and source.csv and puts the folder in place of the target. */
    IngestSummary commit(String source, SourceKind kind, LocalDate readOn, List<String> files) throws IOException {
        try (CsvWriter csv = writer(PERSONS, PersonColumn.header())) {
            for (StagedPerson person : persons.values()) {
                csv.writeRecord(person.cells());
            }
        }
        try (CsvWriter csv = writer(SOURCE, new String[] {"source", "kind", "read_on", "files"})) {
            csv.writeRecord(source, kind.code(), readOn.toString(), String.join(";", files));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<RecordKind<?>, RecordFile> file : records.entrySet()) {
            file.getValue().csv().close();
            counts.put(file.getKey().name() + ".csv", file.getValue().count()[0]);
        }
        rejected.close();
        FolderReplacement.moveIntoPlace(staging, target);
        committed = true;
        return new IngestSummary(target, source, kind, persons.size(), counts, rejectedCount, List.copyOf(firstRejections));
    }

    private CsvWriter writer(String file, String[] header) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(staging.resolve(file), StandardCharsets.UTF_8);
        csv.writeRecord(header);
        return csv;
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            rejected.close();
            for (RecordFile file : records.values()) {
                file.csv().close();
            }
        } finally {
            FolderReplacement.deleteIfPresent(staging);
        }
    }
}
