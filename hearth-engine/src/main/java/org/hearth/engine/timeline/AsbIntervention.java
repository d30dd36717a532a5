package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A formal anti-social behaviour intervention, from a warning letter up to a criminal behaviour order. */
public record AsbIntervention(RecordId id, String personId, Type type, LocalDate start, LocalDate end,
                              Status status, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public AsbIntervention(String recordId, String personId, Type type, LocalDate start, LocalDate end, Status status,
                           String source) {
        this(RecordId.of(recordId), personId, type, start, end, status, source);
    }

    public AsbIntervention {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(type, "type");
        Require.ordered(start, end, "start_date", "end_date");
        Require.present(status, "status");
    }

    /** The interventions in rising order of sanction; {@link #level()} orders them. */
    public enum Type {
        WARNING_LETTER, ACCEPTABLE_BEHAVIOUR_CONTRACT, COMMUNITY_PROTECTION_WARNING, COMMUNITY_PROTECTION_NOTICE,
        CIVIL_INJUNCTION, CRIMINAL_BEHAVIOUR_ORDER;

        /** 1 for a warning letter up to 6 for a criminal behaviour order. */
        public int level() {
            return ordinal() + 1;
        }
    }

    /** Where the intervention stands. */
    public enum Status { ONGOING, COMPLETED, BREACHED, WITHDRAWN }

    /**
     * An intervention that ends later is in force on the day, and how it ended (completed, breached,
     * withdrawn) is not yet known: ongoing. Its status is taken as reached on its end, the only date
     * the source gives. A spell that starts later does not exist yet.
     */
    @Override
    public AsbIntervention asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this : new AsbIntervention(id, personId, type, start, null, Status.ONGOING, source);
    }

    @Override
    public RecordKind<AsbIntervention> kind() {
        return RecordKind.ASB_INTERVENTIONS;
    }
}
