package org.hearth.io.link;

import java.time.LocalDate;

import org.hearth.engine.timeline.Vocabulary;

/**
 * A person's stay in a family, as the data formed it or a coordinator's decision corrected it: a membership of
 * memberships.csv in the making.
 *
 * @param to         the last day, or null while it lasts
 * @param role       the role a decision gave, or null where it is read from ages ({@link FamilyComposition})
 * @param decisionId the decision that made the stay or gave its role, or 0 where the data alone did
 */
record FamilyStay(String familyId, String personId, LocalDate from, LocalDate to, Vocabulary.Role role,
                  boolean parentingResponsibility, long decisionId) {

    static FamilyStay fromData(String familyId, String personId, LocalDate from, LocalDate to) {
        return new FamilyStay(familyId, personId, from, to, null, false, 0);
    }

    /** Whether the stay has a day on or after {@code day}. */
    boolean reaches(LocalDate day) {
        return to == null || !to.isBefore(day);
    }

    /** Whether the stay has a day on or before {@code day}. */
    boolean startsBy(LocalDate day) {
        return !from.isAfter(day);
    }

    FamilyStay between(LocalDate first, LocalDate last) {
        return new FamilyStay(familyId, personId, first, last, role, parentingResponsibility, decisionId);
    }

    FamilyStay withRole(Vocabulary.Role given, boolean responsibility, long decision) {
        return new FamilyStay(familyId, personId, from, to, given, responsibility, decision);
    }
}
