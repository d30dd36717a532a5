package org.hearth.server.family;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The families as the latest evaluation left them: listed with filters, found by an identifier or a name, and read
 * whole (members, records and decisions) for the family page. Every answer says which evaluation run it
 * stands on, so a page can say as at which date and on which data.
 */
@Repository
public class FamilyDirectory {
    private final JdbcTemplate jdbc;

    FamilyDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The latest run of every family, which the lists stand on (a family evaluated alone since, after a
     * sign-off, stands on its own later run): its id, review date, plan and the import whose data it used;
     * null before any.
     */
    public Map<String, Object> latestRun() {
        return run("where r.family_id is null order by r.id desc limit 1");
    }

    /** The run the family's decision stands on now, as {@link #latestRun} describes it; null when none. */
    public Map<String, Object> runOf(String familyId) {
        return run("where r.id = (select run_id from current_decision where family_id = ?)", familyId);
    }

    private Map<String, Object> run(String which, Object... arguments) {
        List<Map<String, Object>> runs = jdbc.queryForList("""
                select r.id, r.as_of, r.evaluated_at, r.reason, r.families, r.data_import_id, r.plan_sha256,
                       r.plan_version_id, p.plan_id, p.version as plan_version, p.title as plan_title
                from evaluation_run r join plan_version p on p.id = r.plan_version_id
                """ + which, arguments);
        if (runs.isEmpty()) {
            return null;
        }
        Map<String, Object> run = runs.get(0);
        run.put("as_of", ((java.sql.Date) run.get("as_of")).toLocalDate()); // a day, not an instant, in pages and JSON
        return run;
    }

    /** A page of families of the latest run, in id order. */
    public List<FamilySummary> list(FamilyFilter filter) {
        NarrowedDecisions narrowed = NarrowedDecisions.by(filter);
        String sql = "select e.family_id, e.eligible, e.claimable, e.route, e.identified, e.progress_met " + narrowed.sql()
                + (filter.after() == null ? "" : " and e.family_id > ?") + " order by e.family_id limit ?";
        Object[] arguments = filter.after() == null ? narrowed.argumentsAnd(filter.size())
                : narrowed.argumentsAnd(filter.after(), filter.size());
        return jdbc.query(sql, (row, n) -> new FamilySummary(row.getString("family_id"), row.getBoolean("eligible"),
                row.getBoolean("claimable"), row.getString("route"), List.of((String[]) row.getArray("identified").getArray()),
                List.of((String[]) row.getArray("progress_met").getArray())), arguments);
    }

    /** The organisations leading the families' interventions on the review date, for the list's filter. */
    public List<String> organisations() {
        return jdbc.queryForList("""
                select distinct lead_organisation from current_decision where lead_organisation is not null order by 1""",
                String.class);
    }

    /** How many families the whole list has, every page together. */
    public long count(FamilyFilter filter) {
        NarrowedDecisions narrowed = NarrowedDecisions.by(filter);
        return jdbc.queryForObject("select count(*) " + narrowed.sql(), Long.class, narrowed.argumentsAnd());
    }

    /**
     * The families a search term names, at most 50, in id order: a family id or the authority's reference for it, or
     * a person's id, UPN, NHS number, NI number, the authority's child id, date of birth ({@code YYYY-MM-DD}) or name
     * ({@link NameSearch}: {@code Smith}, {@code Smi}, {@code Jo Smith}, {@code Smith, Jo}), which finds every family
     * the person was ever a member of. A blank term names none.
     */
    public List<String> search(String term) {
        String value = term.strip();
        if (value.isEmpty()) {
            return List.of();
        }
        NameSearch names = NameSearch.of(value);
        List<Object> arguments = new ArrayList<>(Collections.nCopies(8, value));
        arguments.addAll(names.arguments());
        return jdbc.queryForList("""
                select family_id from stored_row
                where ended_by is null and file = 'families.csv' and (row_key = ? or fields->>'reference' = ?)
                union
                select m.family_id from stored_row p
                join stored_row m on m.ended_by is null and m.file = 'memberships.csv' and m.person_id = p.row_key
                where p.ended_by is null and p.file = 'people.csv'
                  and (p.row_key = ? or p.fields->>'upn' = ? or p.fields->>'nhs_number' = ? or p.fields->>'ni_number' = ?
                       or p.fields->>'local_child_id' = ? or p.fields->>'date_of_birth' = ? or %s)
                order by 1 limit 50""".formatted(names.sql()), String.class, arguments.toArray());
    }

