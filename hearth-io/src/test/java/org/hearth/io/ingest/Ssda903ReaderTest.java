package org.hearth.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

/** The SSDA903 reader on a return's tables written for the tests from the DfE's CSV specification. */
class Ssda903ReaderTest {
    @TempDir
    static Path work;

    static Path folder;

    @BeforeAll
    static void ingestTheReturn() {
        folder = work.resolve("ssda903");
        ingest(SourceKind.SSDA903, folder, null, fixture("ssda903/header.csv"), fixture("ssda903/episodes.csv"),
                fixture("ssda903/missing.csv"), fixture("ssda903/reviews.csv"));
    }

    @Test
    @DisplayName("the header table's children: CHILD is the id and the local child id, SEX 1 and 2, DOB day first or ISO")
    void children() {
        assertThat(row(folder, "persons.csv", "source_person_id", "LAC01")).containsEntry("local_child_id", "LAC01")
                .containsEntry("sex", "male").containsEntry("date_of_birth", "2008-05-14").containsEntry("upn", "J201234517006")
                .containsEntry("provider", "SSDA903");
        assertThat(row(folder, "persons.csv", "source_person_id", "LAC02")).as("UN3 says why there is no UPN; 30/02 is no day")
                .containsEntry("upn", "").containsEntry("date_of_birth", "").containsEntry("sex", "female");
        assertThat(row(folder, "persons.csv", "source_person_id", "LAC03")).containsEntry("upn", "").containsEntry("sex", "");
        assertThat(row(folder, "persons.csv", "source_person_id", "LAC04")).containsEntry("date_of_birth", "2011-07-01");
        assertThat(rejection("UPN", "J201234518008").get("reason")).contains("the digits give Y, not J");
        assertThat(rejection("DOB", "30/02/2010")).containsEntry("line", "3");
        assertThat(rejection("SEX", "3")).containsEntry("line", "4");
    }

    @Test
    @DisplayName("episodes joined by X1 are one period of care, from the first DECOM to the last DEC, with its reason for ending")
    void periodsOfCare() {
        assertThat(rows(folder, "social_care.csv")).extracting(r -> r.get("record_id")).containsExactlyInAnyOrder(
                "LAC01/2017-04-01/looked_after", "LAC01/2018-03-01/looked_after", "LAC03/2018-05-05/looked_after",
                "LAC04/2019-01-01/looked_after");
        assertThat(row(folder, "social_care.csv", "record_id", "LAC01/2017-04-01/looked_after"))
                .containsEntry("episode_type", "looked_after").containsEntry("start_date", "2017-04-01")
                .containsEntry("end_date", "2017-12-20").containsEntry("end_reason", "returned_home");
        assertThat(row(folder, "social_care.csv", "record_id", "LAC01/2018-03-01/looked_after")).containsEntry("end_date", "");
        assertThat(row(folder, "social_care.csv", "record_id", "LAC03/2018-05-05/looked_after"))
                .containsEntry("end_date", "2018-09-05").containsEntry("end_reason", "");
        assertThat(row(folder, "social_care.csv", "record_id", "LAC04/2019-01-01/looked_after")).containsEntry("end_date", "");
    }

    @Test
    @DisplayName("episodes that cannot be read are rejected with the reason: a bad DEC, an unknown REC, X1 with nothing after, no DECOM")
    void badEpisodes() {
        assertThat(rejection("DEC", "31/02/2019")).containsEntry("line", "5");
        assertThat(rejection("REC", "E99").get("reason")).contains("staged without its end reason");
        assertThat(rejection("REC", "X1").get("reason")).contains("staged as still open");
        assertThat(rejection("DECOM", "")).containsEntry("line", "8");
    }

    @Test
    @DisplayName("missing (M) episodes are staged; away without authorisation (A) and bad dates are rejected")
    void missing() {
        assertThat(rows(folder, "missing_episodes.csv")).extracting(r -> r.get("record_id") + " " + r.get("end_date"))
                .containsExactly("LAC01/2017-05-03/missing 2017-05-04", "LAC03/2018-07-12/missing ");
        assertThat(rejection("MISSING", "A").get("reason")).isEqualTo("away from placement without authorisation (A) is not a missing episode");
        assertThat(rejection("MIS_START", "15/13/2018")).containsEntry("line", "5");
    }

    @Test
    @DisplayName("a table that is not staged is named once in rejected.csv with the reason")
    void tablesNotStaged() {
        Map<String, String> reviews = row(folder, "rejected.csv", "file", "reviews.csv");
        assertThat(reviews).containsEntry("line", "0");
        assertThat(reviews.get("reason")).startsWith("the SSDA903 reviews table is not staged: ");
    }

    @Test
    @DisplayName("a CSV whose header names no SSDA903 table cannot be read: the file is named and nothing is written")
    void unknownTable() {
        Path out = work.resolve("unknown");
        assertThatThrownBy(() -> ingest(SourceKind.SSDA903, out, null, fixture("ssda903/header.csv"), fixture("ssda903/unknown-table.csv")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("unknown-table.csv:1: its header (Name,Colour) names no table of the SSDA903 return");
        assertThat(out).doesNotExist();
    }

    private static Map<String, String> rejection(String field, String value) {
        return StagedFolderFixture.rejection(folder, field, value);
    }
}
