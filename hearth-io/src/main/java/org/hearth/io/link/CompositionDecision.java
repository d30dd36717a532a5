package org.hearth.io.link;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.engine.timeline.Vocabulary;

/**
 * A coordinator's decision on a family's composition (issue 14, item 3; docs/data-in.md, "Correcting a family's
 * composition"): the composition as formed confirmed, a person who joins the family or leaves it from a day, or a
 * member's role from a day. {@code hearth link --compositions} applies them, in the order they were made, when it forms
 * households, so a correction holds at every later run. A decision is never changed: a mistaken one is put right by a
 * later one.
 *
 * @param id        the decision's number, in the order decisions were made (the server's)
 * @param personId  the person's Hearth id; empty for {@link Change#CONFIRMED}
 * @param role      the person's role from that day for {@link Change#JOINS} and {@link Change#ROLE}; null otherwise
 * @param parentingResponsibility with {@code role}: the person has parenting responsibility for a child of the family
 */
public record CompositionDecision(long id, String familyId, String personId, Change change, Vocabulary.Role role,
        boolean parentingResponsibility, LocalDate from, String decidedBy, LocalDate decidedOn, String note) {

    /** What the decision does; each is written in the file as its {@link #code()}. */
    public enum Change {
        /** The family's composition as formed is right, as seen on the day: kept for the record, nothing changes. */
        CONFIRMED,
        /** The person is a member of the family from the day, with the role given, wherever the data placed them. */
        JOINS,
        /** The person is no longer a member of the family from the day. */
        LEAVES,
        /** The member's role in the family is the one given from the day. */
        ROLE;

        public String code() {
            return Vocabulary.code(this);
        }
    }

    public CompositionDecision {
        Map<String, String> wrong = problems(familyId, personId, change, role, from, decidedBy, decidedOn);
        wrong.entrySet().stream().findFirst().ifPresent(first -> {
            throw new IllegalArgumentException(first.getKey() + ": " + first.getValue());
        });
        personId = personId == null ? "" : personId.strip();
        note = note == null ? "" : note;
    }

    /**
     * What is wrong with a decision's parts, field by field (the file's column names): the one rule the file's reader
     * and the server's form both apply. Empty when nothing is.
     */
    public static Map<String, String> problems(String familyId, String personId, Change change, Vocabulary.Role role,
                                               LocalDate from, String decidedBy, LocalDate decidedOn) {
        Map<String, String> wrong = new LinkedHashMap<>();
        if (familyId == null || familyId.isBlank()) {
            wrong.put("family_id", "is empty");
        }
        boolean person = personId != null && !personId.isBlank();
        if (change == null) {
            wrong.put("change", "is empty");
        } else if (change == Change.CONFIRMED && person) {
            wrong.put("person_id", "a confirmation is of the whole family, so names no person");
        } else if (change != Change.CONFIRMED && !person) {
            wrong.put("person_id", "is empty; " + change.code() + " names the person");
        }
        boolean takesRole = change == Change.JOINS || change == Change.ROLE;
        if (change != null && takesRole && role == null) {
            wrong.put("role", "is empty; " + change.code() + " gives the role, one of " + Vocabulary.codes(Vocabulary.Role.class));
        } else if (change != null && !takesRole && role != null) {
            wrong.put("role", change.code() + " gives no role");
        }
        if (from == null) {
            wrong.put("from", "is empty");
        }
        if (decidedBy == null || decidedBy.isBlank()) {
            wrong.put("decided_by", "is empty");
        }
        if (decidedOn == null) {
            wrong.put("decided_on", "is empty");
        }
        return wrong;
    }
}
