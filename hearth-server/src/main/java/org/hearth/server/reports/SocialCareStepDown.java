package org.hearth.server.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Vocabulary.Tier;

/**
 * A step down from social care to a lower tier of support (Southwark's Early Help Strategy, service outcomes: "Number
 * of step downs from social care to a lower tier of support"): a tier change made after the engagement day to a lower
 * tier than the one before it, where the one before was social care's (tier 3, child in need, or tier 4, child
 * protection or looked after). As in the plans' {@code intervention_step_down}, a change on the engagement day only
 * sets the tier the work began at. Every such change counts, not only an intervention's first; a case's closure is not
 * a step down.
 *
 * @param recordId the tier change's record id in {@code tier_changes.csv}
 */
public record SocialCareStepDown(String familyId, String interventionId, String recordId, LocalDate on, Tier from,
                                 Tier to) {
    /** The lowest tier of social care: child in need. */
    private static final Tier SOCIAL_CARE = Tier.CHILD_IN_NEED;

    /** The intervention's step downs from social care, the earliest first. */
    static List<SocialCareStepDown> of(Intervention intervention) {
        List<SocialCareStepDown> steps = new ArrayList<>();
        Tier before = intervention.tier();
        for (Intervention.TierChange change : intervention.tierChanges()) {
            if (change.date().isAfter(intervention.engagedOn()) && change.tier().level() < before.level()
                    && before.level() >= SOCIAL_CARE.level()) {
                steps.add(new SocialCareStepDown(intervention.familyId(), intervention.interventionId(), change.recordId(),
                        change.date(), before, change.tier()));
            }
            before = change.tier();
        }
        return steps;
    }
}
