package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A young person recorded as not in education, employment or training, or at risk of it. */
public record NeetSpell(String recordId, String personId, Status status, LocalDate start, LocalDate end,
                        String source) implements TimelineRecord {

    public NeetSpell {
        Require.text(recordId, "record_id");
        Require.text(personId, "person_id");
        Require.present(status, "status");
        Require.ordered(start, end, "start_date", "end_date");
    }

    /** NEET, or at risk of it (a school leaver with no plan for education, training or work). */
    public enum Status { NEET, AT_RISK_OF_NEET }

    @Override
    public RecordKind<NeetSpell> kind() {
        return RecordKind.NEET;
    }
}
