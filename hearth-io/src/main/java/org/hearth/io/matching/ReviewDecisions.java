package org.hearth.io.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.engine.Excerpt;
import org.hearth.io.ExactHeaderCsv;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;

/**
 * The reviewers' decisions, kept in {@code review_decisions.csv} and read again on every run, so that a rejected
 * pair stays apart and an accepted one together (docs/data-in.md, "Person matching"). A later decision on the same
 * pair replaces an earlier one.
 */
public final class ReviewDecisions {
    public static final String FILE = "review_decisions.csv";
    static final List<String> COLUMNS = List.of("source_a", "source_person_id_a", "source_b", "source_person_id_b",
            "decision", "decided_by", "decided_on");
    private final Map<List<SourcePersonKey>, ReviewDecision> decisions = new LinkedHashMap<>();

    private ReviewDecisions() {
    }

    public static ReviewDecisions none() {
        return new ReviewDecisions();
    }

    public static ReviewDecisions of(Collection<ReviewDecision> decisions) {
        ReviewDecisions all = new ReviewDecisions();
        decisions.forEach(all::add);
        return all;
    }

    /** The decision on the pair, or null. */
    public ReviewDecision on(SourcePersonKey a, SourcePersonKey b) {
        return decisions.get(pair(a, b));
    }

    public Collection<ReviewDecision> all() {
        return List.copyOf(decisions.values());
    }

    /** These decisions and one more, replacing any earlier decision on the same pair. */
    public ReviewDecisions with(ReviewDecision decision) {
        ReviewDecisions next = of(decisions.values());
        next.add(decision);
        return next;
    }

    private void add(ReviewDecision decision) {
        List<SourcePersonKey> key = pair(decision.a(), decision.b());
        decisions.remove(key);
        decisions.put(key, decision);
    }

    private static List<SourcePersonKey> pair(SourcePersonKey a, SourcePersonKey b) {
        return a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    }

    /**
     * Reads a decisions file; a file that does not exist holds no decisions.
     *
     * @throws InvalidDataException naming every wrong cell's line and column (nothing is read then)
     */
    public static ReviewDecisions read(Path file) {
        return !Files.exists(file) ? none() : of(ExactHeaderCsv.read(file, COLUMNS, ReviewDecisions::decision));
    }

    private static ReviewDecision decision(String file, CsvRecord row, List<DataError> errors) {
        long line = row.getStartingLineNumber();
        int before = errors.size();
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (row.getField(i).isBlank()) {
                errors.add(new DataError(file, line, i + 1, COLUMNS.get(i), "is empty"));
            }
        }
        String decision = row.getField(4).strip();
        if (!decision.isEmpty() && !decision.equals("accept") && !decision.equals("reject")) {
            errors.add(new DataError(file, line, 5, "decision", Excerpt.quoted(decision) + " is not accept or reject"));
        }
        LocalDate on = null;
        try {
            on = row.getField(6).isBlank() ? null : LocalDate.parse(row.getField(6).strip());
        } catch (DateTimeParseException e) {
            errors.add(new DataError(file, line, 7, "decided_on", Excerpt.quoted(row.getField(6)) + " is not an ISO date"));
        }
        SourcePersonKey a = errors.size() > before ? null : new SourcePersonKey(row.getField(0).strip(), row.getField(1).strip());
        SourcePersonKey b = a == null ? null : new SourcePersonKey(row.getField(2).strip(), row.getField(3).strip());
        if (a != null && a.equals(b)) {
            errors.add(new DataError(file, line, 0, "", "a decision is about two different source people, not " + a + " twice"));
            return null;
        }
        return a == null ? null : new ReviewDecision(a, b, decision.equals("accept"), row.getField(5).strip(), on);
    }

    /** Writes the decisions, oldest first. */
    public void write(Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }

    /** Writes the same to a writer, which is flushed and left open (a download's, in the server). */
    public void write(Writer out) throws IOException {
        CsvWriter csv = CsvWriter.builder().build(out);
        csv.writeRecord(COLUMNS);
        for (ReviewDecision d : decisions.values()) {
            csv.writeRecord(d.a().source(), d.a().sourcePersonId(), d.b().source(), d.b().sourcePersonId(),
                    d.accepted() ? "accept" : "reject", d.decidedBy(), d.decidedOn().toString());
        }
        csv.flush();
    }
}
