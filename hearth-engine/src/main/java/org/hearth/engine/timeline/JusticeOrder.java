package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A sentence or order being served: custody (end is the expected release date), licence or
 * supervision after release, a community order or a suspended sentence.
 */
public record JusticeOrder(RecordId id, String personId, Type type, LocalDate start, LocalDate end,
                           String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public JusticeOrder(String recordId, String personId, Type type, LocalDate start, LocalDate end, String source) {
        this(RecordId.of(recordId), personId, type, start, end, source);
    }

    public JusticeOrder {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(type, "type");
        Require.ordered(start, end, "start_date", "end_date");
    }

    /** The sentences and orders the plans name. */
    public enum Type { CUSTODY, LICENCE, COMMUNITY_ORDER, SUSPENDED_SENTENCE, YOUTH_ORDER }

    /**
     * A sentence or order is known with its end from the day it starts: the end is the expected
     * release or expiry date set when it was passed (Southwark 1D asks how far off release is), not a
     * fact learnt later. So an order that starts by the day is kept whole; one that starts later does
     * not exist yet.
     */
    @Override
    public JusticeOrder asKnownOn(LocalDate day) {
        return start.isAfter(day) ? null : this;
    }

    /** Its end is known from its start (see {@link #asKnownOn}). */
    @Override
    public LocalDate settledOn() {
        return start;
    }

    @Override
    public RecordKind<JusticeOrder> kind() {
        return RecordKind.JUSTICE;
    }
}
