package org.hearth.io.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.io.canonical.PopulationFixture.d;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.SchoolCalendar;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.io.PersonName;
import org.hearth.io.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the writer writes, the reader reads back equal, and writing it again gives the same bytes. */
class CanonicalRoundTripTest {
    @TempDir
    Path temp;

    @Test
    void readsBackEveryPartOfThePopulation() {
        Population population = PopulationFixture.population();
        CanonicalWriter.write(population, temp.resolve("data"));

        Population read = CanonicalReader.read(temp.resolve("data"));

        assertThat(read.families()).containsExactly("F-1", "F-2");
        assertThat(read.familyReferences()).isEqualTo(Map.of("F-1", "FM-0001"));
        assertThat(read.people()).isEqualTo(population.people());
        assertThat(read.personNames()).isEqualTo(PopulationFixture.names());
        assertThat(read.memberships()).isEqualTo(population.memberships());
        assertThat(read.interventions()).isEqualTo(population.interventions());
        assertThat(read.teamMembers()).isEqualTo(population.teamMembers()).hasSize(2);
        assertThat(read.calendar().terms()).isEqualTo(population.calendar().terms());
        assertThat(read.records()).isEqualTo(population.records());
    }

    @Test
    void theFixtureHasEveryKindOfRecord() {
        assertThat(PopulationFixture.population().records().stream().map(TimelineRecord::kind).distinct())
                .containsExactlyElementsOf(RecordKind.all());
    }

    @Test
    void writingWhatWasReadGivesTheSameFiles() throws IOException {
        CanonicalWriter.write(PopulationFixture.population(), temp.resolve("first"));
        CanonicalWriter.write(CanonicalReader.read(temp.resolve("first")), temp.resolve("second"));

        assertThat(contents(temp.resolve("second"))).isEqualTo(contents(temp.resolve("first")));
    }

    @Test
    void writesTheFormatsOwnSpellingOfEachValue() throws IOException {
        Path folder = temp.resolve("data");
        CanonicalWriter.write(PopulationFixture.population(), folder);

        assertThat(Files.readString(folder.resolve("earnings.csv"))).isEqualTo("""
                record_id,person_id,start_date,end_date,amount_gbp,claim_type,source
                EA-1,P-1,2016-01-01,2016-01-31,338.00,couple,DWP
                EA-2,P-1,2016-02-01,2016-02-29,0.01,couple,DWP
                """);
        assertThat(Files.readString(folder.resolve("attendance.csv"))).isEqualTo("""
                record_id,person_id,academic_year,term,possible_sessions,authorised_absence,unauthorised_absence,school_urn,source
                AT-1,P-2,2015/16,autumn,140,10,6,100001,school census
                AT-2,P-2,2015/16,spring,120,0,0,,school census
                """);
        assertThat(Files.readString(folder.resolve("people.csv"))).contains(
                "person_id,date_of_birth,sex,mother_id,upn,nhs_number,ni_number,local_child_id,given_name,family_name\n",
                "P-1,1985-04-02,female,,,4857773456,QQ123456C,,Zoë,O'Brien\n",
                "P-4,2016-02-29,female,P-1,,,,,,\n",
                "P-5,1990-11-30,unknown,,,,,,\"Alexandra \"\"Sasha\"\"\",\n");
        assertThat(Files.readString(folder.resolve("finances.csv"))).contains(",1234.56,", ",-5.05,");
        assertThat(Files.readString(folder.resolve("exclusions.csv"))).contains(",2.5,", ",0,");
        assertThat(Files.readString(folder.resolve("worker_assessments.csv"))).contains(
                "WA-2,P-1,F-1,,\"lead worker's \"\"judgement\"\", on the whole family\",false,2016-06-02,key worker,,,,\n");
        assertThat(Files.readString(folder.resolve("tier_changes.csv"))).isEqualTo("""
                record_id,intervention_id,date,tier,reason
                TC-1,I-1,2015-09-01,child_in_need,"section 17 assessment: a child in need, agreed at the family's review"
                TC-2,I-1,2016-01-15,targeted_early_help,
                """);
        assertThat(Files.readString(folder.resolve("team_around_family.csv"))).isEqualTo("""
                record_id,intervention_id,professional,role,organisation,start_date,end_date,source
                TA-1,I-1,Sam Patel,school nurse,school nursing service,2015-06-01,2016-01-31,case file
                TA-2,I-1,,housing officer,housing,2015-07-15,,
                """);
        assertThat(Files.readString(folder.resolve("neet.csv"))).startsWith("record_id,person_id,status,");
    }

