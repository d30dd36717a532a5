package org.hearth.engine.timeline;

import java.time.LocalDate;

import org.hearth.engine.timeline.Vocabulary.Role;

/**
 * A person's membership of a family over a period (inclusive; end null while it lasts).
 *
 * @param parentingResponsibility the person has parenting responsibility for a child of the family
 */
public record Membership(String familyId, String personId, Role role, boolean parentingResponsibility,
                         LocalDate start, LocalDate end) {

    public Membership {
        Require.text(familyId, "family_id");
        Require.text(personId, "person_id");
        Require.present(role, "role");
        Require.ordered(start, end, "start_date", "end_date");
    }

    /** A parent or carer, or a member with parenting responsibility: one of the family's parents. */
    public boolean parent() {
        return role == Role.PARENT_CARER || parentingResponsibility;
    }

    /** True when the person was a member on the given day. */
    public boolean coversDay(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    /** The membership as it stood at the end of the day: null before it began, open when it ends later. */
    public Membership asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this
                : new Membership(familyId, personId, role, parentingResponsibility, start, null);
    }

    /** True when this membership and the other share at least one day. */
    public boolean overlaps(Membership other) {
        return (end == null || !end.isBefore(other.start)) && (other.end == null || !other.end.isBefore(start));
    }
}
