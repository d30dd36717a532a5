package org.hearth.server.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.Excerpt;
import org.hearth.server.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes' targets (docs/reports.md, Programme target): set by a coordinator, never changed, withdrawn with a
 * reason when mistaken, each step audited. A programme may hold several at once (Worcestershire's five-year target
 * and its first fifteen months').
 */
@Service
public class Targets {
    /** The most families a target may name: far beyond any authority's programme, short of a typing slip's millions. */
    static final int MOST_FAMILIES = 1_000_000;
    private static final int LONGEST_TEXT = 500;

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    Targets(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * Stores the target, audited as {@code target set}.
     *
     * @throws InvalidTargetException naming every part that cannot be accepted; nothing is stored
     */
    @Transactional
    public ProgrammeTarget set(NewTarget target, String by) {
        Map<String, String> problems = problems(target);
        if (!problems.isEmpty()) {
            throw new InvalidTargetException(problems);
        }
        long id = jdbc.queryForObject("""
                insert into programme_target (plan_id, families, starts_on, ends_on, basis, set_by)
                values (?, ?, ?, ?, ?, ?) returning id""", Long.class, target.planId(), target.families(),
                target.startsOn(), target.endsOn(), target.basis().strip(), by);
        ProgrammeTarget set = get(id);
        audit.record(by, "target set", set.planId(), "target " + id + ": " + set.families() + " families from "
                + set.startsOn() + " to " + set.endsOn() + " (" + set.basis() + ")");
        return set;
    }

    /**
     * What is wrong with the target, by field ({@code planId}, {@code families}, {@code startsOn}, {@code endsOn},
     * {@code basis}) in the form's order, in words a user can act on; empty when nothing is.
     */
    public Map<String, String> problems(NewTarget target) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (target.planId() == null || target.planId().isBlank()) {
            problems.put("planId", "Choose the programme");
        } else if (!programmes().contains(target.planId())) {
            problems.put("planId", "Choose a programme whose plan Hearth holds; " + Excerpt.quoted(target.planId())
                    + " is not one");
        }
        if (target.families() == null) {
            problems.put("families", "Enter the number of families, such as 3000");
        } else if (target.families() < 1 || target.families() > MOST_FAMILIES) {
            problems.put("families", "The number of families must be between 1 and 1,000,000");
        }
        if (target.startsOn() == null) {
            problems.put("startsOn", "Enter the first day of the target's period");
        }
        if (target.endsOn() == null) {
            problems.put("endsOn", "Enter the last day of the target's period");
        } else if (target.startsOn() != null && !target.endsOn().isAfter(target.startsOn())) {
            problems.put("endsOn", "The last day of the period must be after its first day, " + target.startsOn());
        }
        if (target.basis() == null || target.basis().isBlank()) {
            problems.put("basis", "Enter where the target comes from, such as the outcomes plan or the grant letter");
        } else if (target.basis().strip().length() > LONGEST_TEXT) {
            problems.put("basis", "Where the target comes from must be 500 characters or fewer");
        }
        return problems;
    }

    /**
     * Withdraws a target, which is kept with who withdrew it and why; audited as {@code target withdrawn}.
     *
     * @throws InvalidTargetException when the reason is missing or too long, or the target is not held or was
     *                                withdrawn already
     */
    @Transactional
    public void withdraw(long id, String reason, String by) {
        if (reason == null || reason.isBlank() || reason.strip().length() > LONGEST_TEXT) {
            throw new InvalidTargetException(Map.of("reason", "Enter why the target is withdrawn, up to 500 characters"));
        }
        int withdrawn = jdbc.update("""
                update programme_target set withdrawn_by = ?, withdrawn_at = now(), withdrawal_reason = ?
                where id = ? and withdrawn_by is null""", by, reason.strip(), id);
        if (withdrawn == 0) {
            throw new InvalidTargetException(Map.of("reason", "Target " + id + " is not held, or was withdrawn already"));
        }
        String planId = jdbc.queryForObject("select plan_id from programme_target where id = ?", String.class, id);
        audit.record(by, "target withdrawn", planId, "target " + id + ": " + reason.strip());
    }

    /** The programme's targets in force (not withdrawn), the earliest period first. */
    public List<ProgrammeTarget> of(String planId) {
        return jdbc.query("select * from programme_target where plan_id = ? and withdrawn_by is null order by starts_on, id",
                Targets::row, planId);
    }

    /** The target, or null when it is not held or was withdrawn. */
    public ProgrammeTarget get(long id) {
        return jdbc.query("select * from programme_target where id = ? and withdrawn_by is null", Targets::row, id).stream()
                .findFirst().orElse(null);
    }

    /** The programmes a target may be set for: the plan ids held. */
    public List<String> programmes() {
        return jdbc.queryForList("select distinct plan_id from plan_version order by plan_id", String.class);
    }

    private static ProgrammeTarget row(ResultSet row, int number) throws SQLException {
        return new ProgrammeTarget(row.getLong("id"), row.getString("plan_id"), row.getInt("families"),
                row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class),
                row.getString("basis"), row.getString("set_by"), row.getObject("set_at", OffsetDateTime.class).toInstant());
    }
}
