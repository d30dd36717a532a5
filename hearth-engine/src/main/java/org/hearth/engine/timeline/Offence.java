package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * An offence recorded by the police or the youth offending service, with how it was disposed of.
 *
 * @param serious whether the police or YOS judged the offence serious (Worcestershire note 2)
 * @param gravity the police gravity score from 1 to 8, or null where the source gives none
 */
public record Offence(RecordId id, String personId, LocalDate date, Disposal disposal, boolean serious,
                      Integer gravity, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public Offence(String recordId, String personId, LocalDate date, Disposal disposal, boolean serious,
                   Integer gravity, String source) {
        this(RecordId.of(recordId), personId, date, disposal, serious, gravity, source);
    }

    public Offence {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(date, "date");
        Require.present(disposal, "disposal");
        if (gravity != null && (gravity < 1 || gravity > 8)) {
            throw new IllegalArgumentException("gravity must be from 1 to 8, not " + gravity);
        }
    }

    /** How an offence was dealt with. Which disposals are "proven" follows the YOS counting rules. */
    public enum Disposal {
        CONVICTION(true, false), CAUTION(true, true), YOUTH_CAUTION(true, true),
        YOUTH_CONDITIONAL_CAUTION(true, true), COMMUNITY_RESOLUTION(false, true),
        DIVERSIONARY_PANEL(false, true), RESTORATIVE_JUSTICE_DISPOSAL(false, true),
        PENALTY_NOTICE(false, true), FURTHER_ACTION_TAKEN(false, false), NO_FURTHER_ACTION(false, false);

        private final boolean proven;
        private final boolean outOfCourt;

        Disposal(boolean proven, boolean outOfCourt) {
            this.proven = proven;
            this.outOfCourt = outOfCourt;
        }

        /** A conviction or a caution: an offence the YOS counts as proven. */
        public boolean proven() {
            return proven;
        }

        /** Dealt with out of court (cautions, community resolutions, panels, restorative disposals). */
        public boolean outOfCourt() {
            return outOfCourt;
        }

        /** Anything but no further action: the police took further action (FAT). */
        public boolean furtherAction() {
            return this != NO_FURTHER_ACTION;
        }
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
    public Offence asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<Offence> kind() {
        return RecordKind.OFFENCES;
    }
}
