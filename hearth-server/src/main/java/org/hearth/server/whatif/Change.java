package org.hearth.server.whatif;

import java.util.Locale;

/**
 * One decision about a family that a draft plan would make otherwise than the plan in force, with both plans'
 * explanations of it.
 *
 * @param shift whether the draft grants what the plan in force does not, or takes it away, or (a claim by another
 *              route) changes it
 * @param problemId the problem whose identification or progress changes; null for eligibility and the claim
 * @param inForce the decision under the plan in force, in words ("eligible", "not identified")
 * @param draft the decision under the draft, in words
 * @param whyInForce the plan in force's explanation of its decision
 * @param whyDraft the draft's explanation of its decision
 */
public record Change(What what, Shift shift, String problemId, String inForce, String draft, String whyInForce,
                     String whyDraft) {

    /** As the page heads the change: "Eligibility", "Problem 2 identified", "Progress on problem 2", "Claim". */
    public String heading() {
        return switch (what) {
            case IDENTIFICATION -> "Problem " + problemId + " identified";
            case PROGRESS -> "Progress on problem " + problemId;
            case ELIGIBILITY, CLAIM -> what.words();
        };
    }

    /**
     * Which way it changes: the draft makes eligible, identifies, finds progress or makes claimable where the plan in
     * force does not ({@code GAINED}), or the other way ({@code LOST}), or a claim stays but by another route.
     */
    public enum Shift {
        GAINED, LOST, CHANGED;

        /** As the API and the CSV give it: "gained". */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Gained when the draft says yes and the plan in force no; lost the other way. */
        static Shift of(boolean inForce, boolean draft) {
            return draft && !inForce ? GAINED : inForce && !draft ? LOST : CHANGED;
        }
    }

    /** Which decision changes. */
    public enum What {
        ELIGIBILITY("Eligibility"), IDENTIFICATION("A problem identified"), PROGRESS("Progress on a problem"),
        CLAIM("Claim");

        private final String words;

        What(String words) {
            this.words = words;
        }

        /** As the page counts it: "A problem identified". */
        public String words() {
            return words;
        }

        /** As the API and the CSV give it: "identification". */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