    /**
     * The family's members over time, with their names and identifiers (a value the data does not give is null);
     * empty when no family has the id.
     */
    public List<Map<String, Object>> members(String familyId) {
        return jdbc.queryForList("""
                select m.person_id, m.fields->>'role' as role, m.fields->>'start_date' as start_date,
                       nullif(m.fields->>'end_date', '') as end_date,
                       nullif(p.fields->>'given_name', '') as given_name, nullif(p.fields->>'family_name', '') as family_name,
                       p.fields->>'date_of_birth' as date_of_birth, p.fields->>'sex' as sex,
                       nullif(p.fields->>'upn', '') as upn, nullif(p.fields->>'nhs_number', '') as nhs_number,
                       nullif(p.fields->>'ni_number', '') as ni_number
                from stored_row m
                join stored_row p on p.ended_by is null and p.file = 'people.csv' and p.row_key = m.person_id
                where m.ended_by is null and m.file = 'memberships.csv' and m.family_id = ?
                order by m.fields->>'start_date', m.person_id""", familyId);
    }

    /**
     * Every record held about the family or its members, with its provenance (the import, file and line),
     * by file; core files aside.
     */
    public List<Map<String, Object>> records(String familyId) {
        // Two indexed lookups (by family, by member) rather than one scan of every row for either.
        return jdbc.queryForList("""
                select file, record_id, fields, source, import_id, line from (
                    select r.file, r.row_key as record_id, r.fields, r.source, r.import_id, r.line
                    from stored_row r where r.ended_by is null and r.family_id = ?
                    union
                    select r.file, r.row_key, r.fields, r.source, r.import_id, r.line
                    from stored_row r where r.ended_by is null and r.person_id in (
                        select person_id from stored_row where ended_by is null and file = 'memberships.csv' and family_id = ?)
                ) held
                where file not in ('people.csv', 'families.csv', 'memberships.csv', 'school_terms.csv')
                order by file, record_id""", familyId, familyId);
    }

    /** Whether the data holds the family now: a current row of families.csv. */
    public boolean held(String familyId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from stored_row where ended_by is null and file = 'families.csv' and row_key = ?)""",
                Boolean.class, familyId));
    }

    /** Whether the person is a member of the family now: a current row of memberships.csv. */
    public boolean hasMember(String familyId, String personId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from stored_row where ended_by is null and file = 'memberships.csv'
                               and family_id = ? and person_id = ?)""", Boolean.class, familyId, personId));
    }

    /** The authority's own reference for the family (families.csv), or null when it gives none. */
    public String reference(String familyId) {
        List<String> references = jdbc.queryForList("""
                select nullif(fields->>'reference', '') from stored_row
                where ended_by is null and file = 'families.csv' and row_key = ?""", String.class, familyId);
        return references.isEmpty() ? null : references.get(0);
    }

    /** The outlook of the decision the family stands on now (evaluation.OutlookJson), or null. */
    public String outlook(String familyId) {
        return ofCurrentDecision("outlook", familyId);
    }

    /** The decision the family stands on now (the evaluate command's JSON for it), or null. */
    public String decision(String familyId) {
        return ofCurrentDecision("result", familyId);
    }

    /** A JSON column ({@code column}, a name written here) of the family's current decision, as text; or null. */
    private String ofCurrentDecision(String column, String familyId) {
        List<String> results = jdbc.queryForList("select e." + column + """
                ::text from current_decision c
                join family_evaluation e on e.run_id = c.run_id and e.family_id = c.family_id
                where c.family_id = ?""", String.class, familyId);
        return results.isEmpty() ? null : results.get(0);
    }
}
