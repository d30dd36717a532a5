package org.hearth.io.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.io.matching.Nicknames;
import org.hearth.io.matching.SourcePerson;
import org.hearth.io.matching.SourcePersonKey;

/**
 * Generated test data for person matching: a population of households ({@link MatchingPopulation}) recorded by five
 * sources (school census, children's social care, police, DWP, health), each with its own coverage, identifiers
 * and slips ({@link SourceProfile}), and the truth, which source person is which true person, kept apart. The same
 * seed and size always give the same data.
 *
 * @param records every source's people, source by source
 * @param truth the true person of each source person
 */
public record MatchingData(List<SourcePerson> records, Map<SourcePersonKey, String> truth) {
    public static final String TRUTH_FILE = "truth.csv";

    /** The people of the households, recorded by the five sources. */
    public static MatchingData generate(int households, long seed) {
        List<TruePerson> people = MatchingPopulation.of(households, seed);
        Nicknames nicknames = Nicknames.standard();
        List<SourcePerson> records = new ArrayList<>();
        Map<SourcePersonKey, String> truth = new LinkedHashMap<>();
        List<SourceProfile> profiles = SourceProfile.standard();
        for (int s = 0; s < profiles.size(); s++) {
            SourceProfile profile = profiles.get(s);
            SplittableRandom random = new SplittableRandom(seed * 31 + s + 1);
            Recorder recorder = new Recorder(profile, nicknames, random);
            int next = 1;
            for (TruePerson person : people) {
                int age = person.age(MatchingPopulation.REFERENCE_DAY);
                boolean child = person.child(MatchingPopulation.REFERENCE_DAY);
                if (age < profile.minimumAge() || age > profile.maximumAge()
                        || random.nextDouble() >= (child ? profile.childShare() : profile.adultShare())) {
                    continue;
                }
                int copies = random.nextDouble() < profile.duplicate() ? 2 : 1;
                for (int c = 0; c < copies; c++) {
                    SourcePerson record = recorder.record(person, profile.id().substring(0, 2).toUpperCase() + next++);
                    records.add(record);
                    truth.put(record.key(), person.id());
                }
            }
        }
        return new MatchingData(List.copyOf(records), Map.copyOf(truth));
    }

    /**
     * Writes one staged source folder per source ({@code source.csv} and {@code persons.csv}) under the folder, and
     * {@code truth.csv} (source, source_person_id, true_person_id) beside them, never inside a source's folder.
     */
    public void write(Path folder, String readOn) {
        try {
            Files.createDirectories(folder);
            Map<String, List<SourcePerson>> bySource = new LinkedHashMap<>();
            records.forEach(r -> bySource.computeIfAbsent(r.key().source(), k -> new ArrayList<>()).add(r));
            for (Map.Entry<String, List<SourcePerson>> source : bySource.entrySet()) {
                Path staged = Files.createDirectories(folder.resolve(source.getKey()));
                String kind = SourceProfile.standard().stream().filter(p -> p.id().equals(source.getKey()))
                        .findFirst().orElseThrow().kind();
                try (CsvWriter csv = CsvWriter.builder().build(staged.resolve("source.csv"))) {
                    csv.writeRecord("source", "kind", "read_on", "files");
                    csv.writeRecord(source.getKey(), kind, readOn, "generated");
                }
                try (CsvWriter csv = CsvWriter.builder().build(staged.resolve("persons.csv"))) {
                    csv.writeRecord("source_person_id", "provider", "upn", "former_upn", "nhs_number", "ni_number",
                            "local_child_id", "given_name", "family_name", "former_family_name", "date_of_birth", "sex",
                            "postcode", "address", "uprn", "household_ref");
                    for (SourcePerson p : source.getValue()) {
                        csv.writeRecord(p.key().sourcePersonId(), p.provider(), p.upn(), p.formerUpn(), p.nhsNumber(),
                                p.niNumber(), p.localChildId(), p.givenName(), p.familyName(), p.formerFamilyName(),
                                p.dateOfBirth() == null ? null : p.dateOfBirth().toString(), p.sex(), p.postcode(),
                                p.address(), p.uprn(), p.householdRef());
                    }
                }
            }
            try (CsvWriter csv = CsvWriter.builder().build(folder.resolve(TRUTH_FILE))) {
                csv.writeRecord("source", "source_person_id", "true_person_id");
                for (SourcePerson r : records) {
                    csv.writeRecord(r.key().source(), r.key().sourcePersonId(), truth.get(r.key()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot write the generated sources: " + e.getMessage(), e);
        }
    }
}
