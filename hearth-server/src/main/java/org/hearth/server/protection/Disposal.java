package org.hearth.server.protection;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.server.ReadSnapshot;
import org.hearth.server.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the {@link RetentionSchedule}: finds what is past its period on a day (the preview), and deletes it (the run)
 * in one transaction, with an audit entry of what was disposed of (counts and families' ids, never content). A
 * family goes whole: its rows, its members' rows where they belong to no family kept, its decisions and evaluations,
 * answers, allocations, composition decisions, its members' match reviews, the requests to correct its records
 * and what they flagged, and its claims once their own period has
 * ended; until then its claims hold it. A family with an open intervention is never disposed of. The audit log itself
 * is kept.
 */
@Service
public class Disposal {
    private static final String CASES = """
            with family as (
                select family_id from stored_row where ended_by is null and file = 'families.csv'
            ), intervention as (
                select family_id, count(*) filter (where coalesce(fields->>'closed_on', '') = '') as open,
                       max(nullif(fields->>'closed_on', '')::date) as last_closed
                from stored_row where ended_by is null and file = 'interventions.csv' group by family_id
            ), changed as (
                select s.family_id, max(i.started_at)::date as last_changed
                from stored_row s join data_import i on i.id = s.import_id
                where s.ended_by is null and s.family_id is not null group by s.family_id
            ), claimed as (
                select c.family_id, bool_or(p.ends_on is null) as phase_running, max(p.ends_on) as phase_end
                from claim c join programme_phase p on p.code = c.phase group by c.family_id
            )
            select f.family_id, i.family_id is not null as engaged, coalesce(i.open, 0) as open, i.last_closed,
                   ch.last_changed, c.family_id is not null as claimed, c.phase_running, c.phase_end
            from family f left join intervention i using (family_id) left join changed ch using (family_id)
                 left join claimed c using (family_id)
            order by f.family_id""";
    /** Rows replaced or withdrawn (s) by an import (e) that ran before the day given. */
    private static final String REPLACED = "e.id = s.ended_by and e.started_at < ?";
    /** Evaluations (fe) of a run (r) made before the day given, neither current nor stood on by a claim. */
    private static final String SUPERSEDED = """
            r.id = fe.run_id and r.evaluated_at < ?
              and not exists (select 1 from current_decision d where d.run_id = fe.run_id and d.family_id = fe.family_id)
              and not exists (select 1 from claim c where c.evaluation_run_id = fe.run_id and c.family_id = fe.family_id)""";

    /** Rejected imports that ran before the day given, their errors kept. */
    private static final String REJECTED = "status = 'rejected' and errors is not null and started_at < ?";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final RetentionSchedule schedule;
    private final AuditLog audit;

    Disposal(JdbcTemplate jdbc, PlatformTransactionManager transactions, RetentionSchedule schedule, AuditLog audit) {
        this.jdbc = jdbc;
        this.reading = ReadSnapshot.of(transactions);
        this.writing = new TransactionTemplate(transactions);
        this.schedule = schedule;
        this.audit = audit;
    }

    public RetentionSchedule schedule() {
        return schedule;
    }

    /** What a run on the day would dispose of; nothing is changed. */
    public DisposalReport preview(LocalDate today) {
        return reading.execute(status -> find(today));
    }

    /**
     * Disposes of everything past its period on the day, all in one transaction, and audits it as "disposal"; when
     * nothing is past its period, nothing is written.
     *
     * @param by who ran it, or the scheduled job, as the audit log names them
     */
    public DisposalReport run(LocalDate today, String by) {
        return writing.execute(status -> {
            // Disposal alone may delete claims, composition decisions and decided match reviews (V23).
            jdbc.execute("set local hearth.disposal = 'on'");
            DisposalReport found = find(today);
            if (found.nothing()) {
                return found;
            }
            DisposalReport done = found.with(delete(found, today));
            audit.record(by, "disposal", "", done.auditDetail());
            return done;
        });
    }

    private DisposalReport find(LocalDate today) {
        List<String> closed = new ArrayList<>();
        List<String> unengaged = new ArrayList<>();
        List<String> held = new ArrayList<>();
        jdbc.query(CASES, row -> {
            String family = row.getString("family_id");
            boolean engaged = row.getBoolean("engaged");
            if (engaged && row.getLong("open") > 0) {
                return;
            }
            LocalDate since = engaged ? date(row.getDate("last_closed")) : date(row.getDate("last_changed"));
            if (since == null || !RetentionSchedule.expired(since, engaged ? schedule.closed() : schedule.unengaged(), today)) {
                return;
            }
            if (row.getBoolean("claimed") && (row.getBoolean("phase_running")
                    || !RetentionSchedule.expired(date(row.getDate("phase_end")), schedule.claims(), today))) {
                held.add(family);
            } else {
                (engaged ? closed : unengaged).add(family);
            }
        });
        long replaced = jdbc.queryForObject("select count(*) from stored_row s, data_import e where " + REPLACED, Long.class,
                schedule.replacedBefore(today));
        long superseded = jdbc.queryForObject("select count(*) from family_evaluation fe, evaluation_run r where " + SUPERSEDED,
                Long.class,
                schedule.supersededBefore(today));
        long rejected = jdbc.queryForObject("select count(*) from data_import where " + REJECTED, Long.class,
                schedule.rejectedBefore(today));
        return new DisposalReport(today, closed, unengaged, held, replaced, superseded, rejected, Map.of());
    }

    /** Deletes what was found, in the caller's transaction; rows deleted by table. */
    private Map<String, Long> delete(DisposalReport found, LocalDate today) {
        Map<String, Long> deleted = new LinkedHashMap<>();
        jdbc.execute("create temporary table disposed_family (family_id text primary key) on commit drop");
        List<Object[]> ids = new ArrayList<>();
        found.closed().forEach(family -> ids.add(new Object[] {family}));
        found.unengaged().forEach(family -> ids.add(new Object[] {family}));
        jdbc.batchUpdate("insert into disposed_family values (?)", ids);
        // The families' members, and their mothers (people.csv names them), but for those a family kept still needs:
        // its members and, in turn, their mothers.
        jdbc.execute("""
                create temporary table disposed_person on commit drop as
                with recursive candidate(person_id) as (
                    select m.person_id from stored_row m join disposed_family d using (family_id)
                    where m.file = 'memberships.csv' and m.person_id is not null
                  union
                    select p.fields->>'mother_id' from stored_row p join candidate c on p.person_id = c.person_id
                    where p.file = 'people.csv' and p.ended_by is null and coalesce(p.fields->>'mother_id', '') <> ''
                ), kept(person_id) as (
                    select m.person_id from stored_row m
                    where m.file = 'memberships.csv' and m.ended_by is null and m.person_id is not null
                      and m.family_id not in (select family_id from disposed_family)
                  union
                    select p.fields->>'mother_id' from stored_row p join kept k on p.person_id = k.person_id
                    where p.file = 'people.csv' and p.ended_by is null and coalesce(p.fields->>'mother_id', '') <> ''
                )
                select person_id from candidate except select person_id from kept""");
        // The families' interventions, whose tier changes and teams name them by the intervention alone.
        jdbc.execute("""
                create temporary table disposed_intervention on commit drop as
                select distinct fields->>'intervention_id' as intervention_id from stored_row
                where file = 'interventions.csv' and family_id in (select family_id from disposed_family)""");
        String families = "(select family_id from disposed_family)";
        String people = "(select person_id from disposed_person)";
        String requests = "(select id from correction_request where family_id in " + families + " or person_id in " + people
                + ")";
        deleted.put("correction_review", (long) jdbc.update("delete from correction_review where family_id in " + families
                + " or request_id in " + requests));
        deleted.put("correction_request", (long) jdbc.update("delete from correction_request where id in " + requests));
        deleted.put("claim_sample_member", (long) jdbc.update("delete from claim_sample_member where claim_id in "
                + "(select id from claim where family_id in " + families + ")"));
        deleted.put("claim", (long) jdbc.update("delete from claim where family_id in " + families));
        deleted.put("stored_row", (long) jdbc.update("delete from stored_row where family_id in " + families
                + " or person_id in " + people + " or (file in ('tier_changes.csv', 'team_around_family.csv') and "
                + "fields->>'intervention_id' in (select intervention_id from disposed_intervention))"));
        deleted.put("family_evaluation", (long) jdbc.update("delete from family_evaluation where family_id in " + families));
        deleted.put("current_decision", (long) jdbc.update("delete from current_decision where family_id in " + families));
        deleted.put("worker_answer", (long) jdbc.update("delete from worker_answer where family_id in " + families));
        deleted.put("family_allocation", (long) jdbc.update("delete from family_allocation where family_id in " + families));
        deleted.put("composition_decision", (long) jdbc.update("delete from composition_decision where family_id in "
                + families));
        deleted.put("match_review", (long) jdbc.update("delete from match_review where person_a in " + people
                + " or person_b in " + people));
        deleted.put("stored_row (replaced)", (long) jdbc.update("delete from stored_row s using data_import e where "
                + REPLACED,
                schedule.replacedBefore(today)));
        deleted.put("family_evaluation (superseded)", (long) jdbc.update(
                "delete from family_evaluation fe using evaluation_run r where " + SUPERSEDED,
                schedule.supersededBefore(today)));
        deleted.put("data_import.errors (cleared)", (long) jdbc.update("update data_import set errors = null where "
                + REJECTED, schedule.rejectedBefore(today)));
        return deleted;
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
