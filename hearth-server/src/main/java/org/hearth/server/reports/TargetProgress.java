package org.hearth.server.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.hearth.server.family.FamilyFilter;
import org.hearth.server.family.NarrowedDecisions;
import org.hearth.server.security.Access;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Counts the families a user may see against a target, month by month, from the decision each family stands on
 * now (docs/reports.md, Programme target): a family counts as engaged from its engagement day (the identification
 * day of the intervention its decision stands on), as engaged and eligible from the same day when it is eligible
 * (eligibility is decided at identification; a target counts the eligible families a programme works with), and as
 * identified from the earliest day one of its problems was identified (for a family not engaged, the review date:
 * docs/evaluation.md §1). Only days within the target's period count.
 */
@Repository
class TargetProgress {
    private final JdbcTemplate jdbc;

    TargetProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The family's days, as its decision gives them: each null when the family never counts so. */
    private record Days(LocalDate identified, LocalDate engaged, LocalDate eligible) {
    }

    TargetReport report(ProgrammeTarget target, Access.VisibleFamilies visible, LocalDate reviewDate) {
        LocalDate countedTo = target.endsOn().isBefore(reviewDate) ? target.endsOn() : reviewDate;
        if (countedTo.isBefore(target.startsOn())) {
            return new TargetReport(target, null, List.of());
        }
        List<Days> families = days(visible);
        List<MonthCounts> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(target.startsOn()); !month.isAfter(YearMonth.from(countedTo));
             month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth().isAfter(countedTo) ? countedTo : month.atEndOfMonth();
            months.add(new MonthCounts(month, end, count(families, Days::identified, target.startsOn(), end),
                    count(families, Days::engaged, target.startsOn(), end),
                    count(families, Days::eligible, target.startsOn(), end), target.dueBy(end)));
        }
        return new TargetReport(target, countedTo, months);
    }

    private static long count(List<Days> families, Function<Days, LocalDate> day, LocalDate from,
                              LocalDate to) {
        return families.stream().map(day).filter(one -> one != null && !one.isBefore(from) && !one.isAfter(to)).count();
    }

    private List<Days> days(Access.VisibleFamilies visible) {
        NarrowedDecisions narrowed = NarrowedDecisions.by(FamilyFilter.everyVisible(visible));
        return jdbc.query("""
                select d.engaged, d.eligible, (f.figures->>'identified_on')::date as identification_day,
                       (select min((p->>'identified_on')::date) from jsonb_array_elements(f.figures->'problems') p
                        where (p->>'identified')::boolean) as first_identified
                from family_evaluation f
                join (select e.family_id, e.run_id, e.engaged, e.eligible
                """ + narrowed.sql() + """
                ) d on f.run_id = d.run_id and f.family_id = d.family_id""", (row, n) -> {
                    LocalDate identification = row.getObject("identification_day", LocalDate.class);
                    boolean engaged = row.getBoolean("engaged");
                    return new Days(row.getObject("first_identified", LocalDate.class), engaged ? identification : null,
                            engaged && row.getBoolean("eligible") ? identification : null);
                }, narrowed.argumentsAnd());
    }
}
