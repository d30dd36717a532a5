package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A young person recorded as not in education, employment or training, or at risk of it. */
public record NeetSpell(RecordId id, String personId, Status status, LocalDate start, LocalDate end,
                        String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public NeetSpell(String recordId, String personId, Status status, LocalDate start, LocalDate end, String source) {
        this(RecordId.of(recordId), personId, status, start, end, source);
    }

    public NeetSpell {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(status, "status");
        Require.ordered(start, end, "start_date", "end_date");
    }

    /** NEET, or at risk of it (a school leaver with no plan for education, training or work). */
    public enum Status { NEET, AT_RISK_OF_NEET }

    /**
     * The status is what the spell is, not how it ended: a spell that ends later is open, the status kept. A spell that starts later does not exist yet.
     */
    @Override
    public NeetSpell asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this : new NeetSpell(id, personId, status, start, null, source);
    }

    @Override
    public RecordKind<NeetSpell> kind() {
        return RecordKind.NEET;
    }
}
