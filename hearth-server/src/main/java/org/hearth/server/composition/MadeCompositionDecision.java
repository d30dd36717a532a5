package org.hearth.server.composition;

import java.time.Instant;

import org.hearth.io.link.CompositionDecision;

/** A decision on a family's composition as the server holds it: the decision, and the moment it was made. */
public record MadeCompositionDecision(CompositionDecision decision, Instant decidedAt) {

    /** What the decision does, in words: "P000007 leaves", "P000009 joins as a child, with parenting responsibility". */
    public String what() {
        CompositionDecision made = decision;
        return switch (made.change()) {
            case CONFIRMED -> "The members confirmed as shown";
            case JOINS -> made.personId() + " joins as " + roleWords(made);
            case LEAVES -> made.personId() + " leaves";
            case ROLE -> made.personId() + "'s role becomes " + roleWords(made);
        };
    }

    private static String roleWords(CompositionDecision made) {
        String role = switch (made.role()) {
            case PARENT_CARER -> "a parent or carer";
            case CHILD -> "a child";
            case OTHER_ADULT -> "another adult";
        };
        return made.parentingResponsibility() ? role + ", with parenting responsibility" : role;
    }
}
