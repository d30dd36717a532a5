package org.hearth.server.composition;

import java.util.List;

/**
 * What the family page's Composition part shows: the family's decisions in the order made, the people who have been its
 * members with their names (the form's choice of member), and the form as it starts.
 */
public record CompositionPart(List<MadeCompositionDecision> decisions, List<Member> members, CompositionForm form) {

    /** A person who has been a member of the family, by id and with their name where the data gives one. */
    public record Member(String personId, String name) {

        /** As the form's choice reads: "P000007 Jo Smith", or the id alone. */
        public String choice() {
            return name.isBlank() ? personId : personId + " " + name;
        }
    }
}
