package org.hearth.io.generate;

import java.time.LocalDate;

import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.DomesticAbuseIncident;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.Referral;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.Vocabulary.Theme;

/**
 * Domestic abuse: domestic call-outs and incidents (the mother most often the victim), MARAC
 * referrals, DASH risk assessments that fall below the high-risk line when the family turns around,
 * and perpetrator programmes.
 */
final class AbuseHistory {
    private AbuseHistory() {
    }

    static void make(Household household, Story story, Ids ids, Chance chance, Sink sink) {
        if (!story.has(Theme.DOMESTIC_ABUSE)) {
            return;
        }
        boolean better = story.improves(Theme.DOMESTIC_ABUSE);
        LocalDate reference = story.referenceDay();
        Person victim = household.parent();
        Person perpetrator = household.mother != null ? household.father : null;
        double before = chance.between(1.5, 5.0);
        double after = better ? before * chance.between(0.0, 0.2) : before * chance.between(0.6, 1.2);
        for (LocalDate day : Rates.days(chance, reference, sink.dataEnd(), before, after)) {
            sink.add(new PoliceCallout(ids.record("PC"), household.familyId, victim.personId(), day, true, chance.percent(5), "police"));
            sink.add(new DomesticAbuseIncident(ids.record("DA"), household.familyId, victim.personId(), day,
                    DomesticAbuseIncident.Role.VICTIM, DomesticAbuseIncident.Category.DOMESTIC_ABUSE,
                    DomesticAbuseIncident.RecordedBy.POLICE, "police"));
            if (perpetrator != null) {
                sink.add(new DomesticAbuseIncident(ids.record("DA"), household.familyId, perpetrator.personId(), day,
                        DomesticAbuseIncident.Role.PERPETRATOR, DomesticAbuseIncident.Category.DOMESTIC_ABUSE,
                        DomesticAbuseIncident.RecordedBy.POLICE, "police"));
            }
        }
        double dash = chance.between(9.0, 21.0);
        if (dash >= 14) {
            sink.add(new Referral(ids.record("RF"), victim.personId(), null, reference.minusMonths(chance.between(1, 4)),
                    Referral.To.MARAC, Theme.DOMESTIC_ABUSE, "MARAC"));
        }
        sink.add(new ScoredAssessment(ids.record("AS"), victim.personId(), null, AssessmentTool.DASH_RIC,
                reference.minusDays(chance.between(0, 45)), (double) Math.round(dash), null, "IDVA"));
        for (int month = 3; month <= 12; month += 3) {
            double next = better ? dash * (1 - month * chance.between(0.04, 0.07)) : dash + chance.between(-1.5, 2.0);
            sink.add(new ScoredAssessment(ids.record("AS"), victim.personId(), null, AssessmentTool.DASH_RIC,
                    reference.plusMonths(month), (double) Math.max(0, Math.round(next)), null, "IDVA"));
        }
        if (perpetrator != null && chance.percent(40)) {
            LocalDate start = reference.plusWeeks(chance.between(2, 10));
            LocalDate end = start.plusWeeks(better ? 24 : chance.between(2, 10));
            sink.add(new ServiceEpisode(ids.record("SV"), perpetrator.personId(), null, ServiceEpisode.Service.PERPETRATOR_PROGRAMME,
                    start, sink.end(end), sink.end(end) == null ? ServiceEpisode.Status.ONGOING
                            : better ? ServiceEpisode.Status.COMPLETED : ServiceEpisode.Status.DISENGAGED, "DV provider"));
        }
    }
}
