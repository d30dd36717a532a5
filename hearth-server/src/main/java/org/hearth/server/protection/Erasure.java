package org.hearth.server.protection;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Everything held about a person erased, in the caller's transaction: every row about them, current or ended (who
 * they are, their memberships, every agency's record of them), the answers key workers recorded about them, the match
 * reviews and composition decisions that name them, and the values earlier rectifications of their records proposed.
 * A child's row that names them as mother is corrected to name no mother ({@link Rectification}), so that the rows
 * held stay valid together. Their families' evaluations go too, but for the current ones and those a claim stands on
 * ({@link #supersededEvaluations}, once the families have been evaluated again). A claim keeps its frozen evidence
 * until its own retention ends: the grant's conditions require it (UK GDPR Article 17(3)(b)), and the claim is flagged
 * for review ({@link CorrectionReviews}). The audit log keeps the fact, the person's id and the reason, never content.
 */
@Component
class Erasure {
    private final JdbcTemplate jdbc;
    private final Rectification rectification;

    Erasure(JdbcTemplate jdbc, Rectification rectification) {
        this.jdbc = jdbc;
        this.rectification = rectification;
    }

    /** The families the person is, or was, a member of. */
    List<String> familiesOf(String personId) {
        // The current rows and the ended ones apart, each through its own index (V2, V27).
        return jdbc.queryForList("""
                select family_id from stored_row where ended_by is null and file = 'memberships.csv' and person_id = ?
                union
                select family_id from stored_row where ended_by is not null and file = 'memberships.csv' and person_id = ?
                order by 1""", String.class, personId, personId);
    }

    /** Erases what is held about the person, under the import; rows deleted or corrected, by table. */
    Map<String, Long> erase(String personId, long importId) {
        Map<String, Long> done = new LinkedHashMap<>();
        // Erasure, like disposal, may delete decided match reviews and composition decisions (V23).
        jdbc.execute("set local hearth.disposal = 'on'");
        List<String> children = jdbc.queryForList("""
                select row_key from stored_row where ended_by is null and file = 'people.csv' and fields->>'mother_id' = ?""",
                String.class, personId);
        for (String child : children) {
            rectification.apply(rectification.current("people.csv", child), Map.of("mother_id", ""), importId);
        }
        done.put("stored_row (mother_id cleared)", (long) children.size());
        done.put("stored_row", (long) (jdbc.update("delete from stored_row where ended_by is null and person_id = ?", personId)
                + jdbc.update("delete from stored_row where ended_by is not null and person_id = ?", personId)));
        done.put("worker_answer", (long) jdbc.update("delete from worker_answer where person_id = ?", personId));
        done.put("match_review", (long) jdbc.update("delete from match_review where person_a = ? or person_b = ?",
                personId, personId));
        done.put("composition_decision", (long) jdbc.update("delete from composition_decision where person_id = ?",
                personId));
        // A rejected import's errors that name the person (their id quoted) go; the others, past their period.
        done.put("data_import.errors (cleared)", (long) jdbc.update("""
                update data_import set errors = null
                where errors is not null and strpos(array_to_string(errors, e'\\n'), ?) > 0""", personId));
        done.put("correction_request (values cleared)", (long) jdbc.update("""
                update correction_request set corrections = null where person_id = ? and corrections is not null""",
                personId));
        return done;
    }

    /**
     * Deletes the families' evaluations but their current ones and those a claim stands on: they explain decisions
     * with the erased person's records. Call it after the families were evaluated again.
     */
    long supersededEvaluations(Collection<String> families) {
        return jdbc.update("""
                delete from family_evaluation fe where fe.family_id = any(?)
                  and not exists (select 1 from current_decision d where d.run_id = fe.run_id and d.family_id = fe.family_id)
                  and not exists (select 1 from claim c where c.evaluation_run_id = fe.run_id and c.family_id = fe.family_id)""",
                (Object) families.toArray(String[]::new));
    }
}
