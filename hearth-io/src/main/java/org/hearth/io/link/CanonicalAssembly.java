package org.hearth.io.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.hearth.engine.HearthException;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.matching.LinkSettings;
import org.hearth.io.matching.PersonIndex;
import org.hearth.io.matching.PersonIndexFiles;
import org.hearth.io.matching.PersonLinker;
import org.hearth.io.matching.ReviewDecisions;
import org.hearth.io.matching.SourcePerson;
import org.hearth.io.matching.SourcePersonKey;

/**
 * {@code hearth link}'s work (docs/data-in.md, "hearth link"): staged sources in, the canonical folder out. The
 * sources' people are matched into persons ({@link PersonLinker}), each person's values merged ({@link MergedPerson}),
 * households formed over time ({@link Households}), corrected by the coordinators' decisions
 * ({@link CompositionCorrections}) and made families where a child lives ({@link FamilyComposition}),
 * and the sources' records written with the canonical ids ({@link RecordRewriter}). The folder is written beside its
 * place, read back with {@link CanonicalReader} (so it is a folder every command reads) and only then moved into place:
 * all or nothing. The matching's own files (the person index, links, the review queue) and the households formed go in
 * a report folder beside it.
 */
public final class CanonicalAssembly {
    /** The canonical folder's sub-folder for the data-in stage's report of its sources, which its readers pass over. */
    public static final String SOURCES = "sources";
    private CanonicalAssembly() {
    }

    /** What was made, for the console. */
    public record Made(int sources, long sourcePeople, long persons, long families, long members,
                       long peopleWithoutBirthDate, long sameDayConflicts, long reviewQueue, Map<String, Long> recordsLeftOut,
                       List<String> lateOrMissing, long compositionDecisionsApplied,
                       List<String> compositionDecisionsNotApplied) {
    }

    /**
     * @param decisions the analysts' decisions on pairs reviewed before (review_decisions.csv), or none
     * @throws HearthException when the target is a non-empty folder, or the folder made would not read back
     */
    public static Made link(List<Path> staged, ReviewDecisions decisions, Path out, Path report) {
        return link(staged, decisions, CompositionDecisions.none(), null, out, report);
    }

    /**
     * @param compositions the coordinators' decisions on families' compositions (composition_decisions.csv), or none
     * @param schedule     the expected schedule of sources ({@link SourceQuality#schedule}), or null for none
     */
    public static Made link(List<Path> staged, ReviewDecisions decisions, CompositionDecisions compositions,
                            Path schedule, Path out, Path report) {
        refuseNonEmpty(out);
        List<SourceQuality.Expected> expected = schedule == null ? List.of() : SourceQuality.schedule(schedule);
        List<StagedSource> sources = staged.stream().map(StagedSource::read).toList();
        List<SourcePerson> people = sources.stream().flatMap(source -> source.persons().stream()).toList();
        PersonIndex index = new PersonLinker(LinkSettings.DEFAULTS).link(people, decisions);

        List<Observation> observations = new ArrayList<>();
        for (StagedSource source : sources) {
            for (SourcePerson person : source.persons()) {
                observations.add(new Observation(index.personId(person.key()), person, source.source(), source.readOn()));
            }
        }
        Map<String, List<Observation>> byPerson = new TreeMap<>();
        observations.forEach(seen -> byPerson.computeIfAbsent(seen.personId(), id -> new ArrayList<>()).add(seen));
        Map<String, MergedPerson> persons = new LinkedHashMap<>();
        long withoutBirth = 0;
        for (Map.Entry<String, List<Observation>> person : byPerson.entrySet()) {
            MergedPerson merged = MergedPerson.of(person.getKey(), person.getValue());
            if (merged.dateOfBirth() == null) {
                withoutBirth++;
            } else {
                persons.put(merged.personId(), merged);
            }
        }
        LocalDate referenceDay = sources.stream().map(StagedSource::readOn).max(Comparator.naturalOrder()).orElseThrow();
        Households.Formed households = Households.of(observations.stream()
                .filter(seen -> persons.containsKey(seen.personId())).toList());
        Map<String, String> familyIdOfKey = households.familyIdOfKey();
        CompositionCorrections.Corrected corrected = CompositionCorrections.apply(households.stays().stream()
                        .map(stay -> FamilyStay.fromData(familyIdOfKey.get(stay.householdKey()), stay.personId(),
                                stay.from(), stay.to())).toList(),
                compositions, Set.copyOf(familyIdOfKey.values()), persons.keySet());
        FamilyComposition families = FamilyComposition.of(corrected.stays(), persons, referenceDay);

        Path staging = out.resolveSibling(out.getFileName() + ".linking-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(staging);
            FamilyComposition.Written written = families.writeInto(staging);
            RecordRewriter records = new RecordRewriter(sources);
            records.writeInto(staging, key -> written.personIds().contains(index.personId(new SourcePersonKey(key[0], key[1])))
                            ? index.personId(new SourcePersonKey(key[0], key[1])) : null,
                    refKey -> written.familyIds().contains(familyIdOfKey.get(refKey)) ? familyIdOfKey.get(refKey) : null);
            List<SourceQuality.Line> quality = SourceQuality.of(sources, index.personIds(), written.personIds(),
                    records.rows(), records.leftOutByProvider(), expected, referenceDay);
            SourceQuality.write(staging.resolve(SOURCES).resolve(SourceQuality.FILE), quality);
            CanonicalReader.read(staging); // throws, naming the file, line and field, when the folder made is not one
            Files.createDirectories(report);
            PersonIndexFiles.write(report, index, people);
            families.writeHouseholds(report.resolve("households.csv"));
            SourceQuality.write(report.resolve(SourceQuality.FILE), quality);
            if (Files.isDirectory(out)) {
                Files.delete(out); // empty: refuseNonEmpty saw to it
            }
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
            return new Made(sources.size(), people.size(), index.persons(), written.familyIds().size(), written.members(),
                    withoutBirth, households.sameDayConflicts(), index.reviewQueue().size(), records.leftOut(),
                    quality.stream().filter(line -> !line.status().isEmpty() && !line.status().equals("on time"))
                            .map(line -> line.kind() + " " + line.provider() + ": " + line.status()).toList(),
                    corrected.applied(), corrected.notApplied().stream().map(Object::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot be written: " + e.getMessage(), e);
        } finally {
            delete(staging);
        }
    }

    private static void refuseNonEmpty(Path out) {
        if (Files.isDirectory(out)) {
            try (Stream<Path> inside = Files.list(out)) {
                if (inside.findAny().isPresent()) {
                    throw new HearthException(out + ": is not empty; hearth link writes a new canonical folder, "
                            + "never over another");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(out + ": cannot be read: " + e.getMessage(), e);
            }
        } else if (Files.exists(out)) {
            throw new HearthException(out + ": is a file; give a folder for the canonical data");
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot be removed: " + e.getMessage(), e);
        }
    }
}
