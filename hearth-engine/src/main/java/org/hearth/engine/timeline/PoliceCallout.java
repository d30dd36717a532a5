package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A police attendance at the family home.
 *
 * @param domestic the police recorded the call-out as a domestic incident
 * @param supportsCivilInjunction the call-out enforced a civil injunction (Worcestershire excludes these)
 */
public record PoliceCallout(RecordId id, String familyId, String personId, LocalDate date, boolean domestic,
                            boolean supportsCivilInjunction, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public PoliceCallout(String recordId, String familyId, String personId, LocalDate date, boolean domestic,
                         boolean supportsCivilInjunction, String source) {
        this(RecordId.of(recordId), familyId, personId, date, domestic, supportsCivilInjunction, source);
    }

    public PoliceCallout {
        Require.present(id, "record_id");
        Require.text(familyId, "family_id");
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
    public PoliceCallout asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<PoliceCallout> kind() {
        return RecordKind.POLICE_CALLOUTS;
    }
}
