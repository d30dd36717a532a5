package org.hearth.server.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hearth.server.casework.Answers;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.family.HeldRecord;
import org.hearth.server.plan.PlansInUse;
import org.springframework.stereotype.Component;

/**
 * The {@link StoredEvidence} of the decision a family stands on now: its run, plan, decision, members, records with
 * their provenance and the key workers' answers, as the family page reads them. It asks no one's leave: callers ask
 * {@link org.hearth.server.security.Access} first.
 */
@Component
class CurrentEvidence {
    private final FamilyDirectory directory;
    private final PlansInUse plans;
    private final Answers answers;

    CurrentEvidence(FamilyDirectory directory, PlansInUse plans, Answers answers) {
        this.directory = directory;
        this.plans = plans;
        this.answers = answers;
    }

    /** The family's evidence, or empty when no family has the id or it has not been evaluated. */
    Optional<StoredEvidence> of(String familyId) {
        String decision = directory.decision(familyId);
        Map<String, Object> run = directory.runOf(familyId);
        if (decision == null || run == null) {
            return Optional.empty();
        }
        List<StoredEvidence.Membership> memberships = directory.members(familyId).stream()
                .map(member -> new StoredEvidence.Membership((String) member.get("person_id"), (String) member.get("role"),
                        day(member.get("start_date")), day(member.get("end_date")), day(member.get("date_of_birth"))))
                .toList();
        return Optional.of(new StoredEvidence(familyId, directory.reference(familyId), Standing.ofRun(run),
                plans.ofRun(run), decision, memberships, HeldRecord.byFile(directory.records(familyId)),
                answers.forFamily(familyId)));
    }

    private static LocalDate day(Object text) {
        return text == null || text.toString().isEmpty() ? null : LocalDate.parse(text.toString());
    }
}
