package org.hearth.engine.timeline;

import java.time.LocalDate;

import org.hearth.engine.timeline.Vocabulary.Theme;

/**
 * A professional's nomination of a person or household as having a problem of concern equivalent
 * to a plan's data indicators (every plan has such an indicator for each problem).
 *
 * @param raisedBy the role of the professional who raised it, for example "education welfare officer"
 */
public record ProfessionalConcern(RecordId id, String familyId, String personId, Theme theme, LocalDate date,
                                  String raisedBy, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public ProfessionalConcern(String recordId, String familyId, String personId, Theme theme, LocalDate date,
                               String raisedBy, String source) {
        this(RecordId.of(recordId), familyId, personId, theme, date, raisedBy, source);
    }

    public ProfessionalConcern {
        Require.present(id, "record_id");
        Require.text(familyId, "family_id");
        Require.present(theme, "theme");
        Require.present(date, "date");
        Require.text(raisedBy, "raised_by");
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
    public ProfessionalConcern asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<ProfessionalConcern> kind() {
        return RecordKind.CONCERNS;
    }
}
