package org.hearth.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * A whole authority's data after matching, as the canonical data folder holds it: people, families,
 * memberships, interventions (and their Teams Around the Family), the school calendar and every record. The
 * canonical reader produces
 * one, the synthetic generator produces one, and the writer writes one; {@link #timelines()} turns it
 * into the per-family timelines the engine evaluates.
 *
 * @param families the family ids, in file order (a family may have no intervention)
 * @param records every record of every kind, in any order
 * @param familyReferences the authority's own reference for a family (families.csv's reference), by
 *                         family id, for the families that have one
 * @param personNames people's names (people.csv's given_name and family_name), by person id, for the people
 *                    who have one; kept here, beside the people, because the engine's {@link Person} holds no
 *                    name and {@link #timelines()} gives it none
 * @param teamMembers the members of the interventions' Teams Around the Family, which no evaluation reads
 */
public record Population(List<String> families, List<Person> people, List<Membership> memberships,
                         List<Intervention> interventions, SchoolCalendar calendar, List<TimelineRecord> records,
                         Map<String, String> familyReferences, Map<String, PersonName> personNames,
                         List<TeamMember> teamMembers) {

    public Population {
        families = List.copyOf(families);
        people = List.copyOf(people);
        memberships = List.copyOf(memberships);
        interventions = List.copyOf(interventions);
        records = List.copyOf(records);
        familyReferences = familyReferences == null ? Map.of() : Map.copyOf(familyReferences);
        personNames = personNames == null ? Map.of() : Map.copyOf(personNames);
        teamMembers = teamMembers == null ? List.of() : List.copyOf(teamMembers);
    }

    /**
     * A population whose families have no references of the authority's own, whose people no names, and whose
     * interventions no Teams Around the Family.
     */
    public Population(List<String> families, List<Person> people, List<Membership> memberships,
                      List<Intervention> interventions, SchoolCalendar calendar, List<TimelineRecord> records) {
        this(families, people, memberships, interventions, calendar, records, Map.of(), Map.of(), List.of());
    }

    /** The authority's own reference for the family, or null when it has none. */
    public String familyReference(String familyId) {
        return familyReferences.get(familyId);
    }

    /** The person's name, or null when people.csv gives them none. */
    public PersonName personName(String personId) {
        return personNames.get(personId);
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
        List<FamilyTimeline.Builder> builders = new ArrayList<>(wanted.size());
        Map<String, Integer> familyIndex = new HashMap<>(wanted.size() * 2);
        for (String family : wanted) {
            familyIndex.put(family, builders.size());
            builders.add(FamilyTimeline.builder(family, calendar));
        }
        Map<String, int[]> familiesOfPerson = new HashMap<>(peopleById.size() * 2);
        for (Membership membership : memberships) {
            Integer family = familyIndex.get(membership.familyId());
            if (family == null) {
                continue;
            }
            Person person = peopleById.get(membership.personId());
            builders.get(family).member(person, membership);
            int[] of = familiesOfPerson.get(person.personId());
            if (of == null) {
                familiesOfPerson.put(person.personId(), new int[] {family});
            } else if (!contains(of, family)) {
                int[] more = Arrays.copyOf(of, of.length + 1);
                more[of.length] = family;
                familiesOfPerson.put(person.personId(), more);
            }
        }
        for (Membership membership : memberships) {
            Integer family = familyIndex.get(membership.familyId());
            Person person = peopleById.get(membership.personId());
            if (family != null && person.motherId() != null && peopleById.containsKey(person.motherId())) {
                builders.get(family).person(peopleById.get(person.motherId()));
            }
        }
        for (Intervention intervention : interventions) {
            Integer family = familyIndex.get(intervention.familyId());
            if (family != null) {
                builders.get(family).intervention(intervention);
            }
        }
        new RecordsByFamily(familyIndex, familiesOfPerson, builders.size()).into(builders, records);
        // Each family's timeline is built on its own (sorting and indexing its records), so on all cores.
        return builders.parallelStream().map(FamilyTimeline.Builder::build).toList();
    }

    private static boolean contains(int[] values, int value) {
        for (int each : values) {
            if (each == value) {
                return true;
            }
        }
        return false;
    }

    /**
     * Shares the records out to their families' builders: a record that names a family goes to that
     * family only, whoever else it names; one that names only a person goes to every family the person
     * was ever a member of. Each record's families are looked up on all cores; the records are then
     * put in family order by counting, and each family's builder takes its own, on all cores again.
     */
    private static final class RecordsByFamily {
        private static final int[] NONE = new int[0];
        private final Map<String, Integer> familyIndex;
        private final Map<String, int[]> familiesOfPerson;
        /** Each family on its own, one array a family rather than one a record. */
        private final int[][] only;

        RecordsByFamily(Map<String, Integer> familyIndex, Map<String, int[]> familiesOfPerson, int families) {
            this.familyIndex = familyIndex;
            this.familiesOfPerson = familiesOfPerson;
            this.only = new int[families][];
            for (int family = 0; family < families; family++) {
                only[family] = new int[] {family};
            }
        }

        void into(List<FamilyTimeline.Builder> builders, List<TimelineRecord> records) {
            int[][] targets = new int[records.size()][];
            IntStream.range(0, records.size()).parallel().forEach(r -> targets[r] = families(records.get(r)));
            int[] start = new int[builders.size() + 1];
            for (int[] families : targets) {
                for (int family : families) {
                    start[family + 1]++;
                }
            }
            for (int family = 0; family < builders.size(); family++) {
                start[family + 1] += start[family];
            }
            int[] next = Arrays.copyOf(start, builders.size());
            int[] order = new int[start[builders.size()]];
            for (int r = 0; r < targets.length; r++) {
                for (int family : targets[r]) {
                    order[next[family]++] = r;
                }
            }
            IntStream.range(0, builders.size()).parallel().forEach(family -> {
                for (int i = start[family]; i < start[family + 1]; i++) {
                    builders.get(family).record(records.get(order[i]));
                }
            });
        }

        private int[] families(TimelineRecord record) {
            if (record.familyId() != null) {
                Integer family = familyIndex.get(record.familyId());
                return family == null ? NONE : only[family];
            }
            return familiesOfPerson.getOrDefault(record.personId(), NONE);
        }
    }
}
