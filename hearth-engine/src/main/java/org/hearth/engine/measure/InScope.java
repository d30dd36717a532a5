package org.hearth.engine.measure;


/**
 * Decides a per-person measure over the people it was tested for: each person's own result is met,
 * not met, or not applicable (out of scope); the quantifier then asks for any or every person in scope.
 */
final class InScope {
    private InScope() {
    }

    /**
     * The decision over the people's own statuses, told to the witness after their own words (its
     * parts): how many were in scope and how many of them met the measure.
     *
     * @param scope who is in scope, in words worked out only when read: "members with an initial dash_ric
     *              at least 14"
     * @param whenNobody the status when nobody is in scope
     */
    static Status decide(Quantifier quantifier, int inScope, int met, Status whenNobody, Witness witness,
                         Object scope) {
        if (inScope == 0) {
            witness.says("nobody: %s", scope);
        } else {
            witness.says("%s: %d of %d met, %s needed", scope, met, inScope,
                    quantifier == Quantifier.ANY ? "any one" : "every one");
        }
        return status(quantifier, inScope, met, whenNobody);
    }

    /** Each subject's own status, counted: how many were in scope (not "not applicable") and how many met. */
    static final class Tally {
        private int inScope;
        private int met;

        /** Counts one subject's own status. */
        void add(Status status) {
            inScope += status == Status.NOT_APPLICABLE ? 0 : 1;
            met += status == Status.MET ? 1 : 0;
        }

        int inScope() {
            return inScope;
        }

        int met() {
            return met;
        }

        /** {@link InScope#decide} over the statuses counted. */
        Status decide(Quantifier quantifier, Status whenNobody, Witness witness, Object scope) {
            return InScope.decide(quantifier, inScope, met, whenNobody, witness, scope);
        }

        /** {@link InScope#status} over the statuses counted. */
        Status status(Quantifier quantifier, Status whenNobody) {
            return InScope.status(quantifier, inScope, met, whenNobody);
        }
    }

    /** The decision alone, from how many people were in scope and how many of them met the measure. */
    static Status status(Quantifier quantifier, int inScope, int met, Status whenNobody) {
        if (inScope == 0) {
            return whenNobody;
        }
        return (quantifier == Quantifier.ANY ? met > 0 : met == inScope) ? Status.MET : Status.NOT_MET;
    }
}
