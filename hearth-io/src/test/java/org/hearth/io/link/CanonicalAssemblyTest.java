package org.hearth.io.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hearth.engine.HearthException;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Membership;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.io.Population;
import org.hearth.io.canonical.CanonicalReader;
import org.hearth.io.matching.ReviewDecisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three staged sources about one family, each knowing part of it, linked into a canonical folder: the children
 * matched across the CIN census and the school census by UPN, the mother across the CIN census and a police extract
 * by NI number; the CIN census's case reference joining the mother (no address there) to the children's dwelling;
 * a man at another address with no child left out with his offence.
 */
class CanonicalAssemblyTest {
    private static final String HEADER = "source_person_id,provider,upn,former_upn,nhs_number,ni_number,local_child_id,"
            + "given_name,family_name,former_family_name,date_of_birth,sex,postcode,address,uprn,household_ref";
    private static final String JO_UPN = "P207000016049";
    private static final String MARY_NI = "AB123456C";

    @TempDir
    Path temp;
    private List<Path> staged;

    @BeforeEach
    void stageThreeSources() throws IOException {
        staged = List.of(
                stage("cin-census-2019", "cin_census", "2019-03-31",
                        List.of("C1,LA 123," + JO_UPN + ",,9434765919,,LA-77,Jo,Smith,,2010-05-01,female,SE1 1AA,"
                                + "\"14 Elm Road, London\",,CASE-7",
                                "C2,LA 123,,,," + MARY_NI + ",,Mary,Smith,,1985-02-03,female,,,,CASE-7"), Map.of()),
                stage("school-census-2019-spring", "school_census", "2019-02-01",
                        List.of("S1,URN 100001," + JO_UPN + ",,,,,Jo,Smith,,2010-05-01,female,se11aa,14 ELM ROAD LONDON,,",
                                "S2,URN 100001,,,,,,Sam,Smith,,2012-09-09,male,SE1 1AA,14 Elm Road London,,"), Map.of()),
                stage("police-2019", "agency", "2019-03-15",
                        List.of("P1,Met,,,," + MARY_NI + ",,Mary,Smith,,1985-02-03,female,SE1 1AA,14 Elm Road London,,",
                                "P2,Met,,,,,,Dan,Jones,,1990-07-07,male,SE9 9ZZ,1 Oak Lane,,"),
                        Map.of("offences.csv", List.of("record_id,person_id,date,disposal,source",
                                "OF1,P1,2018-06-01,caution,Met", "OF2,P2,2018-07-01,conviction,Met"))));
    }

    @Test
    void theSourcesBecomeOneFamilyOfAMotherAndTwoChildrenFromTheDaysTheSourcesWereRead() {
        Path out = temp.resolve("canonical");

        CanonicalAssembly.Made made = CanonicalAssembly.link(staged, ReviewDecisions.none(), out, temp.resolve("report"));

        Population population = CanonicalReader.read(out);
        assertThat(population.timelines()).hasSize(1);
        FamilyTimeline family = population.timelines().get(0);
        Map<String, Membership> byName = family.memberships().stream().collect(Collectors.toMap(
                member -> population.personName(member.personId()).givenName(), member -> member));
        assertThat(byName).containsOnlyKeys("Jo", "Sam", "Mary");
        assertThat(byName.get("Jo").role()).isEqualTo(Role.CHILD);
        assertThat(byName.get("Sam").role()).isEqualTo(Role.CHILD);
        assertThat(byName.get("Mary").role()).isEqualTo(Role.PARENT_CARER);
        assertThat(byName.get("Jo").start()).as("from the school census, read first").isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(byName.get("Mary").start()).as("from the police extract").isEqualTo(LocalDate.of(2019, 3, 15));
        assertThat(family.person(byName.get("Jo").personId()).identifiers().nhsNumber()).isEqualTo("9434765919");
        assertThat(made.persons()).as("Jo, Sam, Mary and Dan").isEqualTo(4);
        assertThat(made.families()).isEqualTo(1);
        assertThat(made.recordsLeftOut()).containsEntry("offences.csv", 1L);
        assertThat(Files.exists(temp.resolve("report").resolve("person_index.csv"))).isTrue();
        assertThat(Files.exists(temp.resolve("report").resolve("households.csv"))).isTrue();
    }

