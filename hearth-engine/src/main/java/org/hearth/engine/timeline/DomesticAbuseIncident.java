package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A domestic abuse incident, with the person's part in it and who recorded it. */
public record DomesticAbuseIncident(RecordId id, String familyId, String personId, LocalDate date, Role role,
                                    Category category, RecordedBy recordedBy, String source)
        implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public DomesticAbuseIncident(String recordId, String familyId, String personId, LocalDate date, Role role,
                                 Category category, RecordedBy recordedBy, String source) {
        this(RecordId.of(recordId), familyId, personId, date, role, category, recordedBy, source);
    }

    public DomesticAbuseIncident {
        Require.present(id, "record_id");
        Require.personOrFamily(personId, familyId);
        Require.present(date, "date");
        Require.present(role, "role");
        Require.present(category, "category");
        Require.present(recordedBy, "recorded_by");
    }

    /** The person's part in the incident. */
    public enum Role { VICTIM, PERPETRATOR, AT_RISK }

    /** The kind of abuse. */
    public enum Category { DOMESTIC_ABUSE, SEXUAL_VIOLENCE, HONOUR_BASED_ABUSE, CHILD_TO_PARENT_VIOLENCE }

    /** Who recorded it: the police, a MARAC, a referral or a worker during an assessment. */
    public enum RecordedBy { POLICE, MARAC, REFERRAL, WORKER, SELF_REPORT }

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
    public DomesticAbuseIncident asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<DomesticAbuseIncident> kind() {
        return RecordKind.DOMESTIC_ABUSE;
    }
}
