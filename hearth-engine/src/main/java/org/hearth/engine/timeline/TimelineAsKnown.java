package org.hearth.engine.timeline;

import java.time.LocalDate;
import java.util.List;

/**
 * Works out how far a timeline reaches in time, and rebuilds it as it stood on an earlier day, for
 * {@link FamilyTimeline#asKnownOn}. Kept apart so the timeline's own class stays about reading records.
 */
final class TimelineAsKnown {
    private TimelineAsKnown() {
    }

    /** The latest day anything in these was learnt; {@link LocalDate#MIN} for nothing at all. */
    static LocalDate settledOn(List<Person> people, List<Membership> memberships, List<Intervention> interventions,
                               List<TimelineRecord> records) {
        LocalDate latest = LocalDate.MIN;
        for (Person person : people) {
            latest = later(latest, person.dateOfBirth());
        }
        for (Membership membership : memberships) {
            latest = later(latest, membership.end() == null ? membership.start() : membership.end());
        }
        for (Intervention intervention : interventions) {
            latest = later(latest, intervention.settledOn());
        }
        for (TimelineRecord record : records) {
            latest = later(latest, record.settledOn());
        }
        return latest;
    }

    /**
     * The timeline with everything as known at the end of the day. A person born after the day does
     * not exist yet, so neither do their memberships; their records start after their birth and go
     * by their own dates.
     */
    static FamilyTimeline on(FamilyTimeline family, LocalDate day) {
        FamilyTimeline.Builder known = FamilyTimeline.builder(family.familyId(), family.calendar());
        // People first, in the timeline's order, so that the rebuilt timeline lists them alike.
        for (Person person : family.people()) {
            if (!person.dateOfBirth().isAfter(day)) {
                known.person(person);
            }
        }
        for (int i = 0; i < family.memberships().size(); i++) {
            Person person = family.membershipPeople().get(i);
            Membership membership = family.memberships().get(i).asKnownOn(day);
            if (membership != null && !person.dateOfBirth().isAfter(day)) {
                known.member(person, membership);
            }
        }
        for (Intervention intervention : family.interventions()) {
            Intervention then = intervention.asKnownOn(day);
            if (then != null) {
                known.intervention(then);
            }
        }
        for (RecordKind<?> kind : RecordKind.all()) {
            for (TimelineRecord record : family.records(kind)) {
                TimelineRecord then = record.asKnownOn(day);
                if (then != null) {
                    known.record(then);
                }
            }
        }
        return known.build();
    }

    private static LocalDate later(LocalDate latest, LocalDate day) {
        return day.isAfter(latest) ? day : latest;
    }
}