    @Test
    void theMothersOffenceKeepsItsSourceInItsIdAndIsHers() throws IOException {
        Path out = temp.resolve("canonical");
        CanonicalAssembly.link(staged, ReviewDecisions.none(), out, temp.resolve("report"));

        List<String> offences = Files.readAllLines(out.resolve("offences.csv"));
        assertThat(offences).hasSize(2);
        String mary = Files.readAllLines(out.resolve("people.csv")).stream().filter(line -> line.contains(",Mary,"))
                .findFirst().orElseThrow().split(",")[0];
        assertThat(offences.get(1)).startsWith("police-2019/OF1," + mary + ",2018-06-01,caution");
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws IOException {
        Path out = Files.createDirectories(temp.resolve("canonical"));
        Files.writeString(out.resolve("notes.txt"), "kept");

        assertThatThrownBy(() -> CanonicalAssembly.link(staged, ReviewDecisions.none(), out, temp.resolve("report")))
                .isInstanceOf(HearthException.class).hasMessageContaining("is not empty");
        try (var inside = Files.list(out)) {
            assertThat(inside.map(path -> path.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
        try (var beside = Files.list(temp)) {
            assertThat(beside.map(path -> path.getFileName().toString()).toList()).doesNotContain("report")
                    .noneMatch(name -> name.contains(".linking-"));
        }
    }

    @Test
    void dataQualityPerProviderAgainstTheScheduleTravelsWithTheFolder() throws IOException {
        Files.writeString(staged.get(2).resolve("rejected.csv"), "file,line,field,value,reason,provider\n"
                + "offences.csv,4,date,2019-02-30,is not a date,Met\n");
        Path schedule = temp.resolve("schedule.csv");
        Files.writeString(schedule, "kind,provider,every_days\n"
                + "school_census,,120\n"          // read 1 February: due by 1 June, on time on 31 March
                + "agency,Met,10\n"               // read 15 March: due by 25 March, late on 31 March
                + "school_census,URN 100002,120\n"); // no extract from this school at all
        Path out = temp.resolve("canonical");

        CanonicalAssembly.Made made = CanonicalAssembly.link(staged, ReviewDecisions.none(), CompositionDecisions.none(), schedule, out,
                temp.resolve("report"));

        Map<String, SourceQuality.Line> byProvider = SourceQuality.of(out).stream()
                .collect(Collectors.toMap(SourceQuality.Line::provider, line -> line));
        assertThat(byProvider.get("URN 100001").status()).isEqualTo("on time");
        assertThat(byProvider.get("URN 100001").people()).isEqualTo(2);
        assertThat(byProvider.get("URN 100001").matchedElsewhere()).as("Jo, in the CIN census too").isEqualTo(1);
        SourceQuality.Line police = byProvider.get("Met");
        assertThat(police.status()).isEqualTo("late: the next extract was due by 2019-03-25");
        assertThat(List.of(police.people(), police.inNoFamily(), police.rows(), police.rowsLeftOut(), police.rejected()))
                .as("Mary and Dan; Dan in no family; two offences, Dan's left out; one row rejected at ingest")
                .containsExactly(2L, 1L, 2L, 1L, 1L);
        assertThat(byProvider.get("URN 100002").status()).isEqualTo("missing: no extract has arrived");
        assertThat(made.lateOrMissing()).containsExactly("agency Met: late: the next extract was due by 2019-03-25",
                "school_census URN 100002: missing: no extract has arrived");
        assertThat(CanonicalReader.read(out).timelines()).as("the folder still reads: sources/ is passed over").hasSize(1);
    }

    @Test
    void aCoordinatorsDecisionsCorrectTheFamilyAndTheRecordsFollowThePeople() throws IOException {
        Path first = temp.resolve("first");
        CanonicalAssembly.link(staged, ReviewDecisions.none(), first, temp.resolve("first-report"));
        String smiths = Files.readAllLines(first.resolve("families.csv")).get(1).split(",")[0];
        String dan = Files.readAllLines(temp.resolve("first-report").resolve("person_index.csv")).stream()
                .filter(line -> line.endsWith(",police-2019,P2")).findFirst().orElseThrow().split(",")[0];
        CompositionDecisions decisions = CompositionDecisions.of(List.of(
                new CompositionDecision(1, smiths, dan, CompositionDecision.Change.JOINS, Role.PARENT_CARER, true,
                        LocalDate.of(2019, 3, 20), "coordinator", LocalDate.of(2019, 4, 2), "mother's partner, moved in"),
                new CompositionDecision(2, "HF-0000000000000000", dan, CompositionDecision.Change.LEAVES, null, false,
                        LocalDate.of(2019, 3, 20), "coordinator", LocalDate.of(2019, 4, 2), "")));
        Path out = temp.resolve("canonical");

        CanonicalAssembly.Made made = CanonicalAssembly.link(staged, ReviewDecisions.none(), decisions, null, out,
                temp.resolve("report"));

        FamilyTimeline family = CanonicalReader.read(out).timelines().get(0);
        Membership dans = family.memberships().stream().filter(member -> member.personId().equals(dan)).findFirst()
                .orElseThrow();
        assertThat(List.of(dans.familyId(), dans.role(), dans.parentingResponsibility(), dans.start()))
                .containsExactly(smiths, Role.PARENT_CARER, true, LocalDate.of(2019, 3, 20));
        assertThat(dans.end()).isNull();
        assertThat(Files.readAllLines(out.resolve("offences.csv"))).as("Dan's offence is about a family's member now")
                .hasSize(3);
        assertThat(Files.readAllLines(temp.resolve("report").resolve("households.csv")))
                .contains(smiths + "," + dan + ",parent_carer,2019-03-20,,1");
        assertThat(made.compositionDecisionsApplied()).isEqualTo(1);
        assertThat(made.compositionDecisionsNotApplied()).containsExactly("composition decision 2 (leaves, "
                + "HF-0000000000000000, " + dan + ", from 2019-03-20) not applied: these sources form no household "
                + "HF-0000000000000000");
    }

    private Path stage(String source, String kind, String readOn, List<String> persons, Map<String, List<String>> records)
            throws IOException {
        Path folder = Files.createDirectories(temp.resolve("staged").resolve(source));
        Files.writeString(folder.resolve("source.csv"), "source,kind,read_on,files\n" + source + "," + kind + ","
                + readOn + ",extract.csv\n");
        Files.writeString(folder.resolve("persons.csv"), HEADER + "\n" + String.join("\n", persons) + "\n");
        Files.writeString(folder.resolve("rejected.csv"), "file,line,field,value,reason,provider\n");
        for (Map.Entry<String, List<String>> file : records.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), String.join("\n", file.getValue()) + "\n");
        }
        return folder;
    }
}
