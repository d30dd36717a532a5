package org.hearth.io.canonical;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.io.TeamMember;
import org.hearth.io.canonical.CoreLayouts.PersonRow;

/**
 * The rules that look across the rows of a core file, run once the file is read: mothers are people,
 * a person belongs to one family at a time, terms do not overlap, and an intervention's tier changes
 * and its Team Around the Family's members fall while it is open. Each returns the rows that pass, in file order, and rejects the others; when
 * two rows conflict, the later one in the file is rejected and names the earlier.
 */
final class CoreChecks {
    private CoreChecks() {
    }

    /**
     * No one is born after the day the folder is read: such a date of birth is a mistake in the extract
     * (a year typed wrongly), and would make the person unborn on every review date.
     *
     * @param rejected the ids of rejected people with their lines; people rejected here are added
     */
    static List<Numbered<PersonRow>> bornBy(LocalDate today, List<Numbered<PersonRow>> people,
                                            Map<String, Long> rejected, TableFile<PersonRow> table, Problems problems) {
        Column<PersonRow, ?> bornColumn = CoreLayouts.PEOPLE.column("date_of_birth");
        List<Numbered<PersonRow>> accepted = new ArrayList<>(people.size());
        for (Numbered<PersonRow> row : people) {
            LocalDate born = row.value().person().dateOfBirth();
            if (born.isAfter(today)) {
                problems.reject(row.line(), table.error(row.line(), bornColumn, "date_of_birth " + born
                        + " is after today (" + today + ")"));
                rejected.putIfAbsent(row.value().personId(), row.line());
            } else {
                accepted.add(row);
            }
        }
        return accepted;
    }

