package org.hearth.io.canonical;

import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * The earliest and latest day in a population's memberships, interventions and records, which the
 * standard school calendar must cover. Births are left out: they say nothing of the school years the
 * plans look at, and would stretch the calendar back decades.
 */
final class DataSpan {
    private LocalDate earliest;
    private LocalDate latest;

    static DataSpan of(List<Membership> memberships, List<Intervention> interventions, List<TimelineRecord> records) {
        DataSpan span = new DataSpan();
        for (Membership membership : memberships) {
            span.add(membership.start()).add(membership.end());
        }
        for (Intervention intervention : interventions) {
            span.add(intervention.engagedOn()).add(intervention.closedOn());
            for (Intervention.TierChange change : intervention.tierChanges()) {
                span.add(change.date());
            }
        }
        for (TimelineRecord record : records) {
            span.add(record.start()).add(record.end());
        }
        return span;
    }

    /** The earliest day, or null when the data has none. */
    LocalDate earliest() {
        return earliest;
    }

    /** The latest day, or null when the data has none. */
    LocalDate latest() {
        return latest;
    }

    private DataSpan add(LocalDate day) {
        if (day != null) {
            earliest = earliest == null || day.isBefore(earliest) ? day : earliest;
            latest = latest == null || day.isAfter(latest) ? day : latest;
        }
        return this;
    }
}
