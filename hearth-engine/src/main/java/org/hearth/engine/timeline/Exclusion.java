package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * An exclusion from school.
 *
 * @param days school days excluded, in halves (a fixed-term exclusion of two and a half days is 2.5);
 *             a permanent exclusion records the days until the child left the roll, or 0
 * @param phase the phase of the school that excluded the child
 */
public record Exclusion(RecordId id, String personId, LocalDate date, Type type, double days, Phase phase,
                        String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public Exclusion(String recordId, String personId, LocalDate date, Type type, double days, Phase phase,
                     String source) {
        this(RecordId.of(recordId), personId, date, type, days, phase, source);
    }

    public Exclusion {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(date, "date");
        Require.present(type, "type");
        Require.notNegative(days, "days");
        Require.present(phase, "phase");
    }

    /** Fixed-term (a suspension) or permanent. */
    public enum Type { FIXED_TERM, PERMANENT }

    /** School phase. */
    public enum Phase { PRIMARY, SECONDARY, SPECIAL, ALTERNATIVE_PROVISION }

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
    public Exclusion asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<Exclusion> kind() {
        return RecordKind.EXCLUSIONS;
    }
}
