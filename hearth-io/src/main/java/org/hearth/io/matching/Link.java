package org.hearth.io.matching;

import java.util.List;

/**
 * A link between two source people, and why: what it rests on, its match weight and probability, each field's
 * contribution, and a note (the shared identifier, the reviewer's decision, or why it waits for review).
 */
public record Link(SourcePersonKey a, SourcePersonKey b, Basis basis, Status status, double matchWeight,
        double matchProbability, List<FieldContribution> contributions, String note) {

    public Link {
        contributions = List.copyOf(contributions);
    }

    /** What a link rests on. */
    public enum Basis {
        /** A strong identifier that passed its check (UPN, former UPN, NHS number, NI number, the child's LA id). */
        IDENTIFIER,
        /** The Fellegi-Sunter match weight. */
        PROBABILISTIC,
        /** A reviewer's decision. */
        REVIEWER
    }

    /** What became of a link. */
    public enum Status {
        /** The two are one person. */
        ACCEPTED,
        /** Waiting for a reviewer: the two are kept apart until one accepts. */
        REVIEW,
        /** A reviewer rejected it: the two are kept apart. */
        REJECTED
    }

    /** The same link with another status, and another note unless it is null. */
    Link with(Status status, String note) {
        return new Link(a, b, basis, status, matchWeight, matchProbability, contributions, note == null ? this.note : note);
    }
}
