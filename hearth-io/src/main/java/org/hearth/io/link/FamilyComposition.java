package org.hearth.io.link;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.engine.timeline.Vocabulary;

/**
 * The families of the canonical folder made from the households formed (docs/data-in.md, "Households"): a household
 * is a family when someone who stays in it is under 18 on the reference day (the day the latest source was read),
 * since the programme works with families with children. Each member's role is read from ages on that day, as no
 * return says who is whose parent: under 18 a child; an adult at least {@value #PARENT_GAP} years older than the
 * household's youngest child a parent or carer; any other adult (an older sibling, a grandparent's generation is
 * still a carer) another adult. These are Hearth's first reading of the data, not a finding: a coordinator confirms or
 * corrects the composition, and a role a decision gave ({@link CompositionCorrections}) stands in place of the one
 * read from ages.
 */
final class FamilyComposition {
    /** How much older than the youngest child an adult is to be read as a parent or carer. */
    static final int PARENT_GAP = 15;

    private final Map<String, List<FamilyStay>> staysByFamily;
    private final Map<String, MergedPerson> persons;

    private FamilyComposition(Map<String, List<FamilyStay>> staysByFamily, Map<String, MergedPerson> persons) {
        this.staysByFamily = staysByFamily;
        this.persons = persons;
    }

    /** What was written: the ids of the people and families, and how many memberships. */
    record Written(Set<String> personIds, Set<String> familyIds, long members) {
    }

    /** The families among the stays (as formed and corrected), each stay with its role. */
    static FamilyComposition of(List<FamilyStay> stays, Map<String, MergedPerson> persons, LocalDate referenceDay) {
        Map<String, List<FamilyStay>> byFamily = new TreeMap<>();
        stays.stream().sorted(Comparator.comparing(FamilyStay::personId).thenComparing(FamilyStay::from))
                .forEach(stay -> byFamily.computeIfAbsent(stay.familyId(), id -> new ArrayList<>()).add(stay));
        byFamily.values().removeIf(members -> members.stream()
                .noneMatch(stay -> persons.get(stay.personId()).ageOn(referenceDay) < 18));
        byFamily.replaceAll((family, members) -> withRoles(members, persons, referenceDay));
        return new FamilyComposition(byFamily, persons);
    }

    /** The stays with a role each: the one a decision gave, otherwise the one read from ages on the day. */
    private static List<FamilyStay> withRoles(List<FamilyStay> stays, Map<String, MergedPerson> persons, LocalDate day) {
        int youngestChild = stays.stream().mapToInt(stay -> persons.get(stay.personId()).ageOn(day))
                .filter(age -> age < 18).min().orElse(0);
        return stays.stream().map(stay -> {
            if (stay.role() != null) {
                return stay;
            }
            int age = persons.get(stay.personId()).ageOn(day);
            return stay.withRole(age < 18 ? Vocabulary.Role.CHILD : age - youngestChild >= PARENT_GAP
                    ? Vocabulary.Role.PARENT_CARER : Vocabulary.Role.OTHER_ADULT, false, stay.decisionId());
        }).toList();
    }

    /** people.csv, families.csv and memberships.csv. */
    Written writeInto(Path folder) throws IOException {
        Set<String> members = new LinkedHashSet<>();
        long memberships = 0;
        try (CsvWriter families = CsvWriter.builder().build(folder.resolve("families.csv"));
             CsvWriter rows = CsvWriter.builder().build(folder.resolve("memberships.csv"))) {
            families.writeRecord("family_id", "reference");
            rows.writeRecord("family_id", "person_id", "role", "parenting_responsibility", "start_date", "end_date");
            for (Map.Entry<String, List<FamilyStay>> family : staysByFamily.entrySet()) {
                families.writeRecord(family.getKey(), "");
                for (FamilyStay stay : family.getValue()) {
                    MergedPerson person = persons.get(stay.personId());
                    LocalDate from = stay.from().isBefore(person.dateOfBirth()) ? person.dateOfBirth() : stay.from();
                    if (stay.to() != null && stay.to().isBefore(from)) {
                        continue; // a stay that ended before the person was born: a source's mistake, nothing to keep
                    }
                    rows.writeRecord(family.getKey(), stay.personId(), Vocabulary.code(stay.role()),
                            stay.parentingResponsibility() ? "true" : "", from.toString(), text(stay.to()));
                    members.add(stay.personId());
                    memberships++;
                }
            }
        }
        try (CsvWriter people = CsvWriter.builder().build(folder.resolve("people.csv"))) {
            people.writeRecord("person_id", "date_of_birth", "sex", "mother_id", "upn", "nhs_number", "ni_number",
                    "local_child_id", "given_name", "family_name");
            for (String id : members.stream().sorted().toList()) {
                MergedPerson person = persons.get(id);
                people.writeRecord(id, person.dateOfBirth().toString(), person.sex(), "", text(person.upn()),
                        text(person.nhsNumber()), text(person.niNumber()), text(person.localChildId()),
                        text(person.givenName()), text(person.familyName()));
            }
        }
        return new Written(members, staysByFamily.keySet(), memberships);
    }

    /**
     * The households made families, member by member, for the analyst: family, person, role, from, to, and the
     * coordinator's decision that made the stay or gave its role (empty where the data alone did).
     */
    void writeHouseholds(Path file) throws IOException {
        try (CsvWriter out = CsvWriter.builder().build(file)) {
            out.writeRecord("family_id", "person_id", "role", "from", "to", "decision");
            staysByFamily.forEach((family, stays) -> stays.forEach(stay -> out.writeRecord(family, stay.personId(),
                    Vocabulary.code(stay.role()), stay.from().toString(), text(stay.to()),
                    stay.decisionId() == 0 ? "" : Long.toString(stay.decisionId()))));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
