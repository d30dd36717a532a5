package org.hearth.server.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hearth.server.family.FamilyDecision;
import org.hearth.server.family.HeldRecord;

/**
 * What an internal auditor or the national team's spot checker needs to check one family's claim without opening
 * any other system (docs/evidence-pack.md): who the family are, what the decision stands on, the eligibility and the
 * claim, and for each problem identified how it was identified, the progress, and each outcome with the plan's row,
 * the records it cites with their provenance and the key workers' signed-off answers it used. Built from stored
 * data alone ({@link #of}); it holds no more personal data than the check needs: members by Hearth's
 * id, role and age, never their NHS, NI or other numbers.
 *
 * @param reference the authority's own reference for the family, or null
 * @param authority the authority whose plan the decision was made under
 * @param engagedOn the day the family engaged in the intervention (its identification day), as the decision gives it
 * @param notIdentified the plan's problems the decision did not identify, so a checker sees what was counted
 * @param frozenFor the claim whose frozen evidence the pack shows, in words, or null for the decision the family
 *                  stands on now ({@link StoredEvidence#frozenFor})
 */
public record EvidencePack(String familyId, String reference, String authority, Standing standing, List<Member> members,
                           boolean eligible, String eligibility, String interventionId, String engagedOn,
                           FamilyDecision.Claim claim, List<ProblemEvidence> identified, List<PlanProblem> notIdentified,
                           String frozenFor) {

    public EvidencePack {
        members = List.copyOf(members);
        identified = List.copyOf(identified);
        notIdentified = List.copyOf(notIdentified);
    }

    /**
     * The pack of a stored decision: the family's current one, or one a claim froze.
     *
     * @throws IllegalStateException when the decision is not the evaluation's JSON
     */
    public static EvidencePack of(StoredEvidence stored) {
        return new EvidencePackBuilder(stored).build();
    }

    /**
     * A member of the family over a period, with their age on the review date (no date of birth: the age is what a
     * check needs).
     *
     * @param to the last day of the membership, or null while it lasts
     * @param ageOnReviewDate whole years on the review date; null when no date of birth is held or it is later
     */
    public record Member(String personId, String role, LocalDate from, LocalDate to, Integer ageOnReviewDate) {
    }

    /** One of the plan's problems, by its id and name. */
    public record PlanProblem(String id, String name) {
    }

    /**
     * A problem the decision identified: how, the progress on it, and its outcomes.
     *
     * @param sourceRef where the plan's source document sets the problem out
     * @param identifiedOn the day it was identified
     * @param emerged it emerged after the family engaged
     */
    public record ProblemEvidence(String id, String name, String sourceRef, String identifiedOn, boolean emerged,
                                  List<IndicatorEvidence> indicators, boolean progressMet, String progress,
                                  List<OutcomeEvidence> outcomes) {
    }

    /**
     * An indicator that identified the problem, with why it was met and the plan's row for it.
     *
     * @param planDecisions how the plan settled unclear parts of its source row
     */
    public record IndicatorEvidence(String id, String description, String explanation, String sourceRef,
                                    List<String> planDecisions) {
    }

    /**
     * An outcome of an identified problem, as decided.
     *
     * @param status "met", "not met", "too early" or "not applicable"
     * @param relevant whether the outcome counts for this family (it may apply only to some indicators)
     * @param evidenceNamed the sources the plan names as the outcome's evidence
     * @param planDecisions how the plan settled unclear parts of its source row
     * @param records the records the explanation cites, other than key workers' answers, in the order it cites them
     * @param answers the key workers' signed-off answers the explanation cites
     */
    public record OutcomeEvidence(String id, String description, String status, boolean relevant, String explanation,
                                  String sourceRef, List<String> evidenceNamed, List<String> planDecisions,
                                  List<CitedRecord> records, List<UsedAnswer> answers) {
    }

    /**
     * A record an explanation cites.
     *
     * @param file the canonical file it is of ({@code offences.csv})
     * @param held the record with its values and provenance; null when no record of that id is held (which the pack
     *             says, rather than leaving it out)
     */
    public record CitedRecord(String file, String recordId, HeldRecord held) {
    }

    /**
     * A key worker's answer an explanation cites: the worker_assessments row it counted as, and, for an answer
     * recorded in Hearth, the evidence the key worker gave and when it was recorded and signed off.
     *
     * @param question the plan's question id; {@code questionText} in the plan's words
     * @param personId the member it is about, or null
     * @param signedOffOn the day on the row (the review date of the sign-off); {@code signedOffAt} the moment, for an
     *                    answer signed off in Hearth, else null
     * @param evidence the key worker's evidence, or null for an answer that came in the authority's own data
     * @param recordedAt when the key worker recorded it in Hearth, or null
     * @param provenance where the row came from: source, import, line
     */
    public record UsedAnswer(String recordId, String question, String questionText, boolean answer, String personId,
                             String assessedOn, String assessedBy, String signedOffOn, String signedOffBy,
                             Instant signedOffAt, String evidence, Instant recordedAt, String provenance) {
    }
}
