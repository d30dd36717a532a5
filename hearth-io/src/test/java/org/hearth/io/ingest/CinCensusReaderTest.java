package org.hearth.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.io.ingest.StagedFolderFixture.fixture;
import static org.hearth.io.ingest.StagedFolderFixture.ingest;
import static org.hearth.io.ingest.StagedFolderFixture.row;
import static org.hearth.io.ingest.StagedFolderFixture.rows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CIN census reader on returns written for the tests from the DfE's specification (docs/data-in.md). */
class CinCensusReaderTest {
    private static final String PROVIDER = "CIN census: LA 999";

    @TempDir
    static Path work;

    static Path folder;
    static IngestSummary summary;

    @BeforeAll
    static void ingestThe2019Return() {
        folder = work.resolve("cin-2019");
        summary = ingest(SourceKind.CIN_CENSUS, folder, null, fixture("cin-census-2019.xml"));
    }

    @Test
    @DisplayName("each child with an LAchildID is a person, with the header's LA as provider and the checked identifiers")
    void persons() {
        assertThat(rows(folder, "persons.csv")).extracting(r -> r.get("source_person_id")).containsExactly("CH001", "CH002", "CH004");
        Map<String, String> child = row(folder, "persons.csv", "source_person_id", "CH001");
        assertThat(child).containsEntry("provider", PROVIDER).containsEntry("local_child_id", "CH001")
                .containsEntry("upn", "R201234515001").containsEntry("former_upn", "")
                .containsEntry("date_of_birth", "2008-05-14").containsEntry("sex", "male").containsEntry("household_ref", "CH001");
        assertThat(row(folder, "persons.csv", "source_person_id", "CH002")).containsEntry("date_of_birth", "").containsEntry("sex", "female");
        assertThat(row(folder, "persons.csv", "source_person_id", "CH004")).containsEntry("sex", "other");
    }

    @Test
    @DisplayName("a FormerUPN with the wrong check letter is dropped, the person staged without it, and the reason given")
    void badCheckLetterDropped() {
        assertThat(rejection("FormerUPN")).containsEntry("line", "24").containsEntry("value", "F201234515003")
                .containsEntry("provider", PROVIDER);
        assertThat(rejection("FormerUPN").get("reason")).contains("the check letter is wrong: the digits give V, not F");
    }

    @Test
    @DisplayName("every referral is staged, with the primary need as its family problem (N1 children need help, N7 work and money)")
    void referrals() {
        assertThat(rows(folder, "referrals.csv")).hasSize(5).allSatisfy(r -> assertThat(r)
                .containsEntry("referred_to", "childrens_social_care").containsEntry("source", PROVIDER));
        assertThat(row(folder, "referrals.csv", "record_id", "CH001/2018-06-04/referral"))
                .containsEntry("person_id", "CH001").containsEntry("date", "2018-06-04").containsEntry("reason", "children_need_help");
        assertThat(row(folder, "referrals.csv", "record_id", "CH001/2019-03-10/referral")).containsEntry("reason", "");
        assertThat(row(folder, "referrals.csv", "record_id", "CH002/2018-09-01/referral")).containsEntry("reason", "work_and_money");
    }

    @Test
    @DisplayName("an episode of need is a child in need spell from referral to closure; a referral with no further action has none")
    void episodes() {
        assertThat(row(folder, "social_care.csv", "record_id", "CH001/2018-06-04/child_in_need"))
                .containsEntry("episode_type", "child_in_need").containsEntry("start_date", "2018-06-04")
                .containsEntry("end_date", "2019-02-28").containsEntry("end_reason", "closed");
        assertThat(row(folder, "social_care.csv", "record_id", "CH004/2018-10-01/child_in_need"))
                .containsEntry("end_date", "").containsEntry("end_reason", "");
        assertThat(rows(folder, "social_care.csv")).extracting(r -> r.get("record_id"))
                .noneMatch(id -> id.startsWith("CH002/"))
                .noneMatch(id -> id.equals("CH001/2019-03-10/child_in_need"));
    }