    @Test
    void aFolderWhosePeopleHaveNoNameColumnsReadsWithNoNames() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).write();

        Population read = CanonicalReader.read(folder);

        assertThat(read.people()).hasSize(3);
        assertThat(read.personNames()).isEmpty();
        assertThat(read.personName("P-1")).isNull();
    }

    @Test
    void readsNamesWhateverTheOrderOfTheColumns() {
        Path folder = DataFolderFixture.in(temp.resolve("data")).with("people.csv", """
                family_name,person_id,date_of_birth,sex,mother_id,given_name
                Okafor,P-1,1985-04-02,female,,Ngozi
                Okafor,P-2,2005-09-12,male,P-1,
                ,P-3,1983-01-20,male,,
                """).write();

        Population read = CanonicalReader.read(folder);

        assertThat(read.personNames()).isEqualTo(Map.of("P-1", new PersonName("Ngozi", "Okafor"),
                "P-2", new PersonName(null, "Okafor")));
    }

    @Test
    void aFolderWithoutSchoolTermsUsesTheStandardTermsOverTheYearsTheDataNeeds() throws IOException {
        Path folder = temp.resolve("data");
        CanonicalWriter.write(PopulationFixture.population(), folder);
        Files.delete(folder.resolve("school_terms.csv"));

        Population read = CanonicalReader.read(folder);

        SchoolCalendar calendar = read.calendar();
        assertThat(calendar.terms().get(0)).isEqualTo(new SchoolTerm(2012, SchoolTerm.Term.AUTUMN, d("2012-09-01"),
                d("2012-12-31")));
        assertThat(calendar.terms().get(calendar.terms().size() - 1)).isEqualTo(
                new SchoolTerm(2017, SchoolTerm.Term.SUMMER, d("2018-04-01"), d("2018-07-31")));
        TermAttendance attendance = (TermAttendance) read.records().stream()
                .filter(r -> r.recordId().equals("AT-1")).findFirst().orElseThrow();
        assertThat(attendance.term()).isEqualTo(calendar.term(2015, SchoolTerm.Term.AUTUMN));
        assertThat(attendance.start()).isEqualTo(d("2015-09-01"));
    }

    @Test
    void recordsShareThePersonsIdAndTheirDays() {
        CanonicalWriter.write(PopulationFixture.population(), temp.resolve("data"));

        Population read = CanonicalReader.read(temp.resolve("data"));

        Offence offence = (Offence) read.records().get(0);
        assertThat(offence.personId()).isSameAs(read.people().get(1).personId());
        assertThat(read.people().get(3).dateOfBirth()).isSameAs(
                read.records().stream().filter(r -> r.recordId().equals("EA-2")).findFirst().orElseThrow().end());
    }

    @Test
    void theReadPopulationGivesEachFamilyItsTimeline() {
        CanonicalWriter.write(PopulationFixture.population(), temp.resolve("data"));

        Map<String, FamilyTimeline> timelines = new HashMap<>();
        for (FamilyTimeline timeline : CanonicalReader.read(temp.resolve("data")).timelines()) {
            timelines.put(timeline.familyId(), timeline);
        }

        assertThat(timelines.get("F-1").records(RecordKind.OFFENCES)).extracting(TimelineRecord::recordId)
                .containsExactly("OF-1", "OF-2");
        assertThat(timelines.get("F-1").interventionOn(d("2015-10-01")).tierOn(d("2015-10-01")).level()).isEqualTo(3);
        assertThat(timelines.get("F-2").records(RecordKind.JUSTICE)).extracting(TimelineRecord::recordId)
                .containsExactly("JU-1");
        assertThat(timelines.get("F-2").records(RecordKind.OFFENCES)).isEmpty();
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readString(path));
            }
        }
        return files;
    }
}
