package org.hearth.io.generate;

import java.time.LocalDate;

import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.HealthEvent;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.ServiceEpisode.Service;
import org.hearth.engine.timeline.Vocabulary.Theme;

/**
 * Health: parents' mental health and substance misuse, hospital admissions and A&amp;E attendances,
 * wellbeing scores, treatment and positive activities; and, for every family, the odd A&amp;E visit.
 */
final class HealthHistory {
    private HealthHistory() {
    }

    static void make(Household household, Story story, Ids ids, Chance chance, Sink sink) {
        LocalDate reference = story.referenceDay();
        boolean problem = story.has(Theme.HEALTH);
        boolean better = story.improves(Theme.HEALTH);
        for (Person person : household.people) {
            double before = problem && person == household.parent() ? chance.between(1.0, 5.0) : 0.3;
            double after = problem && better ? before * 0.4 : before;
            for (LocalDate day : Rates.days(chance, reference, sink.dataEnd(), before, after)) {
                sink.add(new HealthEvent(ids.record("HE"), person.personId(), day,
                        chance.percent(75) ? HealthEvent.Type.AE_ATTENDANCE : HealthEvent.Type.HOSPITAL_ADMISSION, "NHS"));
            }
        }
        if (!problem) {
            return;
        }
        Person parent = household.parent();
        HealthNeed.Need need = chance.pick(new HealthNeed.Need[] {HealthNeed.Need.MENTAL_HEALTH, HealthNeed.Need.ALCOHOL_MISUSE,
            HealthNeed.Need.DRUG_MISUSE, HealthNeed.Need.LONG_TERM_CONDITION}, new int[] {55, 18, 15, 12});
        LocalDate end = better ? reference.plusMonths(chance.between(6, 14)) : null;
        sink.add(new HealthNeed(ids.record("HN"), parent.personId(), need, reference.minusMonths(chance.between(3, 30)),
                sink.end(end), "GP"));
        if (need == HealthNeed.Need.MENTAL_HEALTH || chance.percent(30)) {
            double wellbeing = chance.between(28.0, 42.0);
            sink.add(new ScoredAssessment(ids.record("AS"), parent.personId(), null, AssessmentTool.WEMWBS,
                    reference.plusDays(chance.between(0, 30)), (double) Math.round(wellbeing), null, "key worker"));
            sink.add(new ScoredAssessment(ids.record("AS"), parent.personId(), null, AssessmentTool.WEMWBS,
                    reference.plusMonths(chance.between(5, 9)),
                    (double) Math.round(wellbeing + (better ? chance.between(3.0, 12.0) : chance.between(-4.0, 2.0))), null, "key worker"));
        }
        Service treatment = need == HealthNeed.Need.MENTAL_HEALTH ? Service.MENTAL_HEALTH_SERVICE
                : need == HealthNeed.Need.LONG_TERM_CONDITION ? Service.HEALTH_APPOINTMENTS : Service.DRUG_ALCOHOL_TREATMENT;
        LocalDate start = reference.plusWeeks(chance.between(1, 8));
        LocalDate finish = start.plusWeeks(better ? chance.between(12, 30) : chance.between(2, 8));
        sink.add(new ServiceEpisode(ids.record("SV"), parent.personId(), null, treatment, start, sink.end(finish),
                sink.end(finish) == null ? ServiceEpisode.Status.ONGOING
                        : better ? ServiceEpisode.Status.COMPLETED : ServiceEpisode.Status.DISENGAGED, "NHS"));
        if (chance.percent(40)) {
            LocalDate activity = reference.plusWeeks(chance.between(2, 16));
            LocalDate activityEnd = activity.plusWeeks(chance.between(better ? 6 : 1, better ? 14 : 5));
            sink.add(new ServiceEpisode(ids.record("SV"), parent.personId(), null, Service.POSITIVE_ACTIVITY, activity,
                    sink.end(activityEnd), sink.end(activityEnd) == null ? ServiceEpisode.Status.ONGOING
                            : ServiceEpisode.Status.COMPLETED, "children's centre"));
        }
        double star = chance.between(3.0, 6.0);
        sink.add(new ScoredAssessment(ids.record("AS"), null, household.familyId, AssessmentTool.FAMILY_STAR,
                reference.plusDays(chance.between(0, 30)), (double) Math.round(star), null, "key worker"));
        sink.add(new ScoredAssessment(ids.record("AS"), null, household.familyId, AssessmentTool.FAMILY_STAR,
                reference.plusMonths(chance.between(5, 10)), (double) Math.round(better ? star + chance.between(2.0, 4.5) : star),
                null, "key worker"));
    }
}
