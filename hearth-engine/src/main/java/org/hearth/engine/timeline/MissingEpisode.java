package org.hearth.engine.timeline;

import java.time.LocalDate;

/** A time a child was reported missing from home or care. */
public record MissingEpisode(String recordId, String personId, LocalDate start, LocalDate end, String source)
        implements TimelineRecord {

    public MissingEpisode {
        Require.text(recordId, "record_id");
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
        return end == null || !end.isAfter(day) ? this : new MissingEpisode(recordId, personId, start, null, source);
    }

    @Override
    public RecordKind<MissingEpisode> kind() {
        return RecordKind.MISSING_EPISODES;
    }
}
