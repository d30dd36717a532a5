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
 * nominations of concern, and key workers' signed-off answers to the plans' questions.
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
            changes.add(new Intervention.TierChange(ids.record("TC"), stepDown, Tier.values()[tier.ordinal() - 1]));
        } else if (!turnedAround && tier.level() < 4 && chance.percent(12) && !stepDown.isAfter(dataEnd)) {
            changes.add(new Intervention.TierChange(ids.record("TC"), stepDown, Tier.values()[tier.ordinal() + 1]));
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
     * Answers to the plans' key-worker questions: for each question, some families have an answer,
     * mostly "yes" where the family turned around, mostly signed off.
     */
    static void assessments(Household household, Story story, List<SyntheticAuthority.Question> questions, Ids ids,
                            Chance chance, Sink sink) {
        boolean turnedAround = story.turnsAround().values().stream().filter(b -> b).count() * 2 >= story.problems().size();
        String worker = WORKERS[chance.between(0, WORKERS.length - 1)];
        for (SyntheticAuthority.Question question : questions) {
            if (!chance.percent(35)) {
                continue;
            }
            LocalDate assessed = story.referenceDay().plusMonths(chance.between(5, 12));
            boolean yes = chance.percent(turnedAround ? 85 : 20);
            boolean signed = chance.percent(85);
            sink.add(new WorkerAssessment(ids.record("WA"), household.familyId, null, question.question(), yes, assessed,
                    worker, signed ? assessed.plusDays(chance.between(1, 21)) : null,
                    signed ? MANAGERS[chance.between(0, MANAGERS.length - 1)] : null, signed ? "team manager" : null,
                    "case management system", question.planId()));
        }
    }
}
