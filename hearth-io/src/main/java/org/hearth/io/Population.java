package org.hearth.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * A whole authority's data after matching, as the canonical data folder holds it: people, families,
 * memberships, interventions, the school calendar and every record. The canonical reader produces
 * one, the synthetic generator produces one, and the writer writes one; {@link #timelines()} turns it
 * into the per-family timelines the engine evaluates.
 *
 * @param families the family ids, in file order (a family may have no intervention)
 * @param records every record of every kind, in any order
 * @param familyReferences the authority's own reference for a family (families.csv's reference), by
 *                         family id, for the families that have one
 */
public record Population(List<String> families, List<Person> people, List<Membership> memberships,
                         List<Intervention> interventions, SchoolCalendar calendar, List<TimelineRecord> records,
                         Map<String, String> familyReferences) {

    public Population {
        families = List.copyOf(families);
        people = List.copyOf(people);
        memberships = List.copyOf(memberships);
        interventions = List.copyOf(interventions);
        records = List.copyOf(records);
        familyReferences = familyReferences == null ? Map.of() : Map.copyOf(familyReferences);
    }

    /** A population whose families have no references of the authority's own. */
    public Population(List<String> families, List<Person> people, List<Membership> memberships,
                      List<Intervention> interventions, SchoolCalendar calendar, List<TimelineRecord> records) {
        this(families, people, memberships, interventions, calendar, records, Map.of());
    }

    /** The authority's own reference for the family, or null when it has none. */
    public String familyReference(String familyId) {
        return familyReferences.get(familyId);
    }

    /**
     * One timeline per family, in family order. A record that names a family (a call-out to the home,
     * arrears, a worker's assessment of the family) goes to that family only, whoever else it names; a
     * record that names only a person goes to every family the person was ever a member of. Mothers named by a member
     * are added to the timeline so that measures about births can find them.
     */
    public List<FamilyTimeline> timelines() {
        return timelines(families);
    }

    /** The timeline of one family, or null when the population has no such family. */
    public FamilyTimeline timeline(String familyId) {
        return families.contains(familyId) ? timelines(List.of(familyId)).get(0) : null;
    }

    /** The timelines of the given families only, in the order given. */
    private List<FamilyTimeline> timelines(List<String> wanted) {
        Map<String, Person> peopleById = new HashMap<>();
        for (Person person : people) {
            peopleById.put(person.personId(), person);
        }
        Map<String, FamilyTimeline.Builder> builders = new LinkedHashMap<>();
        for (String family : wanted) {
            builders.put(family, FamilyTimeline.builder(family, calendar));
        }
        Map<String, List<FamilyTimeline.Builder>> familiesOfPerson = new HashMap<>(peopleById.size() * 2);
        for (Membership membership : memberships) {
            FamilyTimeline.Builder builder = builders.get(membership.familyId());
            if (builder == null) {
                continue;
            }
            Person person = peopleById.get(membership.personId());
            builder.member(person, membership);
            List<FamilyTimeline.Builder> of = familiesOfPerson.computeIfAbsent(person.personId(), k -> new ArrayList<>(1));
            if (!of.contains(builder)) {
                of.add(builder);
            }
        }
        for (Membership membership : memberships) {
            FamilyTimeline.Builder builder = builders.get(membership.familyId());
            Person person = peopleById.get(membership.personId());
            if (builder != null && person.motherId() != null && peopleById.containsKey(person.motherId())) {
                builder.person(peopleById.get(person.motherId()));
            }
        }
        for (Intervention intervention : interventions) {
            FamilyTimeline.Builder builder = builders.get(intervention.familyId());
            if (builder != null) {
                builder.intervention(intervention);
            }
        }
        for (TimelineRecord record : records) {
            if (record.familyId() != null) {
                FamilyTimeline.Builder builder = builders.get(record.familyId());
                if (builder != null) {
                    builder.record(record);
                }
            } else {
                for (FamilyTimeline.Builder builder : familiesOfPerson.getOrDefault(record.personId(), List.of())) {
                    builder.record(record);
                }
            }
        }
        // Each family's timeline is built on its own (sorting and indexing its records), so on all cores.
        return new ArrayList<>(builders.values()).parallelStream().map(FamilyTimeline.Builder::build).toList();
    }
}
