package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A period of paid work. */
public record EmploymentSpell(RecordId id, String personId, Type type, LocalDate start, LocalDate end,
                              Double hoursPerWeek, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public EmploymentSpell(String recordId, String personId, Type type, LocalDate start, LocalDate end,
                           Double hoursPerWeek, String source) {
        this(RecordId.of(recordId), personId, type, start, end, hoursPerWeek, source);
    }

    public EmploymentSpell {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(type, "type");
        Require.ordered(start, end, "start_date", "end_date");
        if (hoursPerWeek != null) {
            Require.notNegative(hoursPerWeek, "hours_per_week");
        }
    }

    /** Employed, self-employed or an apprentice. */
    public enum Type { EMPLOYED, SELF_EMPLOYED, APPRENTICESHIP }

    /**
     * A job that ends later is still held on the day. A spell that starts later does not exist yet.
     */
    @Override
    public EmploymentSpell asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this : new EmploymentSpell(id, personId, type, start, null, hoursPerWeek, source);
    }

    @Override
    public RecordKind<EmploymentSpell> kind() {
        return RecordKind.EMPLOYMENT;
    }
}