    @Test
    @DisplayName("assessments, section 47 enquiries and child protection plans are spells of their own")
    void statutorySpells() {
        assertThat(row(folder, "social_care.csv", "record_id", "CH001/2018-06-04/assessment/2018-06-05"))
                .containsEntry("episode_type", "single_assessment").containsEntry("end_date", "2018-07-10");
        assertThat(row(folder, "social_care.csv", "record_id", "CH001/2018-06-04/section_47/2018-06-06"))
                .containsEntry("episode_type", "section_47_enquiry").containsEntry("end_date", "2018-06-25").containsEntry("end_reason", "");
        assertThat(row(folder, "social_care.csv", "record_id", "CH001/2018-06-04/child_protection_plan/2018-06-25"))
                .containsEntry("end_date", "2019-01-15").containsEntry("end_reason", "stepped_down");
        assertThat(row(folder, "social_care.csv", "record_id", "CH004/2018-10-01/section_47/2018-10-03"))
                .as("no conference was needed: it ends by its target day, with no further action")
                .containsEntry("end_date", "2018-10-24").containsEntry("end_reason", "no_further_action");
        assertThat(rows(folder, "social_care.csv")).hasSize(7);
    }

    @Test
    @DisplayName("factors: domestic abuse 3A a child at risk, alcohol 1A the child's need, 4B the household's concern, 24A and 13A crime")
    void factors() {
        String assessment = "CH001/2018-06-04/assessment/2018-06-05/factor/";
        assertThat(row(folder, "domestic_abuse.csv", "record_id", assessment + "3A")).containsEntry("person_id", "CH001")
                .containsEntry("family_id", "CH001").containsEntry("date", "2018-07-10").containsEntry("role", "at_risk")
                .containsEntry("category", "domestic_abuse").containsEntry("recorded_by", "worker");
        assertThat(row(folder, "health_needs.csv", "record_id", assessment + "1A")).containsEntry("need", "alcohol_misuse")
                .containsEntry("start_date", "2018-07-10").containsEntry("end_date", "2019-02-28");
        assertThat(row(folder, "concerns.csv", "record_id", assessment + "4B")).containsEntry("person_id", "")
                .containsEntry("family_id", "CH001").containsEntry("theme", "health");
        assertThat(row(folder, "concerns.csv", "record_id", assessment + "24A")).containsEntry("person_id", "CH001")
                .containsEntry("theme", "crime_asb");
        assertThat(row(folder, "concerns.csv", "record_id", assessment + "13A")).containsEntry("theme", "crime_asb");
        assertThat(row(folder, "concerns.csv", "record_id", assessment + "11A")).containsEntry("theme", "children_need_help");
        assertThat(rows(folder, "concerns.csv")).hasSize(4);
    }

    @Test
    @DisplayName("rejected.csv says why each value or group was not staged, with its line; nothing is dropped silently")
    void rejections() {
        assertThat(summary.rejected()).isEqualTo(7);
        assertThat(rejection("AssessmentFactors", "99Z")).containsEntry("line", "51");
        assertThat(rejection("AssessmentFactors", "99Z").get("reason")).contains("is not a factor code of the CIN census");
        assertThat(rejection("PersonBirthDate")).containsEntry("line", "83").containsEntry("value", "2015-02-29");
        assertThat(rejection("ReferralNFA")).containsEntry("line", "97").containsEntry("value", "yes");
        assertThat(rejection("ReferralNFA").get("reason")).contains("true, false, 1 or 0");
        assertThat(rejection("LAchildID")).containsEntry("line", "100");
        assertThat(rejection("AssessmentFactors", "4A").get("reason")).contains("no AssessmentAuthorisationDate");
        assertThat(rejection("CPPstartDate")).containsEntry("line", "129");
    }

