package org.hearth.engine.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.RecordFilter;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * Which records a measure counts: a kind, and optionally a filter on its fields.
 *
 * <pre>
 * records: offences
 * where: {proven: true}
 * </pre>
 *
 * A selection that names an unknown kind or field does not fail when read; it keeps the problem so
 * that plan validation can report it with every other error and the line it is on.
 */
public final class RecordSelection {
    private final String records;
    private final Map<String, Object> where;
    private final RecordKind<?> kind;
    private final RecordFilter filter;
    private final String problem;

    @JsonCreator
    public RecordSelection(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where) {
        this.records = records;
        this.where = where == null ? Map.of() : new LinkedHashMap<>(where);
        RecordKind<?> found = records == null ? null : RecordKind.named(records);
        RecordFilter compiled = null;
        String error = null;
        if (found == null) {
            error = "'" + records + "' is not a kind of record; the kinds are " + RecordKind.names();
        } else {
            try {
                compiled = found.where(this.where);
            } catch (IllegalArgumentException e) {
                error = e.getMessage();
            }
        }
        this.kind = found;
        this.filter = compiled;
        this.problem = error;
    }

    /**
     * A selection of every record of a kind, for code and tests: one for each kind, made when this class
     * loads and never changed, as measures asking whether the data holds anything ask for them often.
     */
    public static RecordSelection of(RecordKind<?> kind) {
        return EVERY[kind.index()];
    }

    private static final RecordSelection[] EVERY = new RecordSelection[RecordKind.all().size()];

    static {
        for (RecordKind<?> kind : RecordKind.all()) {
            EVERY[kind.index()] = new RecordSelection(kind.name(), null);
        }
    }

    /** A selection with a filter, for code and tests. */
    public static RecordSelection of(RecordKind<?> kind, Map<String, Object> where) {
        return new RecordSelection(kind.name(), where);
    }

    /**
     * The kinds the selections name, each once, with the given others ({@link Measure#reads} of a measure that
     * reads several selections); absent selections are passed over.
     */
    static Set<String> kinds(List<RecordSelection> selections, String... others) {
        Set<String> kinds = new TreeSet<>(List.of(others));
        for (RecordSelection selection : selections) {
            if (selection != null) {
                kinds.add(selection.records());
            }
        }
        return Set.copyOf(kinds);
    }

    /** The kind's name as the plan gave it. */
    @JsonProperty("records")
    public String records() {
        return records;
    }

    @JsonProperty("where")
    public Map<String, Object> where() {
        return where;
    }

    /** What is wrong with this selection, or null when it is usable. */
    public String problem() {
        return problem;
    }

    public RecordKind<?> kind() {
        requireValid();
        return kind;
    }

    /** True when every record of the kind is selected: the plan gave no filter. */
    public boolean selectsAll() {
        requireValid();
        return where.isEmpty();
    }

    /**
     * The test of the where-clause alone, for records known to be of this kind; null when the plan gave
     * no where-clause, so that every record is taken untested.
     */
    RecordFilter filter() {
        requireValid();
        return where.isEmpty() ? null : filter;
    }

    /**
     * The first and last day of each of the family's records this selection picks, as {@link
     * FamilyTimeline#spans} gives them.
     */
    public int[] spans(FamilyTimeline family) {
        return family.spans(kind(), filter());
    }

    /** True when the record is of this kind and passes the filter. */
    public boolean matches(TimelineRecord record) {
        requireValid();
        return record.kind() == kind && filter.test(record);
    }


    private void requireValid() {
        if (problem != null) {
            throw new IllegalStateException("invalid record selection: " + problem);
        }
    }

    /** "offences where proven = true". */
    public String describe() {
        if (where.isEmpty()) {
            return records;
        }
        StringBuilder out = new StringBuilder(records).append(" where ");
        int i = 0;
        for (Map.Entry<String, Object> clause : where.entrySet()) {
            out.append(i++ == 0 ? "" : " and ").append(clause.getKey()).append(clause.getValue() instanceof List<?> ? " in " : " = ")
                    .append(clause.getValue());
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
