package org.hearth.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.io.ingest.StagedFolderFixture.fixture;
import static org.hearth.io.ingest.StagedFolderFixture.ingest;
import static org.hearth.io.ingest.StagedFolderFixture.row;
import static org.hearth.io.ingest.StagedFolderFixture.rows;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The school census reader on termly attendance and exclusions extracts written for the tests. */
class SchoolCensusReaderTest {
    @TempDir
    static Path work;

    static Path folder;

    @BeforeAll
    static void ingestTheExtracts() {
        folder = work.resolve("school");
        ingest(SourceKind.SCHOOL_CENSUS, folder, null, fixture("school/attendance-autumn-2018.csv"),
                fixture("school/attendance-spring-2019.csv"), fixture("school/exclusions.csv"));
    }

    @Test
    @DisplayName("a term's sessions possible, authorised and unauthorised, the school the provider")
    void attendance() {
        assertThat(row(folder, "attendance.csv", "record_id", "R201234515001/2018/19/autumn/100001"))
                .containsEntry("person_id", "R201234515001").containsEntry("academic_year", "2018/19")
                .containsEntry("term", "autumn").containsEntry("possible_sessions", "140").containsEntry("authorised_absence", "10")
                .containsEntry("unauthorised_absence", "6").containsEntry("school_urn", "100001")
                .containsEntry("source", "school census: URN 100001");
        assertThat(row(folder, "attendance.csv", "record_id", "R201234515001/2018/19/spring/100001"))
                .containsEntry("possible_sessions", "120");
        assertThat(row(folder, "attendance.csv", "record_id", "F201234516004/2018/19/autumn/100002"))
                .as("2018-19 and Autumn are read as 2018/19 and autumn").containsEntry("possible_sessions", "130");
        assertThat(rows(folder, "attendance.csv")).hasSize(3);
    }

    @Test
    @DisplayName("a pupil on many rows is staged once; a later row that differs is reported and the first kept")
    void pupils() {
        assertThat(rows(folder, "persons.csv")).extracting(r -> r.get("source_person_id"))
                .containsExactly("R201234515001", "F201234515002", "F201234516004", "J201234517006");
        assertThat(row(folder, "persons.csv", "source_person_id", "R201234515001")).containsEntry("given_name", "Alex")
                .containsEntry("family_name", "Testperson").containsEntry("date_of_birth", "2008-05-14")
                .containsEntry("sex", "male").containsEntry("postcode", "ZZ99 9ZZ").containsEntry("provider", "school census: URN 100001");
        Map<String, String> differs = rejection("DOB", "2008-05-15");
        assertThat(differs).containsEntry("file", "attendance-spring-2019.csv").containsEntry("line", "2");
        assertThat(differs.get("reason")).contains("has '2008-05-14' in attendance-autumn-2018.csv line 2; the first is kept");
        assertThat(row(folder, "persons.csv", "source_person_id", "F201234516004")).as("its check letter is wrong").containsEntry("upn", "");
    }

    @Test
    @DisplayName("rows the format refuses are rejected with its reason: absences over the possible sessions, a count that is not one, no UPN")
    void rejectedRows() {
        assertThat(rows(folder, "rejected.csv")).anySatisfy(r -> assertThat(r).containsEntry("file", "attendance-autumn-2018.csv")
                .containsEntry("line", "3").containsEntry("provider", "school census: URN 100001")
                .containsEntry("reason", "attendance.csv: absences (150) exceed possible_sessions (140)"));
        assertThat(rejection("SessionsPossible", "lots").get("reason")).contains("possible_sessions: 'lots' is not a whole number");
        assertThat(rejection("UPN", "")).containsEntry("line", "5");
    }

    @Test
    @DisplayName("a fixed-term exclusion before 2022 (FIXD) and a suspension after (SUSP) are the same canonical type, days = sessions / 2")
    void exclusionsBeforeAndAfterTheRename() {
        assertThat(row(folder, "exclusions.csv", "date", "2021-03-12")).containsEntry("type", "fixed_term").containsEntry("days", "2")
                .containsEntry("phase", "secondary");
        assertThat(row(folder, "exclusions.csv", "date", "2023-01-16")).containsEntry("type", "fixed_term").containsEntry("days", "1.5");
        assertThat(row(folder, "exclusions.csv", "date", "2022-06-01")).containsEntry("type", "permanent").containsEntry("days", "0")
                .containsEntry("phase", "primary");
        assertThat(rows(folder, "exclusions.csv")).hasSize(3);
        assertThat(rejection("Category", "EXPL").get("reason")).contains("is not an exclusion category");
        assertThat(rejection("Phase", "XX").get("reason")).contains("exclusions.csv phase: 'XX'");
    }

    private static Map<String, String> rejection(String field, String value) {
        return StagedFolderFixture.rejection(folder, field, value);
    }
}
