package org.hearth.io.canonical;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.hearth.engine.HearthException;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.io.Population;
import org.hearth.io.canonical.CoreLayouts.FamilyRow;
import org.hearth.io.canonical.CoreLayouts.PersonRow;
import org.hearth.io.canonical.CoreLayouts.TierChangeRow;

/**
 * Writes a {@link Population} as a canonical data folder that {@link CanonicalReader} reads back equal
 * (for a population the reader would accept: the writer writes what it is given and checks nothing):
 * every file of the format, each with its header (a kind with no records gets a file with only its
 * header, so the folder shows every column it could hold), UTF-8, lines ending in LF.
 *
 * <p>The files are written into a new folder beside the target and the folder is then moved into
 * place, so a write that fails leaves the target as it was. An existing target is replaced only when
 * it is empty or holds nothing but files of the format; anything else is refused.
 */
public final class CanonicalWriter {
    private CanonicalWriter() {
    }

    /**
     * @throws HearthException when the target holds other files, or the folder cannot be written
     */
    public static void write(Population population, Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        try {
            FolderReplacement.checkReplaceable(target);
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".writing-");
            try {
                writeFiles(population, staging);
                FolderReplacement.moveIntoPlace(staging, target);
            } finally {
                FolderReplacement.deleteIfPresent(staging);
            }
        } catch (IOException e) {
            throw new HearthException("Cannot write the data folder " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeFiles(Population population, Path staging) throws IOException {
        List<List<TimelineRecord>> byKind = new ArrayList<>();
        for (int i = 0; i < RecordKind.all().size(); i++) {
            byKind.add(new ArrayList<>());
        }
        for (TimelineRecord record : population.records()) {
            byKind.get(record.kind().index()).add(record);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<?>> files = new ArrayList<>();
            files.add(pool.submit(() -> writeFile(staging, CoreLayouts.PEOPLE, people(population))));
            files.add(pool.submit(() -> writeFile(staging, CoreLayouts.FAMILIES, families(population))));
            files.add(pool.submit(() -> writeFile(staging, CoreLayouts.MEMBERSHIPS, population.memberships())));
            files.add(pool.submit(() -> writeFile(staging, CoreLayouts.INTERVENTIONS, population.interventions())));
            files.add(pool.submit(() -> writeFile(staging, CoreLayouts.TIER_CHANGES, tierChanges(population))));
            files.add(pool.submit(() -> writeFile(staging, CoreLayouts.TEAM_AROUND_FAMILY, population.teamMembers())));
            files.add(pool.submit(() -> writeFile(staging, CoreLayouts.SCHOOL_TERMS, population.calendar().terms())));
            for (RecordKind<?> kind : RecordKind.all()) {
                files.add(pool.submit(() -> writeRecords(staging, kind, byKind.get(kind.index()))));
            }
            awaitAll(files);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<PersonRow> people(Population population) {
        List<PersonRow> rows = new ArrayList<>(population.people().size());
        for (Person person : population.people()) {
            rows.add(new PersonRow(person, population.personName(person.personId())));
        }
        return rows;
    }

    private static List<FamilyRow> families(Population population) {
        List<FamilyRow> rows = new ArrayList<>(population.families().size());
        for (String family : population.families()) {
            rows.add(new FamilyRow(family, population.familyReference(family)));
        }
        return rows;
    }

    private static List<TierChangeRow> tierChanges(Population population) {
        List<TierChangeRow> rows = new ArrayList<>();
        for (Intervention intervention : population.interventions()) {
            for (Intervention.TierChange change : intervention.tierChanges()) {
                rows.add(new TierChangeRow(intervention.interventionId(), change));
            }
        }
        return rows;
    }

    private static <T extends TimelineRecord> Void writeRecords(Path staging, RecordKind<T> kind,
                                                                List<TimelineRecord> records) throws IOException {
        List<T> typed = new ArrayList<>(records.size());
        for (TimelineRecord record : records) {
            typed.add(kind.type().cast(record));
        }
        return writeFile(staging, RecordLayouts.of(kind), typed);
    }

    private static <T> Void writeFile(Path staging, Layout<T> layout, List<T> rows) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                .build(staging.resolve(layout.file()), StandardCharsets.UTF_8)) {
            csv.writeRecord(layout.header());
            for (T row : rows) {
                csv.writeRecord(layout.write(row));
            }
        }
        return null;
    }

    /**
     * Waits for every file, even after one has failed, so that no file is still being written when
     * the staging folder is deleted; then reports the first failure.
     */
    private static void awaitAll(List<Future<?>> files) throws IOException {
        Throwable failure = null;
        for (Future<?> file : files) {
            try {
                file.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HearthException("Interrupted while writing a data folder", e);
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            }
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new HearthException("Cannot write a data folder", failure);
        }
    }
}
