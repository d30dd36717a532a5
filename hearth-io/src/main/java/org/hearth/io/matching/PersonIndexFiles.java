package org.hearth.io.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.io.SpreadsheetCell;

/**
 * Writes a person index as the three files docs/data-in.md describes ("Person matching"): {@code person_index.csv}
 * (Hearth's person id of every source person), {@code links.csv} (the accepted and rejected links with their
 * explanations) and {@code review.csv} (the review queue, both people side by side). Text cells pass through
 * {@link SpreadsheetCell}, since analysts open these files in spreadsheets.
 */
public final class PersonIndexFiles {
    public static final String PERSON_INDEX = "person_index.csv";
    public static final String LINKS = "links.csv";
    public static final String REVIEW = "review.csv";
    static final List<String> PAIR = List.of("source_a", "source_person_id_a", "source_b", "source_person_id_b");
    static final List<String> SHOWN = List.of("given_name", "family_name", "former_family_name",
            "date_of_birth", "sex", "postcode", "upn", "nhs_number", "ni_number", "local_child_id");

    private PersonIndexFiles() {
    }

    /** Writes the three files into the folder, replacing them. */
    public static void write(Path folder, PersonIndex index, List<SourcePerson> people) {
        Map<SourcePersonKey, SourcePerson> byKey = new HashMap<>();
        people.forEach(p -> byKey.put(p.key(), p));
        try {
            try (CsvWriter csv = CsvWriter.builder().build(folder.resolve(PERSON_INDEX))) {
                csv.writeRecord("person_id", "source", "source_person_id");
                index.personIds().forEach((key, id) -> csv.writeRecord(id, safe(key.source()), safe(key.sourcePersonId())));
            }
            try (CsvWriter csv = CsvWriter.builder().build(folder.resolve(LINKS))) {
                List<String> header = new ArrayList<>(PAIR);
                header.addAll(List.of("status", "basis", "match_weight", "match_probability", "note", "explanation"));
                csv.writeRecord(header);
                for (List<Link> links : List.of(index.links(), index.rejected())) {
                    for (Link link : links) {
                        List<String> row = pair(link);
                        row.addAll(List.of(name(link.status()), name(link.basis()), number(link.matchWeight()),
                                number(link.matchProbability()), safe(link.note()), explanation(link)));
                        csv.writeRecord(row);
                    }
                }
            }
            try (CsvWriter csv = CsvWriter.builder().build(folder.resolve(REVIEW))) {
                csv.writeRecord(ReviewQueueFile.header());
                for (Link link : index.reviewQueue()) {
                    List<String> row = pair(link);
                    row.addAll(List.of(number(link.matchWeight()), number(link.matchProbability()), safe(link.note())));
                    List<String> a = shown(byKey.get(link.a()));
                    List<String> b = shown(byKey.get(link.b()));
                    for (int i = 0; i < SHOWN.size(); i++) {
                        row.add(a.get(i));
                        row.add(b.get(i));
                    }
                    row.add(explanation(link));
                    csv.writeRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot write the person index: " + e.getMessage(), e);
        }
    }

    private static List<String> pair(Link link) {
        return new ArrayList<>(List.of(safe(link.a().source()), safe(link.a().sourcePersonId()), safe(link.b().source()),
                safe(link.b().sourcePersonId())));
    }

    private static List<String> shown(SourcePerson p) {
        if (p == null) {
            return Collections.nCopies(SHOWN.size(), "");
        }
        return Stream.of(p.givenName(), p.familyName(), p.formerFamilyName(),
                p.dateOfBirth() == null ? null : p.dateOfBirth().toString(), p.sex(), p.postcode(), p.upn(),
                p.nhsNumber(), p.niNumber(), p.localChildId()).map(PersonIndexFiles::safe).toList();
    }

    /**
     * Each field's contribution, separated by "; ": the field, its level, then m, u, log2(m/u) and the term
     * frequency adjustment, e.g. {@code family_name: exact (m 0.9012, u 0.0031, weight +8.18, tf +1.20)}.
     */
    static String explanation(Link link) {
        StringBuilder out = new StringBuilder();
        for (FieldContribution part : link.contributions()) {
            if (out.length() > 0) {
                out.append("; ");
            }
            out.append(part.field()).append(": ").append(part.level());
            if (!part.level().equals(FieldContribution.MISSING)) {
                out.append(String.format(Locale.ROOT, " (m %.4f, u %.4f, weight %+.2f, tf %+.2f)", part.m(), part.u(),
                        part.weight(), part.termFrequency()));
            }
        }
        return safe(out.toString());
    }

    private static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static String safe(String value) {
        return value == null ? "" : SpreadsheetCell.safe(value);
    }
}
