package org.hearth.io.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.Vocabulary;
import org.hearth.io.ExactHeaderCsv;
import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;

/**
 * The coordinators' decisions on families' compositions, kept in {@code composition_decisions.csv} (the server
 * writes it; {@code hearth link --compositions} reads it), in the order they were made (docs/data-in.md, "Correcting a
 * family's composition").
 */
public final class CompositionDecisions {
    public static final String FILE = "composition_decisions.csv";
    static final List<String> COLUMNS = List.of("decision_id", "family_id", "person_id", "change", "role",
            "parenting_responsibility", "from", "decided_by", "decided_on", "note");
    private final List<CompositionDecision> decisions;

    private CompositionDecisions(List<CompositionDecision> decisions) {
        this.decisions = decisions.stream().sorted(Comparator.comparingLong(CompositionDecision::id)).toList();
    }

    public static CompositionDecisions none() {
        return new CompositionDecisions(List.of());
    }

    /** @throws IllegalArgumentException when two decisions have the same number */
    public static CompositionDecisions of(Collection<CompositionDecision> decisions) {
        Set<Long> ids = new HashSet<>();
        for (CompositionDecision decision : decisions) {
            if (!ids.add(decision.id())) {
                throw new IllegalArgumentException("two decisions are numbered " + decision.id());
            }
        }
        return new CompositionDecisions(List.copyOf(decisions));
    }

    /** Every decision, in the order made. */
    public List<CompositionDecision> all() {
        return decisions;
    }

    /**
     * Reads a decisions file whole or not at all.
     *
     * @throws InvalidDataException naming every wrong cell's line and column
     */
    public static CompositionDecisions read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidDataException(file.toString(), List.of(new DataError(file.getFileName().toString(), 0, 0,
                    "", "there is no such file")), 1);
        }
        Set<Long> ids = new HashSet<>();
        return new CompositionDecisions(ExactHeaderCsv.read(file, COLUMNS, (name, row, errors) -> decision(name, row, ids,
                errors)));
    }

    private static CompositionDecision decision(String file, CsvRecord row, Set<Long> ids, List<DataError> errors) {
        long line = row.getStartingLineNumber();
        int before = errors.size();
        Long id = null;
        try {
            id = Long.parseLong(row.getField(0).strip());
            if (id <= 0 || !ids.add(id)) {
                errors.add(error(file, line, "decision_id", id <= 0 ? Excerpt.quoted(row.getField(0)) + " is not a positive number"
                        : id + " is the number of an earlier decision too"));
            }
        } catch (NumberFormatException e) {
            errors.add(error(file, line, "decision_id", Excerpt.quoted(row.getField(0)) + " is not a whole number"));
        }
        CompositionDecision.Change change = null;
        if (!row.getField(3).isBlank()) {
            try {
                change = Vocabulary.parse(CompositionDecision.Change.class, row.getField(3));
            } catch (IllegalArgumentException e) {
                errors.add(error(file, line, "change", Excerpt.quoted(row.getField(3)) + " is not one of "
                        + Vocabulary.codes(CompositionDecision.Change.class)));
            }
        }
        Vocabulary.Role role = null;
        if (!row.getField(4).isBlank()) {
            try {
                role = Vocabulary.parse(Vocabulary.Role.class, row.getField(4));
            } catch (IllegalArgumentException e) {
                errors.add(error(file, line, "role", Excerpt.quoted(row.getField(4)) + " is not one of "
                        + Vocabulary.codes(Vocabulary.Role.class)));
            }
        }
        String responsibility = row.getField(5).strip();
        if (!responsibility.isEmpty() && !responsibility.equals("true") && !responsibility.equals("false")) {
            errors.add(error(file, line, "parenting_responsibility", Excerpt.quoted(responsibility) + " is not true or false"));
        }
        LocalDate from = date(file, row, 6, errors);
        LocalDate decidedOn = date(file, row, 8, errors);
        if (errors.size() > before) {
            return null;
        }
        Map<String, String> wrong = CompositionDecision.problems(row.getField(1), row.getField(2), change, role, from,
                row.getField(7), decidedOn);
        wrong.forEach((field, what) -> errors.add(error(file, line, field, what)));
        return !wrong.isEmpty() ? null : new CompositionDecision(id, row.getField(1).strip(), row.getField(2), change,
                role, responsibility.equals("true"), from, row.getField(7).strip(), decidedOn, row.getField(9));
    }

    private static LocalDate date(String file, CsvRecord row, int column, List<DataError> errors) {
        String text = row.getField(column).strip();
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(error(file, row.getStartingLineNumber(), COLUMNS.get(column), Excerpt.quoted(text) + " is not an ISO date"));
            return null;
        }
    }

    private static DataError error(String file, long line, String field, String what) {
        return new DataError(file, line, COLUMNS.indexOf(field) + 1, field, what);
    }

    /** Writes the decisions, in the order made. */
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
        for (CompositionDecision d : decisions) {
            csv.writeRecord(Long.toString(d.id()), d.familyId(), d.personId(), d.change().code(),
                    d.role() == null ? "" : Vocabulary.code(d.role()), d.role() == null ? "" : Boolean.toString(d.parentingResponsibility()),
                    d.from().toString(), d.decidedBy(), d.decidedOn().toString(), d.note());
        }
        csv.flush();
    }
}
