package org.hearth.server.pathway;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.io.TeamMember;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The pathway's rows as held now: the current rows of interventions.csv, tier_changes.csv and
 * team_around_family.csv (docs/data-format.md), the same rows the plans' outcomes read, read back into the engine's
 * {@link Intervention} and the format's {@link TeamMember}. Every row was checked by the reader when it was imported,
 * so its dates and codes parse. The reports' service measures read their interventions here too.
 */
@Repository
public class PathwayRecords {
    private static final String INTERVENTIONS = """
            select fields->>'intervention_id', family_id, fields->>'engaged_on', fields->>'lead_worker',
                   fields->>'lead_organisation', fields->>'tier', fields->>'closed_on', fields->>'closure_reason'
            from stored_row where ended_by is null and file = 'interventions.csv'""";
    private static final String TIER_CHANGES = """
            select fields->>'record_id', fields->>'intervention_id', fields->>'date', fields->>'tier', fields->>'reason'
            from stored_row where ended_by is null and file = 'tier_changes.csv'""";
    private static final String TEAM = """
            select fields->>'record_id', fields->>'intervention_id', fields->>'professional', fields->>'role',
                   fields->>'organisation', fields->>'start_date', fields->>'end_date', fields->>'source'
            from stored_row where ended_by is null and file = 'team_around_family.csv'""";
    private static final String OF_INTERVENTIONS = " and fields->>'intervention_id' = any(?)";

    private final JdbcTemplate jdbc;

    PathwayRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The interventions of the families, with their changes of tier. */
    public List<Intervention> interventions(Collection<String> familyIds) {
        return withTierChanges(jdbc.query(INTERVENTIONS + " and family_id = any(?)", PathwayRecords::intervention,
                (Object) familyIds.toArray(String[]::new)), true);
    }

    /** Every family's interventions, with their changes of tier. */
    public List<Intervention> everyIntervention() {
        return withTierChanges(jdbc.query(INTERVENTIONS, PathwayRecords::intervention), false);
    }

    /** The members of the interventions' Teams Around the Family. */
    List<TeamMember> team(List<Intervention> interventions) {
        return jdbc.query(TEAM + OF_INTERVENTIONS, PathwayRecords::member,
                (Object) interventions.stream().map(Intervention::interventionId).toArray(String[]::new));
    }

    /** @param some whether the interventions are some families' only (their changes are then looked up by id) */
    private List<Intervention> withTierChanges(List<Intervention> interventions, boolean some) {
        Map<String, List<Intervention.TierChange>> changes = new HashMap<>();
        jdbc.query(some ? TIER_CHANGES + OF_INTERVENTIONS : TIER_CHANGES, row -> {
            changes.computeIfAbsent(row.getString(2), id -> new ArrayList<>()).add(new Intervention.TierChange(
                    row.getString(1), LocalDate.parse(row.getString(3)), tier(row.getString(4)), text(row.getString(5))));
        }, some ? new Object[] {interventions.stream().map(Intervention::interventionId).toArray(String[]::new)}
                : new Object[0]);
        List<Intervention> whole = new ArrayList<>(interventions.size());
        for (Intervention one : interventions) {
            whole.add(new Intervention(one.interventionId(), one.familyId(), one.engagedOn(), one.leadWorker(),
                    one.leadOrganisation(), one.tier(), changes.getOrDefault(one.interventionId(), List.of()), one.closedOn(),
                    one.closureReason()));
        }
        return whole;
    }

    private static Intervention intervention(ResultSet row, int number) throws SQLException {
        return new Intervention(row.getString(1), row.getString(2), LocalDate.parse(row.getString(3)), text(row.getString(4)),
                text(row.getString(5)), tier(row.getString(6)), List.of(), date(row.getString(7)), text(row.getString(8)));
    }

    private static TeamMember member(ResultSet row, int number) throws SQLException {
        return new TeamMember(row.getString(1), row.getString(2), text(row.getString(3)), row.getString(4),
                row.getString(5), LocalDate.parse(row.getString(6)), date(row.getString(7)), text(row.getString(8)));
    }

    private static Tier tier(String code) {
        return Tier.valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** An optional cell: empty, or absent from a row imported before its column was added, is null. */
    private static String text(String cell) {
        return cell == null || cell.isEmpty() ? null : cell;
    }

    private static LocalDate date(String cell) {
        return text(cell) == null ? null : LocalDate.parse(cell);
    }
}
