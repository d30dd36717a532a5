package org.hearth.io.canonical;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * One record of a record file given as text, column by column, checked by the format's own column types and the
 * kind's rules (docs/data-format.md) and written back as the writer writes it. The readers of statutory returns and
 * agency extracts (org.hearth.io.ingest) make their rows through this, so that a staged record obeys exactly the rules
 * the canonical reader will later apply. Person and family ids are taken as given: in a staged source folder they name
 * the source's own people and households, which only linking resolves.
 *
 * <p>Not thread-safe: one instance per reader.
 */
public final class RecordCells {
    private final ReadContext context = new ReadContext(false);
    private final Map<RecordKind<?>, FileScope> scopes = new HashMap<>();

    public RecordCells() {
        context.people(Ids.asGiven("person"));
        context.families(Ids.asGiven("family"));
        context.terms(TermLookup.standard());
    }

    /** A cell that broke a rule: its column, the value given and what is wrong. */
    public record Problem(String column, String value, String message) {
    }

    /**
     * A row checked: the record's cells in the format's column order when it obeys every rule, or else the problems
     * (and no cells).
     */
    public record Checked(String[] cells, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The columns of a kind's file, in the format's order. */
    public static List<String> columns(RecordKind<?> kind) {
        return List.of(RecordLayouts.of(kind).header());
    }

    /** The columns a row of the kind must give a value. */
    public static List<String> required(RecordKind<?> kind) {
        List<String> required = new ArrayList<>();
        for (Column<?, ?> column : RecordLayouts.of(kind).columns()) {
            if (column.required()) {
                required.add(column.name());
            }
        }
        return required;
    }

    /** The columns of a kind's file that hold dates (YYYY-MM-DD). */
    public static List<String> dateColumns(RecordKind<?> kind) {
        return ofType(kind, CellTypes.DATE);
    }

    /** The columns of a kind's file that hold money (pounds, with pence). */
    public static List<String> moneyColumns(RecordKind<?> kind) {
        return ofType(kind, CellTypes.PENCE);
    }

    private static List<String> ofType(RecordKind<?> kind, CellType<?> type) {
        List<String> found = new ArrayList<>();
        for (Column<?, ?> column : RecordLayouts.of(kind).columns()) {
            if (column.type() == type) {
                found.add(column.name());
            }
        }
        return found;
    }

    /** Checks the cells (by column name; a column not given is empty) as one row of the kind's file. */
    public Checked check(RecordKind<?> kind, Map<String, String> cells) {
        return check(RecordLayouts.of(kind), kind, cells);
    }

    private <T extends TimelineRecord> Checked check(Layout<T> layout, RecordKind<?> kind, Map<String, String> cells) {
        FileScope scope = scopes.computeIfAbsent(kind, k -> new FileScope(context));
        Values values = new Values(layout.columns().size(), scope);
        List<Problem> problems = new ArrayList<>();
        for (Column<T, ?> column : layout.columns()) {
            String text = cells.getOrDefault(column.name(), "");
            values.set(column, column.absent());
            if (text == null || text.isBlank()) {
                if (column.required()) {
                    problems.add(new Problem(column.name(), "", "is empty; a value is required"));
                }
                continue;
            }
            String fault = forbidden(text);
            if (fault != null) {
                problems.add(new Problem(column.name(), text, Excerpt.quoted(text) + " holds " + fault + ", which no value may"));
                continue;
            }
            try {
                values.set(column, column.type().parse(text, scope));
            } catch (BadCell e) {
                problems.add(new Problem(column.name(), text, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        try {
            return new Checked(layout.write(layout.build(values)), List.of());
        } catch (BadCell e) {
            String column = e.column() == null ? named(layout, e.getMessage()) : e.column().name();
            return new Checked(null, List.of(new Problem(column, cells.getOrDefault(column, ""), e.getMessage())));
        } catch (IllegalArgumentException e) {
            String column = named(layout, e.getMessage());
            return new Checked(null, List.of(new Problem(column, cells.getOrDefault(column, ""), e.getMessage())));
        }
    }

    /** The column a rule's message begins by naming ("gravity must be from 1 to 8"), or empty for the whole row. */
    private static String named(Layout<?> layout, String message) {
        for (Column<?, ?> column : layout.columns()) {
            if (message.startsWith(column.name() + " ")) {
                return column.name();
            }
        }
        return "";
    }

    private static String forbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Excerpt.forbidden(text.charAt(i))) {
                return Excerpt.describe(text.charAt(i));
            }
        }
        return null;
    }
}
