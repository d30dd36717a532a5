package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A hospital admission or an attendance at accident and emergency. */
public record HealthEvent(RecordId id, String personId, LocalDate date, Type type, String source)
        implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public HealthEvent(String recordId, String personId, LocalDate date, Type type, String source) {
        this(RecordId.of(recordId), personId, date, type, source);
    }

    public HealthEvent {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(date, "date");
        Require.present(type, "type");
    }

    /** Admission or A&amp;E attendance. */
    public enum Type { HOSPITAL_ADMISSION, AE_ATTENDANCE }

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
    public HealthEvent asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<HealthEvent> kind() {
        return RecordKind.HEALTH_EVENTS;
    }
}
