package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A report of anti-social behaviour involving a person, or the household where no person is named. */
public record AsbIncident(RecordId id, String personId, String familyId, LocalDate date, String source)
        implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public AsbIncident(String recordId, String personId, String familyId, LocalDate date, String source) {
        this(RecordId.of(recordId), personId, familyId, date, source);
    }

    public AsbIncident {
        Require.present(id, "record_id");
        Require.personOrFamily(personId, familyId);
        Require.present(date, "date");
    }

    @Override
    public LocalDate start() {
        return date;
    }

    @Override
    public LocalDate end() {
        return date;
    }

    /** An event is whole on its day: known from then, not before. */
    @Override
    public AsbIncident asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<AsbIncident> kind() {
        return RecordKind.ASB_INCIDENTS;
    }
}
