package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A sentence or order being served: custody (end is the expected release date), licence or
 * supervision after release, a community order or a suspended sentence.
 */
public record JusticeOrder(String recordId, String personId, Type type, LocalDate start, LocalDate end,
                           String source) implements TimelineRecord {

    public JusticeOrder {
        Require.text(recordId, "record_id");
        Require.text(personId, "person_id");
        Require.present(type, "type");
        Require.ordered(start, end, "start_date", "end_date");
    }

    /** The sentences and orders the plans name. */
    public enum Type { CUSTODY, LICENCE, COMMUNITY_ORDER, SUSPENDED_SENTENCE, YOUTH_ORDER }

    @Override
    public RecordKind<JusticeOrder> kind() {
        return RecordKind.JUSTICE;
    }
}
