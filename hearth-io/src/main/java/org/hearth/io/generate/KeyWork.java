package org.hearth.io.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.ProfessionalConcern;
import org.hearth.engine.timeline.Vocabulary.Theme;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.engine.timeline.WorkerAssessment;

/**
 * The key work itself: the intervention (its tier, step-downs and closure), professionals'
 * nominations of concern, and key workers' signed-off answers to the plans' questions. Why a tier changed,
 * and who else works with the family, are {@link EarlyHelpPathway}'s.
 */
final class KeyWork {
    private static final Tier[] TIERS = {Tier.UNIVERSAL_PLUS, Tier.TARGETED_EARLY_HELP, Tier.CHILD_IN_NEED,
        Tier.CHILD_PROTECTION_OR_LOOKED_AFTER};
    private static final int[] TIER_WEIGHTS = {5, 60, 25, 10};
    private static final String[] WORKERS = {"KW01", "KW02", "KW03", "KW04", "KW05", "KW06", "KW07", "KW08"};
    private static final String[] MANAGERS = {"TM01", "TM02", "TM03"};

    private KeyWork() {
    }

    static Intervention intervention(Household household, Story story, Ids ids, Chance chance, LocalDate dataEnd) {
        LocalDate engaged = story.referenceDay();
        Tier tier = chance.pick(TIERS, TIER_WEIGHTS);
        boolean turnedAround = story.turnsAround().values().stream().filter(b -> b).count() * 2 >= story.problems().size();
        List<Intervention.TierChange> changes = new ArrayList<>();
        LocalDate stepDown = engaged.plusMonths(chance.between(4, 9));
        if (turnedAround && tier.level() > 1 && chance.percent(45) && !stepDown.isAfter(dataEnd)) {
            changes.add(new Intervention.TierChange(ids.record("TC"), stepDown, Tier.values()[tier.ordinal() - 1], null));
        } else if (!turnedAround && tier.level() < 4 && chance.percent(12) && !stepDown.isAfter(dataEnd)) {
            changes.add(new Intervention.TierChange(ids.record("TC"), stepDown, Tier.values()[tier.ordinal() + 1], null));
        }
        LocalDate lastChange = changes.isEmpty() ? engaged : changes.get(0).date();
        LocalDate closed = later(engaged.plusMonths(chance.between(7, 16)), lastChange.plusMonths(1));
        boolean closes = chance.percent(turnedAround ? 70 : 35) && !closed.isAfter(dataEnd);
        String worker = WORKERS[chance.between(0, WORKERS.length - 1)];
        return new Intervention("I" + household.familyId.substring(1), household.familyId, engaged, worker,
                chance.percent(75) ? "Early Help Service" : "Family Focus Team", tier, changes,
                closes ? closed : null, closes ? (turnedAround ? "outcomes achieved" : "family disengaged") : null);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static void concerns(Household household, Story story, Ids ids, Chance chance, Sink sink) {
        for (Theme theme : story.problems()) {
            if (chance.percent(12)) {
                sink.add(new ProfessionalConcern(ids.record("CN"), household.familyId, null, theme,
                        story.referenceDay().minusMonths(chance.between(0, 6)), chance.percent(50) ? "school" : "health visitor",
                        "early help hub"));
            }
        }
    }

    /**
     * Key workers' signed-off answers to the plans' questions, given as the work goes on rather than
     * once. The family's key worker reviews the family plan four to six months after engagement,
     * then every four to six months while the case is open, and once more on the day it closes (a
     * review due in the month before closure is that closing review); a question answered for a
     * family (about a third of the questions, each family its own) is answered afresh at every
     * review, so the latest answer is the worker's current view. A family that turned
     * around is judged to be making progress less often in its first six months (two in five reviews)
     * than later (most reviews); one that did not, at one review in five.
     *
     * <p>A claim-route question (Worcestershire's lead worker's judgement) is also asked when a claim
     * is considered, for every family that turned around: at the closing review or, while the case
     * is still open, in the claim round before the data ends (three weeks to three months before it),
     * and nine times in ten the answer is yes. That answer is the last (reviews after it do not ask
     * the question again) and, as the claim needs it, always signed off. So the judgement behind a
     * claim is a recent one, as a plan that limits its age expects. A team manager signs off an
     * answer one to 21 days after it is given: every claim judgement, and most review answers.
     */
    static void assessments(Household household, Story story, Intervention intervention,
                            List<SyntheticAuthority.Question> questions, Ids ids, Chance chance, Sink sink) {
        boolean turnedAround = story.turnsAround().values().stream().filter(b -> b).count() * 2 >= story.problems().size();
        String worker = WORKERS[chance.between(0, WORKERS.length - 1)];
        List<LocalDate> reviews = reviews(intervention, chance, sink.dataEnd());
        LocalDate settled = intervention.engagedOn().plusMonths(6);
        for (SyntheticAuthority.Question question : questions) {
            boolean asked = chance.percent(35);
            LocalDate considered = question.forClaim() && turnedAround
                    ? claimConsidered(intervention, chance, sink.dataEnd()) : null;
            for (LocalDate review : reviews) {
                if (asked && (considered == null || review.isBefore(considered))) {
                    double yes = !turnedAround ? 20 : review.isBefore(settled) ? 40 : 85;
                    answer(household, question, worker, review, chance.percent(yes), chance.percent(85), ids, chance, sink);
                }
            }
            if (considered != null) {
                answer(household, question, worker, considered, chance.percent(90), true, ids, chance, sink);
            }
        }
    }

    /** When a claim is considered: at the closing review, or in the claim round before the data ends. */
    private static LocalDate claimConsidered(Intervention intervention, Chance chance, LocalDate dataEnd) {
        return intervention.closedOn() != null ? intervention.closedOn() : dataEnd.minusDays(chance.between(21, 91));
    }

    /**
     * The key worker's reviews of the family plan: every four to six months while open, and at
     * closure; one that would fall in the month before the case closes is the closing review.
     */
    private static List<LocalDate> reviews(Intervention intervention, Chance chance, LocalDate dataEnd) {
        LocalDate until = intervention.closedOn() != null ? intervention.closedOn().minusMonths(1) : dataEnd;
        List<LocalDate> reviews = new ArrayList<>();
        for (LocalDate day = intervention.engagedOn().plusMonths(chance.between(4, 6)); day.isBefore(until);
             day = day.plusMonths(chance.between(4, 6))) {
            reviews.add(day);
        }
        if (intervention.closedOn() != null) {
            reviews.add(intervention.closedOn());
        }
        return reviews;
    }

    private static void answer(Household household, SyntheticAuthority.Question question, String worker, LocalDate assessed,
                               boolean yes, boolean signed, Ids ids, Chance chance, Sink sink) {
        sink.add(new WorkerAssessment(ids.record("WA"), household.familyId, null, question.question(), yes, assessed,
                worker, signed ? assessed.plusDays(chance.between(1, 21)) : null,
                signed ? MANAGERS[chance.between(0, MANAGERS.length - 1)] : null, signed ? "team manager" : null,
                "case management system", question.planId()));
    }
}
