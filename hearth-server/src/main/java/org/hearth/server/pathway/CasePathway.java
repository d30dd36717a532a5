package org.hearth.server.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.io.TeamMember;

/**
 * One intervention on the early-help pathway as it stood on the review date: when the family engaged and at what
 * tier, each step up or down since with its date and reason, the lead professional and the Team Around the Family,
 * the closure and its reason, and whether it was a re-referral. Made from the same intervention and tier-change rows
 * the plans' outcomes read. Methods the templates call are public: Spring's expression
 * language finds no other.
 *
 * @param intervention as known on the review date ({@link Intervention#asKnownOn}): a later closure is not yet
 *                     reached, a later change of tier not yet made
 * @param team the members of its Team Around the Family who had joined by the review date, earliest first; one who
 *             left after it is still in the team
 * @param reReferral the earlier closure this intervention began within six months of, or null
 */
record CasePathway(Intervention intervention, List<TierStep> steps, List<TeamMember> team, ReReferral reReferral) {

    /**
     * The family's interventions as they stood on the review date, earliest engagement first, each with its team and
     * whether it was a re-referral; one engaged after the review date is left out.
     */
    static List<CasePathway> of(List<Intervention> interventions, List<TeamMember> team, LocalDate asOf) {
        List<Intervention> known = interventions.stream().map(each -> each.asKnownOn(asOf)).filter(each -> each != null)
                .sorted(Comparator.comparing(Intervention::engagedOn).thenComparing(Intervention::interventionId)).toList();
        List<CasePathway> cases = new ArrayList<>(known.size());
        for (Intervention intervention : known) {
            List<TeamMember> members = team.stream()
                    .filter(member -> member.interventionId().equals(intervention.interventionId()) && !member.start().isAfter(asOf))
                    .map(member -> member.end() == null || !member.end().isAfter(asOf) ? member : stillIn(member))
                    .sorted(Comparator.comparing(TeamMember::start).thenComparing(TeamMember::recordId)).toList();
            cases.add(new CasePathway(intervention, TierStep.of(intervention), members, ReReferral.of(intervention, known)));
        }
        return cases;
    }

    private static TeamMember stillIn(TeamMember member) {
        return new TeamMember(member.recordId(), member.interventionId(), member.professional(), member.role(),
                member.organisation(), member.start(), null, member.source());
    }

    /** Whether the family was in this intervention on the day: engaged by then and not yet closed. */
    boolean openOn(LocalDate day) {
        return !intervention.engagedOn().isAfter(day) && !intervention.closedBy(day);
    }

    /** The tier on the day: the one at engagement, or the latest step's on or before it. */
    Tier tierOn(LocalDate day) {
        return intervention.tierOn(day);
    }

    /** The tier it stands at now (on the review date, or at its closure). */
    Tier latestTier() {
        return steps.isEmpty() ? intervention.tier() : steps.get(steps.size() - 1).to();
    }

    /** The tier at engagement, as the pathway names it. */
    public String engagedTierWords() {
        return TierStep.words(intervention.tier());
    }

    /** The tier it stands at now, as the pathway names it. */
    public String latestTierWords() {
        return TierStep.words(latestTier());
    }
}
