package org.hearth.server.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.server.security.Access;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The coordinators' worklist (issue 12, item 5), from each decision's outlook (docs/evaluation.md §13): the
 * engaged families not yet claimable, the soonest claim first, and the outcomes across the cohort that would be
 * met soonest if nothing new were recorded, each with what is missing now; only the families the user may see.
 */
@Repository
public class Worklist {
    private final JdbcTemplate jdbc;

    Worklist(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param claimableOn the first day its claim would be due, or null when none is within the outlook
     * @param nextOutcomeOn the first day one of its outcomes not yet met would be met, or null
     * @param awaitingAnswers how many of its outcomes wait for a key worker's signed-off answer
     */
    public record FamilyToWatch(String familyId, LocalDate claimableOn, LocalDate nextOutcomeOn, int awaitingAnswers,
                                List<String> identified) {
    }

    /** An outcome that would be met on a day to come, and why it is not met now. */
    public record OutcomeToWatch(String familyId, String problemId, String outcomeId, LocalDate metOn, String missing) {
    }

    /** Engaged families not yet claimable, those whose claim would come soonest first. */
    public List<FamilyToWatch> families(Access.VisibleFamilies visible, int most) {
        List<Object> arguments = new ArrayList<>();
        String sql = """
                select family_id, claimable_on, next_outcome_on, awaiting_answers, identified from current_decision c
                where engaged and not claimable""" + visibleOnly(visible, arguments)
                + " order by claimable_on nulls last, next_outcome_on nulls last, family_id limit ?";
        arguments.add(most);
        return jdbc.query(sql, (row, n) -> new FamilyToWatch(row.getString(1), row.getObject(2, LocalDate.class),
                row.getObject(3, LocalDate.class), row.getInt(4), List.of((String[]) row.getArray(5).getArray())),
                arguments.toArray());
    }

    /** The outcomes not yet met that would be met soonest, across the families the user may see. */
    public List<OutcomeToWatch> outcomes(Access.VisibleFamilies visible, int most) {
        List<Object> arguments = new ArrayList<>();
        // What is missing now is the outcome's explanation in the decision itself, looked up for the rows listed only.
        String sql = """
                select soonest.family_id, soonest.problem_id, soonest.outcome_id, soonest.met_on,
                       (select outcome->>'explanation' from json_array_elements(e.result->'problems') problem
                        cross join json_array_elements(problem->'outcomes') outcome
                        where problem->>'id' = soonest.problem_id and outcome->>'id' = soonest.outcome_id) as missing
                from (
                    select c.family_id, c.run_id, o->>'problem_id' as problem_id, o->>'outcome_id' as outcome_id,
                           (o->>'earliest_met_on')::date as met_on
                    from current_decision c
                    join family_evaluation e on e.run_id = c.run_id and e.family_id = c.family_id
                    cross join jsonb_array_elements(e.outlook) o
                    where o->>'earliest_met_on' is not null""" + visibleOnly(visible, arguments) + """
                    order by met_on, c.family_id, o->>'outcome_id' limit ?
                ) soonest
                join family_evaluation e on e.run_id = soonest.run_id and e.family_id = soonest.family_id
                order by soonest.met_on, soonest.family_id, soonest.outcome_id""";
        arguments.add(most);
        return jdbc.query(sql, (row, n) -> new OutcomeToWatch(row.getString(1), row.getString(2), row.getString(3),
                row.getObject(4, LocalDate.class), row.getString(5)), arguments.toArray());
    }

    private static String visibleOnly(Access.VisibleFamilies visible, List<Object> arguments) {
        if (visible.everyFamily()) {
            return "";
        }
        arguments.add(visible.familyIds().toArray(String[]::new));
        return " and c.family_id = any(?)";
    }
}
