package org.hearth.io.generate;

import java.time.LocalDate;

import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.EarningsPeriod;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.NeetSpell;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.ServiceEpisode;
import org.hearth.engine.timeline.ServiceEpisode.Service;
import org.hearth.engine.timeline.Vocabulary.Theme;

/**
 * Benefits, work, Universal Credit earnings, young people not in education or work, and household
 * arrears. A family with the work problem has an adult on an out-of-work benefit; if it turns around
 * the adult finds work a few months in (and, on Universal Credit, earns above the threshold).
 */
final class WorkHistory {
    private static final Benefit[] BENEFITS = {Benefit.JOBSEEKERS_ALLOWANCE, Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE,
        Benefit.INCOME_SUPPORT, Benefit.UNIVERSAL_CREDIT, Benefit.CARERS_ALLOWANCE};
    private static final int[] BENEFIT_WEIGHTS = {32, 24, 16, 24, 4};

    private WorkHistory() {
    }

    static void make(Household household, Story story, Ids ids, Chance chance, Sink sink) {
        LocalDate reference = story.referenceDay();
        boolean better = story.improves(Theme.WORK_AND_MONEY);
        ClaimType claim = household.mother != null && household.father != null ? ClaimType.COUPLE : ClaimType.SINGLE;
        for (Person adult : household.adults()) {
            if (adult.ageOn(reference) >= 66) {
                continue;
            }
            boolean claimant = story.has(Theme.WORK_AND_MONEY) ? adult == household.parent() || chance.percent(40) : chance.percent(12);
            if (!claimant) {
                if (chance.percent(55)) {
                    sink.add(new EmploymentSpell(ids.record("EM"), adult.personId(), EmploymentSpell.Type.EMPLOYED,
                            reference.minusYears(chance.between(1, 6)), null, chance.between(16.0, 40.0), "HMRC"));
                }
                continue;
            }
            Benefit benefit = chance.pick(BENEFITS, BENEFIT_WEIGHTS);
            LocalDate claimed = reference.minusMonths(chance.between(4, 40));
            boolean moves = story.has(Theme.WORK_AND_MONEY) ? better && chance.percent(70) : chance.percent(30);
            LocalDate job = reference.plusWeeks(chance.between(6, 40));
            boolean uc = benefit == Benefit.UNIVERSAL_CREDIT;
            LocalDate claimEnd = moves ? job.minusDays(1) : null;
            sink.add(new BenefitSpell(ids.record("BN"), adult.personId(), benefit, claimed, sink.end(claimEnd), uc, claim, "DWP"));
            if (moves && uc) {
                // Once in work the claimant stays on Universal Credit without work-related conditions.
                sink.add(new BenefitSpell(ids.record("BN"), adult.personId(), benefit, job, null, false, claim, "DWP"));
            }
            if (moves) {
                LocalDate jobEnd = chance.percent(85) ? null : job.plusWeeks(chance.between(4, 20));
                sink.add(new EmploymentSpell(ids.record("EM"), adult.personId(), EmploymentSpell.Type.EMPLOYED, job,
                        sink.end(jobEnd), chance.between(16.0, 37.5), "DWP"));
                if (uc) {
                    earnings(adult, job, jobEnd, claim, ids, chance, sink);
                }
            }
            if (story.has(Theme.WORK_AND_MONEY) && chance.percent(45)) {
                Service service = chance.pick(new Service[] {Service.WORK_PLACEMENT, Service.VOLUNTEERING,
                    Service.TRAINING_COURSE, Service.EMPLOYMENT_SERVICE}, new int[] {25, 25, 30, 20});
                LocalDate start = reference.plusWeeks(chance.between(2, 12));
                LocalDate end = start.plusWeeks(better ? chance.between(10, 20) : chance.between(2, 8));
                sink.add(new ServiceEpisode(ids.record("SV"), adult.personId(), null, service, start, sink.end(end),
                        sink.end(end) == null ? ServiceEpisode.Status.ONGOING
                                : better ? ServiceEpisode.Status.COMPLETED : ServiceEpisode.Status.DISENGAGED,
                        "employment service"));
            }
        }
        for (Person child : household.children) {
            int age = child.ageOn(reference);
            if (age >= 16 && chance.percent(story.has(Theme.WORK_AND_MONEY) ? 40 : 8)) {
                LocalDate end = better ? reference.plusMonths(chance.between(3, 8)) : null;
                sink.add(new NeetSpell(ids.record("NE"), child.personId(), NeetSpell.Status.NEET, reference.minusMonths(chance.between(2, 10)),
                        sink.end(end), "NEET tracking"));
            }
        }
        if (story.has(Theme.WORK_AND_MONEY) && chance.percent(50)) {
            arrears(household, reference, better, ids, chance, sink);
        }
    }

    private static void earnings(Person adult, LocalDate job, LocalDate jobEnd, ClaimType claim, Ids ids, Chance chance,
                                 Sink sink) {
        double monthly = claim == ClaimType.COUPLE ? chance.between(420.0, 1400.0) : chance.between(300.0, 1100.0);
        for (LocalDate period = job; !period.isAfter(sink.dataEnd()) && (jobEnd == null || period.isBefore(jobEnd));
             period = period.plusMonths(1)) {
            long pence = Math.round(monthly * chance.between(0.9, 1.1) * 100);
            sink.add(new EarningsPeriod(ids.record("EA"), adult.personId(), period, period.plusMonths(1).minusDays(1), pence,
                    claim, "DWP"));
        }
    }

    private static void arrears(Household household, LocalDate reference, boolean better, Ids ids, Chance chance, Sink sink) {
        double balance = chance.between(600.0, 2600.0);
        FinancialReading.Sanction sanction = chance.percent(40) ? FinancialReading.Sanction.NOTICE_SEEKING_POSSESSION
                : FinancialReading.Sanction.WARNING;
        for (LocalDate day = reference.minusMonths(9); !day.isAfter(sink.dataEnd()); day = day.plusMonths(3)) {
            boolean after = day.isAfter(reference);
            if (after) {
                balance = better ? balance * chance.between(0.45, 0.8) : balance * chance.between(0.95, 1.25);
                if (better) {
                    sanction = FinancialReading.Sanction.NONE;
                } else if (chance.percent(20) && sanction.ordinal() < FinancialReading.Sanction.EVICTION_WARRANT.ordinal()) {
                    sanction = FinancialReading.Sanction.values()[sanction.ordinal() + 1];
                }
            }
            sink.add(new FinancialReading(ids.record("FN"), household.familyId, null, day, FinancialReading.Debt.RENT_ARREARS,
                    Math.round(balance * 100), sanction, "housing"));
        }
        if (better) {
            LocalDate start = reference.plusWeeks(chance.between(2, 8));
            sink.add(new ServiceEpisode(ids.record("SV"), null, household.familyId, Service.DEBT_REPAYMENT_PLAN, start,
                    null, ServiceEpisode.Status.ONGOING, "housing"));
        }
    }
}
