package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A health need a professional identified: a mental health problem, drug or alcohol misuse, pregnancy. */
public record HealthNeed(RecordId id, String personId, Need need, LocalDate start, LocalDate end, String source)
        implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public HealthNeed(String recordId, String personId, Need need, LocalDate start, LocalDate end, String source) {
        this(RecordId.of(recordId), personId, need, start, end, source);
    }

    public HealthNeed {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.present(need, "need");
        Require.ordered(start, end, "start_date", "end_date");
    }

    /** The needs the plans name. */
    public enum Need {
        MENTAL_HEALTH, DRUG_MISUSE, ALCOHOL_MISUSE, LONG_TERM_CONDITION, UNHEALTHY_WEIGHT, YOUNG_CARER, PREGNANCY
    }

    /**
     * A need that ends later (a pregnancy that ends in a birth) is still open on the day. A spell that starts later does not exist yet.
     */
    @Override
    public HealthNeed asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this : new HealthNeed(id, personId, need, start, null, source);
    }

    @Override
    public RecordKind<HealthNeed> kind() {
        return RecordKind.HEALTH_NEEDS;
    }
}
