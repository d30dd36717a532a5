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

    @Override
    public RecordKind<MissingEpisode> kind() {
        return RecordKind.MISSING_EPISODES;
    }
}
