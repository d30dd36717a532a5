package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A time a child was reported missing from home or care. */
public record MissingEpisode(RecordId id, String personId, LocalDate start, LocalDate end, String source)
        implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public MissingEpisode(String recordId, String personId, LocalDate start, LocalDate end, String source) {
        this(RecordId.of(recordId), personId, start, end, source);
    }

    public MissingEpisode {
        Require.present(id, "record_id");
        Require.text(personId, "person_id");
        Require.ordered(start, end, "start_date", "end_date");
    }

    /**
     * A child found later is still missing on the day. A spell that starts later does not exist yet.
     */
    @Override
    public MissingEpisode asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this : new MissingEpisode(id, personId, start, null, source);
    }

    @Override
    public RecordKind<MissingEpisode> kind() {
        return RecordKind.MISSING_EPISODES;
    }
}
