package org.hearth.io.generate;

import java.time.LocalDate;

import org.hearth.engine.timeline.AsbIncident;
import org.hearth.engine.timeline.AsbIntervention;
import org.hearth.engine.timeline.JusticeOrder;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.PoliceCallout;
import org.hearth.engine.timeline.Vocabulary.Theme;

/** Offending, anti-social behaviour and police call-outs: the crime problem, and the odd event elsewhere. */
final class CrimeHistory {
    private static final Disposal[] DISPOSALS = {Disposal.CONVICTION, Disposal.YOUTH_CAUTION,
        Disposal.YOUTH_CONDITIONAL_CAUTION, Disposal.COMMUNITY_RESOLUTION, Disposal.DIVERSIONARY_PANEL,
        Disposal.FURTHER_ACTION_TAKEN, Disposal.NO_FURTHER_ACTION};
    private static final int[] DISPOSAL_WEIGHTS = {30, 18, 10, 14, 6, 12, 10};

    private CrimeHistory() {
    }

    static void make(Household household, Story story, Ids ids, Chance chance, Sink sink) {
        boolean problem = story.has(Theme.CRIME_ASB);
        boolean better = story.improves(Theme.CRIME_ASB);
        LocalDate reference = story.referenceDay();
        for (Person child : household.children) {
            if (child.ageOn(reference) < 10) {
                continue;
            }
            boolean offender = problem && chance.percent(55);
            double before = offender ? chance.between(2.0, 6.0) : 0.05;
            double after = offender ? (better ? before * chance.between(0.0, 0.35) : before * chance.between(0.7, 1.3)) : 0.05;
            offences(child, Rates.days(chance, reference, sink.dataEnd(), before, after), ids, chance, sink);
        }
        for (Person adult : household.adults()) {
            boolean offender = problem && chance.percent(30);
            double before = offender ? chance.between(1.5, 4.0) : 0.02;
            double after = offender ? (better ? before * chance.between(0.0, 0.4) : before) : 0.02;
            offences(adult, Rates.days(chance, reference, sink.dataEnd(), before, after), ids, chance, sink);
            if (offender && chance.percent(25)) {
                JusticeOrder.Type type = chance.percent(50) ? JusticeOrder.Type.COMMUNITY_ORDER : JusticeOrder.Type.LICENCE;
                LocalDate start = reference.minusMonths(chance.between(1, 10));
                sink.add(new JusticeOrder(ids.record("JO"), adult.personId(), type, start, sink.end(start.plusMonths(12)), "probation"));
            }
        }
        double asbBefore = problem && chance.percent(60) ? chance.between(3.0, 10.0) : 0.1;
        double asbAfter = problem ? (better ? asbBefore * chance.between(0.0, 0.35) : asbBefore * chance.between(0.7, 1.2)) : 0.1;
        for (LocalDate day : Rates.days(chance, reference, sink.dataEnd(), asbBefore, asbAfter)) {
            Person who = chance.percent(40) || household.children.isEmpty() ? null
                    : household.children.get(chance.between(0, household.children.size() - 1));
            sink.add(new AsbIncident(ids.record("ASB"), who == null ? null : who.personId(),
                    who == null ? household.familyId : null, day, chance.percent(60) ? "police" : "housing"));
        }
        if (problem && asbBefore > 1 && !household.children.isEmpty()) {
            Person who = household.children.get(chance.between(0, household.children.size() - 1));
            LocalDate start = reference.minusMonths(chance.between(1, 8));
            AsbIntervention.Type type = chance.percent(60) ? AsbIntervention.Type.ACCEPTABLE_BEHAVIOUR_CONTRACT
                    : AsbIntervention.Type.WARNING_LETTER;
            AsbIntervention.Status status = better ? AsbIntervention.Status.COMPLETED : AsbIntervention.Status.BREACHED;
            LocalDate end = sink.end(start.plusMonths(6));
            sink.add(new AsbIntervention(ids.record("ASBI"), who.personId(), type, start, end,
                    end == null ? AsbIntervention.Status.ONGOING : status, "community safety"));
        }
        double callouts = problem ? chance.between(1.0, 4.0) : 0.15;
        for (LocalDate day : Rates.days(chance, reference, sink.dataEnd(), callouts, better || !problem ? callouts * 0.3 : callouts)) {
            sink.add(new PoliceCallout(ids.record("PC"), household.familyId, null, day, false, false, "police"));
        }
    }

    private static void offences(Person person, Iterable<LocalDate> days, Ids ids, Chance chance, Sink sink) {
        for (LocalDate day : days) {
            Disposal disposal = chance.pick(DISPOSALS, DISPOSAL_WEIGHTS);
            if (person.ageOn(day) >= 18 && (disposal == Disposal.YOUTH_CAUTION || disposal == Disposal.YOUTH_CONDITIONAL_CAUTION)) {
                disposal = Disposal.CAUTION;
            }
            sink.add(new Offence(ids.record("OF"), person.personId(), day, disposal, chance.percent(4), chance.between(1, 6),
                    person.ageOn(day) < 18 ? "YOS" : "police"));
        }
    }
}