    /**
     * A mother must be another person in people.csv. When rejecting dependants, a person whose mother
     * was rejected is rejected too (and so on down the generations).
     *
     * @param rejected the ids of rejected people with their lines; people rejected here are added
     */
    static List<Numbered<PersonRow>> mothers(List<Numbered<PersonRow>> people, Map<String, Long> rejected,
                                             TableFile<PersonRow> table, Problems problems, boolean cascade) {
        Column<PersonRow, ?> motherColumn = CoreLayouts.PEOPLE.column("mother_id");
        Map<String, Numbered<PersonRow>> accepted = new LinkedHashMap<>();
        for (Numbered<PersonRow> row : people) {
            accepted.put(row.value().personId(), row);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Iterator<Numbered<PersonRow>> rows = accepted.values().iterator(); rows.hasNext(); ) {
                Numbered<PersonRow> row = rows.next();
                String id = row.value().personId();
                String mother = row.value().person().motherId();
                if (mother == null || !mother.equals(id) && accepted.containsKey(mother)) {
                    continue;
                }
                String reason;
                if (mother.equals(id)) {
                    reason = "mother_id is the person's own id";
                } else if (!rejected.containsKey(mother)) {
                    reason = Excerpt.quoted(mother) + " is not in " + CoreLayouts.PEOPLE_FILE;
                } else if (cascade) {
                    reason = "mother " + mother + " was rejected (" + CoreLayouts.PEOPLE_FILE + " line "
                            + rejected.get(mother) + ")";
                } else {
                    continue;
                }
                problems.reject(row.line(), table.error(row.line(), motherColumn, reason));
                rejected.putIfAbsent(id, row.line());
                rows.remove();
                changed = true;
            }
        }
        return new ArrayList<>(accepted.values());
    }

    /**
     * A person is a member of one family from their birth, and of one family at a time: a membership that
     * starts before the person was born is rejected, and of two memberships of the same person, of
     * different families or of the same one, that share a day, the later row is rejected.
     */
    static List<Numbered<Membership>> memberships(List<Numbered<Membership>> memberships,
                                                  List<Numbered<PersonRow>> people, TableFile<Membership> table,
                                                  Problems problems) {
        Column<Membership, ?> startColumn = CoreLayouts.MEMBERSHIPS.column("start_date");
        Map<String, Numbered<PersonRow>> byId = new HashMap<>();
        for (Numbered<PersonRow> person : people) {
            byId.put(person.value().personId(), person);
        }
        Map<String, List<Numbered<Membership>>> byPerson = new HashMap<>();
        List<Numbered<Membership>> accepted = new ArrayList<>(memberships.size());
        for (Numbered<Membership> row : memberships) {
            Membership membership = row.value();
            Numbered<PersonRow> person = byId.get(membership.personId());
            if (person != null && membership.start().isBefore(person.value().person().dateOfBirth())) {
                problems.reject(row.line(), table.error(row.line(), startColumn, "start_date " + membership.start()
                        + " is before person " + membership.personId() + " was born (" + person.value().person().dateOfBirth()
                        + ", " + CoreLayouts.PEOPLE_FILE + " line " + person.line() + ")"));
                continue;
            }
            List<Numbered<Membership>> earlier = byPerson.computeIfAbsent(membership.personId(), k -> new ArrayList<>(1));
            Numbered<Membership> clash = null;
            for (Numbered<Membership> other : earlier) {
                if (other.value().overlaps(membership)) {
                    clash = other;
                    break;
                }
            }
            if (clash == null) {
                earlier.add(row);
                accepted.add(row);
            } else {
                Membership other = clash.value();
                String family = other.familyId().equals(membership.familyId()) ? "this family" : "family " + other.familyId();
                problems.reject(row.line(), table.error(row.line(), startColumn, "person " + membership.personId()
                        + " is already a member of " + family + " from " + other.start() + " to "
                        + (other.end() == null ? "now" : other.end()) + " (line " + clash.line()
                        + "): a person belongs to one family at a time"));
            }
        }
        return accepted;
    }

    /** Each term of each academic year is given once, and no two terms share a day. */
    static List<SchoolTerm> terms(List<Numbered<SchoolTerm>> terms, TableFile<SchoolTerm> table, Problems problems) {
        Column<SchoolTerm, ?> yearColumn = CoreLayouts.SCHOOL_TERMS.column("academic_year");
        Column<SchoolTerm, ?> startColumn = CoreLayouts.SCHOOL_TERMS.column("start_date");
        List<Numbered<SchoolTerm>> accepted = new ArrayList<>();
        for (Numbered<SchoolTerm> row : terms) {
            SchoolTerm term = row.value();
            DataError error = null;
            for (Numbered<SchoolTerm> other : accepted) {
                SchoolTerm earlier = other.value();
                if (earlier.academicYear() == term.academicYear() && earlier.term() == term.term()) {
                    error = table.error(row.line(), yearColumn, term.label() + " is also on line " + other.line());
                } else if (!earlier.end().isBefore(term.start()) && !term.end().isBefore(earlier.start())) {
                    error = table.error(row.line(), startColumn, term.label() + " (" + term.start() + " to " + term.end()
                            + ") overlaps " + earlier.label() + " (" + earlier.start() + " to " + earlier.end()
                            + ", line " + other.line() + ")");
                }
                if (error != null) {
                    break;
                }
            }
            if (error == null) {
                accepted.add(row);
            } else {
                problems.reject(row.line(), error);
            }
        }
        List<SchoolTerm> calendar = new ArrayList<>(accepted.size());
        for (Numbered<SchoolTerm> row : accepted) {
            calendar.add(row.value());
        }
        return calendar;
    }

    /**
     * Gives each intervention its tier changes, earliest first (on the same day, in file order). A change
     * must fall on or after the engagement and, for a closed case, on or before the closure.
     */
    static List<Intervention> tierChanges(List<Numbered<Intervention>> interventions,
                                          List<Numbered<CoreLayouts.TierChangeRow>> changes,
                                          TableFile<CoreLayouts.TierChangeRow> table, Problems problems) {
        Map<String, List<Numbered<CoreLayouts.TierChangeRow>>> byIntervention = new HashMap<>();
        for (Numbered<CoreLayouts.TierChangeRow> row : changes) {
            byIntervention.computeIfAbsent(row.value().interventionId(), k -> new ArrayList<>()).add(row);
        }
        List<Intervention> result = new ArrayList<>(interventions.size());
        for (Numbered<Intervention> row : interventions) {
            Intervention intervention = row.value();
            List<Numbered<CoreLayouts.TierChangeRow>> own = byIntervention.get(intervention.interventionId());
            if (own == null) {
                result.add(intervention);
                continue;
            }
            own.sort(Comparator.comparing(change -> change.value().change().date()));
            List<Intervention.TierChange> kept = new ArrayList<>(own.size());
            for (Numbered<CoreLayouts.TierChangeRow> change : own) {
                String problem = outside("date", change.value().change().date(), intervention, row.line());
                if (problem == null) {
                    kept.add(change.value().change());
                } else {
                    problems.reject(change.line(), table.error(change.line(), CoreLayouts.TIER_CHANGES.column("date"), problem));
                }
            }
            result.add(new Intervention(intervention.interventionId(), intervention.familyId(), intervention.engagedOn(),
                    intervention.leadWorker(), intervention.leadOrganisation(), intervention.tier(), kept,
                    intervention.closedOn(), intervention.closureReason()));
        }
        return result;
    }

    /**
     * The members of the interventions' Teams Around the Family whose days fall while their intervention is open: a
     * member joins on or after the engagement and, for a closed case, joins and leaves on or before the closure (one
     * with no end stayed until it closed).
     */
    static List<TeamMember> teamMembers(List<Numbered<Intervention>> interventions, List<Numbered<TeamMember>> members,
                                        TableFile<TeamMember> table, Problems problems) {
        Map<String, Numbered<Intervention>> byId = new HashMap<>();
        for (Numbered<Intervention> row : interventions) {
            byId.put(row.value().interventionId(), row);
        }
        List<TeamMember> kept = new ArrayList<>(members.size());
        for (Numbered<TeamMember> member : members) {
            Numbered<Intervention> intervention = byId.get(member.value().interventionId());
            if (intervention == null) {
                continue; // its intervention was rejected, which rejects the folder (or, skipping, this row already)
            }
            String problem = outside("start_date", member.value().start(), intervention.value(), intervention.line());
            String column = "start_date";
            if (problem == null && member.value().end() != null) {
                problem = outside("end_date", member.value().end(), intervention.value(), intervention.line());
                column = "end_date";
            }
            if (problem == null) {
                kept.add(member.value());
            } else {
                problems.reject(member.line(), table.error(member.line(), CoreLayouts.TEAM_AROUND_FAMILY.column(column),
                        problem));
            }
        }
        return kept;
    }

    /** Why a day of the row's {@code column} falls outside the intervention's, or null when it does not. */
    private static String outside(String column, LocalDate date, Intervention intervention, long line) {
        String where = " (" + CoreLayouts.INTERVENTIONS_FILE + " line " + line + ")";
        if (date.isBefore(intervention.engagedOn())) {
            return column + " " + date + " is before intervention " + intervention.interventionId() + " began on "
                    + intervention.engagedOn() + where;
        }
        if (intervention.closedOn() != null && date.isAfter(intervention.closedOn())) {
            return column + " " + date + " is after intervention " + intervention.interventionId() + " closed on "
                    + intervention.closedOn() + where;
        }
        return null;
    }
}