    @Test
    @DisplayName("a 2025 return's Sex wins over GenderCurrent, with the difference reported; U is unknown; X and an unknown category of abuse are rejected")
    void sexAndGenderCurrent() {
        Path newer = work.resolve("cin-2025");
        ingest(SourceKind.CIN_CENSUS, newer, null, fixture("cin-census-2025.xml"));
        assertThat(row(newer, "persons.csv", "source_person_id", "CH010")).containsEntry("sex", "female");
        assertThat(row(newer, "persons.csv", "source_person_id", "CH011")).containsEntry("sex", "unknown");
        assertThat(row(newer, "persons.csv", "source_person_id", "CH012")).containsEntry("sex", "");
        List<Map<String, String>> rejected = rows(newer, "rejected.csv");
        assertThat(rejected).extracting(r -> r.get("field") + "@" + r.get("line"))
                .containsExactly("GenderCurrent@13", "LatestCategoryOfAbuse@23", "Sex@37");
        assertThat(rejected.get(0).get("reason")).isEqualTo("GenderCurrent says male and Sex says female; Sex, the newer, is staged");
        assertThat(rejected.get(1).get("reason")).isEqualTo("'ABC' is not a LatestCategoryOfAbuse code (EMO, MUL, NEG, PHY, SAB)");
        assertThat(row(newer, "social_care.csv", "record_id", "CH010/2024-05-01/child_protection_plan/2024-06-01"))
                .as("the plan is staged; its category has no column").containsEntry("end_date", "");
    }

    @Test
    @DisplayName("a file with a DTD (an XXE attempt) is refused with a clear error and nothing is written")
    void xxeRefused() {
        Path out = work.resolve("xxe");
        assertThatThrownBy(() -> ingest(SourceKind.CIN_CENSUS, out, null, fixture("cin-census-xxe.xml")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("cin-census-xxe.xml:2: declares a DTD");
        assertThat(out).doesNotExist();
        assertThat(work.toFile().list()).noneMatch(name -> name.contains("ingesting"));
    }

    @Test
    @DisplayName("XML that is not well-formed is unreadable: the file and line are named and nothing is written")
    void malformed() {
        Path out = work.resolve("malformed");
        assertThatThrownBy(() -> ingest(SourceKind.CIN_CENSUS, out, null, fixture("cin-census-malformed.xml")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("cin-census-malformed.xml:6: is not well-formed XML");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("XML's own escapes are read as the characters they stand for; a control character in an id stages no person")
    void escapes() throws Exception {
        Path file = work.resolve("escapes.xml");
        Files.writeString(file, "<Message><Children><Child><ChildIdentifiers><LAchildID>CH&amp;30</LAchildID></ChildIdentifiers>"
                + "</Child><Child><ChildIdentifiers><LAchildID>CH&#x202E;31</LAchildID></ChildIdentifiers></Child></Children></Message>");
        Path out = work.resolve("escapes");
        ingest(SourceKind.CIN_CENSUS, out, null, file);
        assertThat(rows(out, "persons.csv")).extracting(r -> r.get("source_person_id")).containsExactly("CH&30");
        assertThat(rows(out, "rejected.csv")).extracting(r -> r.get("value") + ": " + r.get("reason"))
                .containsExactly("CH\\u202E31: the person is not staged, as their id cannot be: it holds the invisible character"
                        + " \\u202E, which no value may");
    }

    @Test
    @DisplayName("a file declared UTF-8 that is not (a Latin-1 name) is unreadable, naming the file and line")
    void wrongEncoding() throws Exception {
        Path file = work.resolve("latin1.xml");
        Files.write(file, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Children><Child><ChildIdentifiers>\n"
                + "<LAchildID>Jos\u00e9</LAchildID></ChildIdentifiers></Child></Children></Message>\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> ingest(SourceKind.CIN_CENSUS, work.resolve("latin1"), null, file))
                .isInstanceOf(UnreadableSourceException.class).hasMessageStartingWith("latin1.xml:3: is not well-formed XML");
        assertThat(work.resolve("latin1")).doesNotExist();
    }

    @Test
    @DisplayName("an XML file that is not a CIN census message is refused")
    void notACensus() throws Exception {
        Path other = work.resolve("other.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?>\n<SchoolCensus><Pupil/></SchoolCensus>\n");
        assertThatThrownBy(() -> ingest(SourceKind.CIN_CENSUS, work.resolve("other"), null, other))
                .hasMessage("other.xml:2: is not a CIN census return: its root element is <SchoolCensus>, not <Message>");
    }

    private static Map<String, String> rejection(String field) {
        return row(folder, "rejected.csv", "field", field);
    }

    private static Map<String, String> rejection(String field, String value) {
        return StagedFolderFixture.rejection(folder, field, value);
    }
}
