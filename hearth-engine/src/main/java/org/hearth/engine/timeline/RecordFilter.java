package org.hearth.engine.timeline;

import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * A plan's {@code where} for one kind of record, compiled once when the plan is read. It tests a
 * record, or the same fields as the number a timeline keeps beside each record
 * ({@link RecordKind#codes}), so that counting a family's records reads none of the records.
 *
 * <p>Each clause is a field's place in that number and the set of its values the plan accepts, as
 * bits: a record passes when every clause accepts its value. Both tests read the same codes, so they
 * cannot disagree.
 */
public final class RecordFilter implements Predicate<TimelineRecord> {
    /** Each clause's field's code of a record, as {@link RecordKind#codes} packs it. */
    private final ToIntFunction<TimelineRecord>[] fields;
    private final int[] shifts;
    private final int[] masks;
    private final long[] accepted;

    /** The first clause again, read without the arrays: most where-clauses have one. */
    private final int firstShift;
    private final int firstMask;
    private final long firstAccepted;

    RecordFilter(ToIntFunction<TimelineRecord>[] fields, int[] shifts, int[] masks, long[] accepted) {
        this.fields = fields;
        this.shifts = shifts;
        this.masks = masks;
        this.accepted = accepted;
        boolean any = shifts.length > 0;
        this.firstShift = any ? shifts[0] : 0;
        this.firstMask = any ? masks[0] : 0;
        this.firstAccepted = any ? accepted[0] : 1; // no clause: code 0 of no field, accepted
    }

    /** True when the record, of this filter's kind, passes every clause: only its clauses' fields are read. */
    @Override
    public boolean test(TimelineRecord record) {
        for (int i = 0; i < fields.length; i++) {
            if ((accepted[i] >>> fields[i].applyAsInt(record) & 1) == 0) {
                return false;
            }
        }
        return true;
    }

    /** True when a record whose fields are these {@link RecordKind#codes} passes every clause. */
    public boolean test(int codes) {
        if ((firstAccepted >>> ((codes >>> firstShift) & firstMask) & 1) == 0) {
            return false;
        }
        for (int i = 1; i < shifts.length; i++) {
            if ((accepted[i] >>> ((codes >>> shifts[i]) & masks[i]) & 1) == 0) {
                return false;
            }
        }
        return true;
    }
}
