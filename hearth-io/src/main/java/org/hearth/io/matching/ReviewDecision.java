package org.hearth.io.matching;

import java.time.LocalDate;

/**
 * A reviewer's decision on a pair of source people: they are one person ({@code accepted}) or not, who decided and
 * when. The pair is unordered: a decision on (a, b) is one on (b, a).
 */
public record ReviewDecision(SourcePersonKey a, SourcePersonKey b, boolean accepted, String decidedBy,
        LocalDate decidedOn) {

    public ReviewDecision {
        if (a == null || b == null || a.equals(b)) {
            throw new IllegalArgumentException("a decision is about two different source people");
        }
        if (decidedBy == null || decidedBy.isBlank() || decidedOn == null) {
            throw new IllegalArgumentException("a decision names who made it and when");
        }
        if (a.compareTo(b) > 0) {
            SourcePersonKey first = b;
            b = a;
            a = first;
        }
    }
}
