package org.hearth.server.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hearth.engine.plan.Plan;
import org.hearth.server.casework.Answer;
import org.hearth.server.family.HeldRecord;

/**
 * What an evidence pack is built from, as stored: a family's decision and everything it rests on. It comes either
 * from the decision the family stands on now ({@link CurrentEvidence}) or from what a claim froze when it was made,
 * so the pack of a claim shows the evidence the claim was made on, whatever has been imported since.
 *
 * @param reference the authority's own reference for the family, or null
 * @param plan the plan version the decision was made under (the one {@code standing} names)
 * @param decision the decision: the evaluate command's JSON for the family (docs/architecture.md, "Contracts")
 * @param memberships who was in the family, when, and their dates of birth
 * @param records every record held about the family or its members, with its provenance, by file
 *                ({@link HeldRecord#byFile}); those the decision cites are the ones the pack shows
 * @param answers the key workers' answers about the family, with their evidence and sign-off; those whose
 *                worker_assessments rows the decision cites are the ones the pack shows
 * @param frozenFor the claim whose frozen evidence this is, in words ("claim 12, prepared on 2 April 2019 by
 *                  coordinator"), or null for the decision the family stands on now
 */
public record StoredEvidence(String familyId, String reference, Standing standing, Plan plan, String decision,
                             List<Membership> memberships, Map<String, List<HeldRecord>> records, List<Answer> answers,
                             String frozenFor) {

    public StoredEvidence {
        memberships = List.copyOf(memberships);
        records = Map.copyOf(records);
        answers = List.copyOf(answers);
    }

    /** The evidence of the decision the family stands on now. */
    public StoredEvidence(String familyId, String reference, Standing standing, Plan plan, String decision,
                          List<Membership> memberships, Map<String, List<HeldRecord>> records, List<Answer> answers) {
        this(familyId, reference, standing, plan, decision, memberships, records, answers, null);
    }

    /**
     * A person's membership of the family, as memberships.csv and people.csv give it.
     *
     * @param to the last day, or null while it lasts
     */
    public record Membership(String personId, String role, LocalDate from, LocalDate to, LocalDate bornOn) {
    }
}
