package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.server.family.FamilyFilter;
import org.hearth.server.family.NarrowedDecisions;
import org.hearth.server.security.Access;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Works out the service measures ({@link ServiceMeasuresReport}) for the families a user may see: the case movements
 * from {@link CaseMovements}, measurable progress from the decisions the families stand on now.
 */
@Repository
class ServiceMeasures {
    private final JdbcTemplate jdbc;
    private final CaseMovements movements;

    ServiceMeasures(JdbcTemplate jdbc, CaseMovements movements) {
        this.jdbc = jdbc;
        this.movements = movements;
    }

    /**
     * @param from the period's first day
     * @param to   the period's last day, on or before the review date
     */
    ServiceMeasuresReport report(LocalDate from, LocalDate to, LocalDate reviewDate, Access.VisibleFamilies visible) {
        List<SocialCareStepDown> steps = movements.stepDownsFromSocialCare(from, to, visible);
        List<CaseMovements.Engagement> engagements = movements.engagements(from, to, visible);
        List<ServiceMeasuresReport.MonthMovements> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            YearMonth in = month;
            months.add(new ServiceMeasuresReport.MonthMovements(month,
                    steps.stream().filter(step -> YearMonth.from(step.on()).equals(in)
                            && step.from() == Tier.CHILD_PROTECTION_OR_LOOKED_AFTER).count(),
                    steps.stream().filter(step -> YearMonth.from(step.on()).equals(in)
                            && step.from() == Tier.CHILD_IN_NEED).count(),
                    engagements.stream().filter(one -> YearMonth.from(one.engagedOn()).equals(in)).count(),
                    engagements.stream().filter(one -> YearMonth.from(one.engagedOn()).equals(in)
                            && one.reReferral() != null).count()));
        }
        Map<Tier, Long> open = movements.openCasesByTier(reviewDate, visible);
        List<ServiceMeasuresReport.TierCases> tiers = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            tiers.add(ServiceMeasuresReport.TierCases.of(tier, open.getOrDefault(tier, 0L)));
        }
        long[] progress = measurableProgress(visible);
        return new ServiceMeasuresReport(from, to, reviewDate, months, tiers, progress[0], progress[1]);
    }

    /** The families engaged, and of those the ones with an outcome of an identified problem met: two figures. */
    private long[] measurableProgress(Access.VisibleFamilies visible) {
        NarrowedDecisions narrowed = NarrowedDecisions.by(FamilyFilter.everyVisible(visible));
        return jdbc.queryForObject("""
                select count(*) as cases, count(*) filter (where exists (
                           select 1 from jsonb_array_elements(f.figures->'problems') p
                           cross join jsonb_array_elements(p->'outcomes') o
                           where (p->>'identified')::boolean and (o->>'relevant')::boolean and o->>'status' = 'met'))
                       as progressing
                from family_evaluation f
                join (select e.family_id, e.run_id
                """ + narrowed.sql() + " and e.engaged) d on f.run_id = d.run_id and f.family_id = d.family_id",
                (row, n) -> new long[] {row.getLong("cases"), row.getLong("progressing")}, narrowed.argumentsAnd());
    }
}
