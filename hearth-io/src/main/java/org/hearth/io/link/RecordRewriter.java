package org.hearth.io.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;

/**
 * The staged sources' record files written as the canonical folder's: one file per kind, the rows of every source
 * that holds it, each row's ids made the canonical folder's: {@code person_id} the person's Hearth id; {@code family_id}
 * (a household-level row) the id of the household the source's own reference for it belongs to; {@code record_id} and
 * {@code intervention_id} prefixed with the source's id and a slash, so that two sources' ids never collide and each
 * row still says where it came from. A row about a person or household the canonical folder does not hold (no date
 * of birth, no household with a child) is left out and counted.
 */
final class RecordRewriter {
    private final Map<String, List<Path>> filesByName = new LinkedHashMap<>();
    private final Map<Path, StagedSource> sourceOf = new LinkedHashMap<>();
    private final Map<String, Long> leftOut = new LinkedHashMap<>();
    private final Map<String, Long> rowsByProvider = new LinkedHashMap<>();
    private final Map<String, Long> leftOutByProvider = new LinkedHashMap<>();

    RecordRewriter(List<StagedSource> sources) {
        for (StagedSource source : sources) {
            for (Path file : source.recordFiles()) {
                filesByName.computeIfAbsent(file.getFileName().toString(), name -> new ArrayList<>()).add(file);
                sourceOf.put(file, source);
            }
        }
    }

    /**
     * Writes every kind's file into the folder.
     *
     * @param personId  a source person's Hearth id, if the canonical folder holds them (else null): by source and id
     * @param familyId  the family id of a household reference key ({@link Observation#householdRefKey}), or null
     */
    void writeInto(Path folder, Function<String[], String> personId, Function<String, String> familyId) throws IOException {
        for (Map.Entry<String, List<Path>> kind : filesByName.entrySet()) {
            List<String> header = header(kind.getValue());
            if (header.isEmpty()) {
                continue; // no source gave a row of the kind
            }
            try (CsvWriter out = CsvWriter.builder().build(folder.resolve(kind.getKey()))) {
                out.writeRecord(header);
                for (Path file : kind.getValue()) {
                    StagedSource source = sourceOf.get(file);
                    try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(file)) {
                        for (NamedCsvRecord row : rows) {
                            List<String> written = rewritten(row, header, source.source(), personId, familyId);
                            String provider = SourceQuality.key(source.source(), row.findField("source").orElse(""));
                            rowsByProvider.merge(provider, 1L, Long::sum);
                            if (written == null) {
                                leftOut.merge(kind.getKey(), 1L, Long::sum);
                                leftOutByProvider.merge(provider, 1L, Long::sum);
                            } else {
                                out.writeRecord(written);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The rows left out by file: about a person or household the canonical folder does not hold. */
    Map<String, Long> leftOut() {
        return leftOut;
    }

    /** Every row staged, by source and provider ({@link SourceQuality#key}). */
    Map<String, Long> rows() {
        return rowsByProvider;
    }

    /** The rows left out, by source and provider. */
    Map<String, Long> leftOutByProvider() {
        return leftOutByProvider;
    }

    private static List<String> rewritten(NamedCsvRecord row, List<String> header, String source,
                                          Function<String[], String> personId, Function<String, String> familyId) {
        List<String> values = new ArrayList<>(header.size());
        for (String column : header) {
            String value = row.findField(column).orElse("");
            if (!value.isEmpty()) {
                switch (column) {
                    case "person_id" -> value = personId.apply(new String[] {source, value});
                    case "family_id" -> value = familyId.apply("ref:" + source + ":" + value.strip());
                    case "record_id", "intervention_id" -> value = source + "/" + value;
                    default -> {
                    }
                }
                if (value == null) {
                    return null;
                }
            }
            values.add(value);
        }
        return values;
    }

    /** Every column any source's file of the kind has, in the order first met. */
    private static List<String> header(List<Path> files) {
        LinkedHashSet<String> columns = new LinkedHashSet<>();
        for (Path file : files) {
            try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(file)) {
                rows.stream().findFirst().ifPresentOrElse(first -> columns.addAll(first.getHeader()), () -> {
                });
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot be read: " + e.getMessage(), e);
            }
        }
        return new ArrayList<>(columns);
    }
}
