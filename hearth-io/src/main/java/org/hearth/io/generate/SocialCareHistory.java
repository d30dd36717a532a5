package org.hearth.io.generate;

import java.time.LocalDate;

import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.MissingEpisode;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.SocialCareEpisode.EndReason;
import org.hearth.engine.timeline.SocialCareEpisode.Kind;
import org.hearth.engine.timeline.Vocabulary.Theme;

/**
 * Children's services: early help, child in need and child protection episodes that step down or
 * continue, referrals, missing episodes, and the assessments that measure a child's difficulties.
 */
final class SocialCareHistory {
    private static final Kind[] LEVELS = {Kind.EARLY_HELP, Kind.CHILD_IN_NEED, Kind.CHILD_PROTECTION_PLAN, Kind.LOOKED_AFTER};
    private static final int[] LEVEL_WEIGHTS = {45, 33, 18, 4};

    private SocialCareHistory() {
    }

    static void make(Household household, Story story, Ids ids, Chance chance, Sink sink) {
        LocalDate reference = story.referenceDay();
        if (!story.has(Theme.CHILDREN_NEED_HELP) || household.children.isEmpty()) {
            if (story.engaged()) {
                earlyHelpAssessment(household, story, ids, chance, sink, false);
            }
            return;
        }
        boolean better = story.improves(Theme.CHILDREN_NEED_HELP);
        Kind level = chance.pick(LEVELS, LEVEL_WEIGHTS);
        for (Person child : household.children) {
            if (child.ageOn(reference) >= 18 || !chance.percent(70)) {
                continue;
            }
            LocalDate referred = reference.minusMonths(chance.between(2, 9));
            sink.add(new Referral(ids.record("RF"), child.personId(), null, referred,
                    level == Kind.EARLY_HELP ? Referral.To.EARLY_HELP : Referral.To.CHILDRENS_SOCIAL_CARE,
                    Theme.CHILDREN_NEED_HELP, "MASH"));
            LocalDate start = referred.plusDays(chance.between(7, 40));
            LocalDate end = better ? reference.plusMonths(chance.between(3, 9)) : null;
            EndReason reason = better ? (level == Kind.LOOKED_AFTER ? EndReason.RETURNED_HOME : EndReason.STEPPED_DOWN) : null;
            sink.add(new SocialCareEpisode(ids.record("SC"), child.personId(), level, start, sink.end(end),
                    sink.end(end) == null ? null : reason, "case management system"));
            if (better && level.tier() > 2 && end != null) {
                Kind lower = level == Kind.CHILD_PROTECTION_PLAN ? Kind.CHILD_IN_NEED : Kind.EARLY_HELP;
                LocalDate lowerEnd = end.plusMonths(chance.between(3, 6));
                sink.add(new SocialCareEpisode(ids.record("SC"), child.personId(), lower, end.plusDays(1), sink.end(lowerEnd),
                        sink.end(lowerEnd) == null ? null : EndReason.CLOSED, "case management system"));
            } else if (!better && chance.percent(40)) {
                sink.add(new Referral(ids.record("RF"), child.personId(), null, reference.plusMonths(chance.between(3, 12)),
                        Referral.To.CHILDRENS_SOCIAL_CARE, Theme.CHILDREN_NEED_HELP, "MASH"));
            }
            if (child.ageOn(reference) >= 12 && chance.percent(20)) {
                double after = better ? 0.2 : 3.0;
                for (LocalDate day : Rates.days(chance, reference, sink.dataEnd(), 4.0, after)) {
                    sink.add(new MissingEpisode(ids.record("MI"), child.personId(), day, day.plusDays(chance.between(0, 2)), "police"));
                }
            }
            if (child.ageOn(reference) >= 4 && chance.percent(50)) {
                sdq(child, reference, better, ids, chance, sink);
            }
        }
        earlyHelpAssessment(household, story, ids, chance, sink, better);
    }

    private static void sdq(Person child, LocalDate reference, boolean better, Ids ids, Chance chance, Sink sink) {
        double initial = chance.between(17, 30);
        sink.add(new ScoredAssessment(ids.record("AS"), child.personId(), null, AssessmentTool.SDQ,
                reference.minusDays(chance.between(0, 30)), (double) Math.round(initial), null, "CAMHS"));
        double later = better ? initial - chance.between(4, 12) : initial + chance.between(-2, 3);
        sink.add(new ScoredAssessment(ids.record("AS"), child.personId(), null, AssessmentTool.SDQ,
                reference.plusMonths(chance.between(6, 9)), (double) Math.max(0, Math.min(40, Math.round(later))), null, "CAMHS"));
    }

    private static void earlyHelpAssessment(Household household, Story story, Ids ids, Chance chance, Sink sink,
                                            boolean better) {
        LocalDate reference = story.referenceDay();
        String initial = story.problems().size() >= 3 ? "significant" : "moderate";
        sink.add(new ScoredAssessment(ids.record("AS"), null, household.familyId, AssessmentTool.EARLY_HELP_IMPACT,
                reference.plusDays(chance.between(0, 20)), null, initial, "early help assessment"));
        String later = better ? (initial.equals("significant") ? "moderate" : "minor") : initial;
        sink.add(new ScoredAssessment(ids.record("AS"), null, household.familyId, AssessmentTool.EARLY_HELP_IMPACT,
                reference.plusMonths(chance.between(4, 8)), null, later, "early help review"));
    }
}
