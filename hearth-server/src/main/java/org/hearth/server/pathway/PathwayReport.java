package org.hearth.server.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.Vocabulary.Tier;

/**
 * The early-help pathway of the families a user may see, over a period (docs/pathway.md): the cases open at the end
 * of its last day by tier (Southwark's "number of cases managed by social care at tier 4" among them), the steps up
 * and down in it (and the step downs from social care to early help, another of its service outcomes), the
 * engagements and closures in it, and the re-referrals among those engagements: families engaged again within six
 * months of a closure ({@link ReReferral}). Methods the templates call are public: Spring's expression
 * language finds no other.
 *
 * @param openByTier the cases open at the end of {@code to}, by their tier that day, every tier present
 * @param steps the changes of tier dated in the period, earliest first
 * @param reReferrals the interventions engaged in the period that were re-referrals, earliest first
 */
record PathwayReport(LocalDate from, LocalDate to, Map<Tier, Integer> openByTier, int engagements, int closures,
                     List<Step> steps, List<Engagement> reReferrals) {

    /** A change of tier in the period, with the family and intervention it belongs to. */
    record Step(String familyId, String interventionId, TierStep step) {
    }

    /** A re-referral in the period: the intervention, when it began, and the closure it followed. */
    record Engagement(String familyId, String interventionId, LocalDate engagedOn, ReReferral after) {
    }

    /** The report over {@code from} to {@code to}, both days included, of the cases given. */
    static PathwayReport of(List<CasePathway> cases, LocalDate from, LocalDate to) {
        Map<Tier, Integer> open = new EnumMap<>(Tier.class);
        for (Tier tier : Tier.values()) {
            open.put(tier, 0);
        }
        int engagements = 0;
        int closures = 0;
        List<Step> steps = new ArrayList<>();
        List<Engagement> reReferrals = new ArrayList<>();
        for (CasePathway one : cases) {
            String family = one.intervention().familyId();
            String id = one.intervention().interventionId();
            if (one.openOn(to)) {
                open.merge(one.tierOn(to), 1, Integer::sum);
            }
            if (within(one.intervention().engagedOn(), from, to)) {
                engagements++;
                if (one.reReferral() != null) {
                    reReferrals.add(new Engagement(family, id, one.intervention().engagedOn(), one.reReferral()));
                }
            }
            if (one.intervention().closedOn() != null && within(one.intervention().closedOn(), from, to)) {
                closures++;
            }
            for (TierStep step : one.steps()) {
                if (within(step.date(), from, to)) {
                    steps.add(new Step(family, id, step));
                }
            }
        }
        steps.sort(Comparator.comparing((Step step) -> step.step().date()).thenComparing(Step::familyId));
        reReferrals.sort(Comparator.comparing(Engagement::engagedOn).thenComparing(Engagement::familyId));
        return new PathwayReport(from, to, open, engagements, closures, steps, reReferrals);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The cases open at the end of the period by tier, each named as the pathway names it, lowest tier first. */
    public Map<String, Integer> openByTierWords() {
        Map<String, Integer> named = new LinkedHashMap<>();
        openByTier.forEach((tier, count) -> named.put(TierStep.words(tier), count));
        return named;
    }

    /** The cases open at the end of the period, every tier. */
    public int open() {
        return openByTier.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The steps up in the period. */
    public long stepsUp() {
        return count(TierStep.Direction.UP);
    }

    /** The steps down in the period. */
    public long stepsDown() {
        return count(TierStep.Direction.DOWN);
    }

    private long count(TierStep.Direction direction) {
        return steps.stream().filter(step -> step.step().direction() == direction).count();
    }

    /** The step downs in the period from children's social care (tier 3 or 4) to early help (tier 1 or 2). */
    public long stepDownsFromSocialCare() {
        return steps.stream().filter(step -> step.step().fromSocialCareToEarlyHelp()).count();
    }

    /** The re-referrals as a share of the engagements in the period, in whole per cent; null with no engagement. */
    public Long reReferralPercent() {
        return engagements == 0 ? null : Math.round(100.0 * reReferrals.size() / engagements);
    }
}
