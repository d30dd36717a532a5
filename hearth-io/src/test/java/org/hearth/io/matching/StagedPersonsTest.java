package org.hearth.io.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hearth.io.canonical.DataError;
import org.hearth.io.canonical.InvalidDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedPersonsTest {
    private static final String SOURCE = "source,kind,read_on,files\npolice-2024,agency,2024-04-02,asb.csv\n";

    @TempDir
    Path folder;

    private void write(String source, String persons) throws IOException {
        if (source != null) {
            Files.writeString(folder.resolve("source.csv"), source);
        }
        if (persons != null) {
            Files.writeString(folder.resolve("persons.csv"), persons);
        }
    }

    private List<DataError> errors() {
        try {
            StagedPersons.read(folder);
        } catch (InvalidDataException e) {
            return e.errors();
        }
        throw new AssertionError("the folder was read");
    }

    @Test
    void readsThePeopleWithTheirColumnsInAnyOrder() throws IOException {
        write(SOURCE, "family_name,source_person_id,given_name,date_of_birth,sex,nhs_number,postcode\n"
                + "Pryce,P1,Olwen,2011-02-17,female,9434765919,ZY1 1AB\n"
                + "Tudor,P2,,,,,\n");
        List<SourcePerson> people = StagedPersons.read(folder);
        assertThat(people).hasSize(2);
        SourcePerson first = people.get(0);
        assertThat(first.key()).isEqualTo(new SourcePersonKey("police-2024", "P1"));
        assertThat(first.givenName()).isEqualTo("Olwen");
        assertThat(first.dateOfBirth()).isEqualTo(LocalDate.of(2011, 2, 17));
        assertThat(first.nhsNumber()).isEqualTo("9434765919");
        assertThat(first.upn()).isNull();
        assertThat(people.get(1).givenName()).isNull();
        assertThat(people.get(1).dateOfBirth()).isNull();
    }

    @Test
    void everyBadCellIsNamedWithItsLineAndColumnAndNothingIsRead() throws IOException {
        write(SOURCE, "source_person_id,date_of_birth,sex\n"
                + "P1,2011-02-30,female\n"
                + "P2,2011-02-17,f\n"
                + ",2011-02-17,male\n"
                + "P1,2011-02-17,male\n");
        assertThat(errors()).extracting(DataError::toString).containsExactly(
                "persons.csv:2:2: date_of_birth: '2011-02-30' is not an ISO date (YYYY-MM-DD)",
                "persons.csv:3:3: sex: 'f' is not one of female, male, other, unknown",
                "persons.csv:4:1: source_person_id: is empty: every person needs their id in the source",
                "persons.csv:5:1: source_person_id: 'P1' is also the id on line 2");
    }

    @Test
    void aHeaderThatDoesNotFitIsReported() throws IOException {
        write(SOURCE, "person,given_name,given_name\nP1,A,B\n");
        assertThat(errors()).extracting(DataError::toString).containsExactly(
                "persons.csv:1:1: person: unknown column 'person'; the columns are source_person_id, provider, upn, "
                        + "former_upn, nhs_number, ni_number, local_child_id, given_name, family_name, "
                        + "former_family_name, date_of_birth, sex, postcode, address, uprn, household_ref",
                "persons.csv:1:3: given_name: column 'given_name' is also column 2",
                "persons.csv:1:0: source_person_id: the header has no column 'source_person_id'");
    }

    @Test
    void aRowWiderThanTheHeaderIsReported() throws IOException {
        write(SOURCE, "source_person_id,given_name\nP1,Olwen,extra\n");
        assertThat(errors()).extracting(DataError::toString)
                .containsExactly("persons.csv:2:0: has 3 fields, more than the header names");
    }

    @Test
    void missingFilesAreReported() throws IOException {
        write(null, null);
        assertThat(errors()).extracting(DataError::toString)
                .containsExactly("source.csv:0:0: is missing: a staged source folder names its source in source.csv");
        write("source,kind\n", null);
        assertThat(errors()).extracting(DataError::toString).containsExactly("source.csv:0:0: source: has no row naming the source");
        write(SOURCE, null);
        assertThat(errors()).extracting(DataError::toString)
                .containsExactly("persons.csv:0:0: is missing: a staged source folder lists its people in persons.csv");
    }

    @Test
    void severalFoldersAreReadInTurnAndASourceOnlyOnce() throws IOException {
        write(SOURCE, "source_person_id,given_name\nP1,Olwen\n");
        Path dwp = Files.createDirectories(folder.resolve("dwp"));
        Files.writeString(dwp.resolve("source.csv"), "source,kind,read_on,files\ndwp-2024,agency,2024-04-02,dwp.csv\n");
        Files.writeString(dwp.resolve("persons.csv"), "source_person_id,given_name\nD1,Bryn\n");
        assertThat(StagedPersons.readAll(List.of(folder, dwp))).extracting(SourcePerson::key).containsExactly(
                new SourcePersonKey("police-2024", "P1"), new SourcePersonKey("dwp-2024", "D1"));

        Path again = Files.createDirectories(folder.resolve("again"));
        Files.copy(folder.resolve("source.csv"), again.resolve("source.csv"));
        Files.writeString(again.resolve("persons.csv"), "source_person_id\nP2\n");
        assertThatThrownBy(() -> StagedPersons.readAll(List.of(folder, again))).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("source.csv:2:0: source: source 'police-2024' is also the source of " + folder);
    }

    @Test
    void theExceptionNamesTheFolder() throws IOException {
        write(SOURCE, "source_person_id,sex\nP1,x\n");
        assertThatThrownBy(() -> StagedPersons.read(folder)).isInstanceOf(InvalidDataException.class)
                .hasMessageContaining(folder + ": 1 error; nothing was loaded");
    }
}
