package org.hearth.io.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.io.ingest.StagedFolderFixture.fixture;
import static org.hearth.io.ingest.StagedFolderFixture.ingest;
import static org.hearth.io.ingest.StagedFolderFixture.row;
import static org.hearth.io.ingest.StagedFolderFixture.rows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agency extracts read through the example mapping files (the same files docs/data-in.md shows). */
class AgencyExtractReaderTest {
    @TempDir
    Path work;

    private Path ingestAgency(String name) {
        Path out = work.resolve(name);
        ingest(SourceKind.AGENCY, out, fixture("agency/" + name + ".yaml"), fixture("agency/" + name + ".csv"));
        return out;
    }

    @Test
    @DisplayName("police offences: the force's codes made canonical, dates read day first, each bad row rejected with its reason")
    void policeOffences() {
        Path out = ingestAgency("police-offences");
        assertThat(row(out, "offences.csv", "record_id", "OF-001")).containsEntry("person_id", "P100")
                .containsEntry("date", "2018-11-02").containsEntry("disposal", "youth_caution").containsEntry("gravity", "3")
                .containsEntry("source", "Southshire Police offences extract");
        assertThat(rows(out, "offences.csv")).hasSize(1);
        assertThat(row(out, "persons.csv", "source_person_id", "P100")).containsEntry("given_name", "Alex")
                .containsEntry("family_name", "Testperson").containsEntry("date_of_birth", "2008-05-14").containsEntry("sex", "male")
                .containsEntry("household_ref", "A1").containsEntry("provider", "Southshire Police offences extract");
        assertThat(rejection(out, "OffenceDate").get("reason")).isEqualTo("'31/11/2018' is not a date in the mapping's date_format"
                + " dd/MM/yyyy: the row is not staged");
        assertThat(rejection(out, "Outcome").get("reason")).startsWith("offences.csv disposal: 'ARR' is not one of");
        assertThat(rejection(out, "PersonRef")).containsEntry("line", "5");
        assertThat(rejection(out, "Gravity")).containsEntry("value", "9");
        assertThat(rejection(out, "Gravity").get("reason")).isEqualTo("offences.csv gravity: gravity must be from 1 to 8, not 9");
    }

    @Test
    @DisplayName("police call-outs: the household from the address reference; Y and N mapped to flags; no household, no row")
    void policeCallouts() {
        Path out = ingestAgency("police-callouts");
        assertThat(row(out, "police_callouts.csv", "record_id", "CO-1")).containsEntry("family_id", "A1")
                .containsEntry("person_id", "P101").containsEntry("domestic", "true");
        assertThat(row(out, "police_callouts.csv", "record_id", "CO-2")).containsEntry("domestic", "false");
        assertThat(rows(out, "rejected.csv")).extracting(r -> r.get("field")).containsExactlyInAnyOrder("AddressRef", "DomesticIncident");
        assertThat(row(out, "persons.csv", "source_person_id", "P101")).containsEntry("uprn", "100012345678");
    }

    @Test
    @DisplayName("ASB incidents: one row, its person and household")
    void asbIncidents() {
        Path out = ingestAgency("asb-incidents");
        assertThat(row(out, "asb_incidents.csv", "record_id", "ASB-1")).containsEntry("person_id", "S1").containsEntry("family_id", "PR-1")
                .containsEntry("date", "2018-10-20");
        assertThat(row(out, "persons.csv", "source_person_id", "S1")).containsEntry("address", "1 Example Street");
    }

    @Test
    @DisplayName("housing arrears: pounds with a sign and thousands separators, a fixed debt type, the tenant staged once")
    void housingArrears() {
        Path out = ingestAgency("housing-arrears");
        assertThat(rows(out, "finances.csv")).extracting(r -> r.get("date") + " " + r.get("balance_gbp") + " " + r.get("sanction")
                + " " + r.get("debt") + " " + r.get("family_id"))
                .containsExactly("2018-12-31 1234.50 notice_seeking_possession rent_arrears TEN-1", "2019-03-31 480.00 warning rent_arrears TEN-1");
        assertThat(rows(out, "persons.csv")).hasSize(1);
        assertThat(row(out, "persons.csv", "source_person_id", "T1")).containsEntry("ni_number", "JG103759A");
        assertThat(rows(out, "rejected.csv")).isEmpty();
    }

    @Test
    @DisplayName("DWP benefits: claims by National Insurance number; a claim ending before it starts is rejected")
    void dwpBenefits() {
        Path out = ingestAgency("dwp-benefits");
        assertThat(row(out, "benefits.csv", "record_id", "C-1")).containsEntry("benefit", "jobseekers_allowance")
                .containsEntry("claim_type", "single").containsEntry("end_date", "2018-09-30");
        assertThat(row(out, "benefits.csv", "record_id", "C-2")).containsEntry("benefit", "universal_credit")
                .containsEntry("work_related_conditions", "true");
        assertThat(rejection(out, "ClaimEnd").get("reason")).contains("end_date 2018-11-01 is before start_date 2018-12-01");
    }

    @Test
    @DisplayName("DWP employment: a National Insurance number of a prefix never issued is dropped, the spell still staged")
    void dwpEmployment() {
        Path out = ingestAgency("dwp-employment");
        assertThat(rows(out, "employment.csv")).extracting(r -> r.get("person_id") + " " + r.get("type"))
                .containsExactly("JG103759A employed", "DQ123456C employed");
        assertThat(row(out, "persons.csv", "source_person_id", "DQ123456C")).containsEntry("ni_number", "");
        assertThat(rejection(out, "NINO").get("reason")).contains("'DQ' is not a prefix HMRC issues");
    }

    @Test
    @DisplayName("health events: an NHS number written with spaces is staged as its 10 digits; a wrong check digit is dropped")
    void healthEvents() {
        Path out = ingestAgency("health-events");
        assertThat(row(out, "persons.csv", "source_person_id", "943 476 5919")).containsEntry("nhs_number", "9434765919");
        assertThat(row(out, "persons.csv", "source_person_id", "9434765918")).containsEntry("nhs_number", "");
        assertThat(rejection(out, "NHSNumber").get("reason")).contains("the check digit is wrong: the first nine digits give 9, not 8");
        assertThat(rows(out, "health_events.csv")).extracting(r -> r.get("type")).containsExactly("ae_attendance", "hospital_admission");
    }

    @Test
    @DisplayName("a mapping with mistakes is refused with every mistake and its line, before any row is read")
    void badMapping() {
        Path out = work.resolve("bad");
        assertThatThrownBy(() -> ingest(SourceKind.AGENCY, out, fixture("agency/bad-mapping.yaml"), fixture("agency/police-offences.csv")))
                .isInstanceOf(HearthException.class)
                .hasMessageContaining("The mapping file bad-mapping.yaml has 4 mistakes:")
                .hasMessageContaining("bad-mapping.yaml:2: record: 'burglaries' is not a record kind of the canonical format")
                .hasMessageContaining("bad-mapping.yaml:5: person: 'colour' is not a column of persons.csv")
                .hasMessageContaining("bad-mapping.yaml:8: unknown key 'extra'")
                .hasMessageContaining("person: source_person_id, the extract's column for the person's id in the extract, is required");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("a mapping that leaves a required column of its kind ungiven is refused, naming it")
    void requiredColumn() throws Exception {
        Path mapping = work.resolve("offences.yaml");
        Files.writeString(mapping, "provider: P\nrecord: offences\nperson:\n  source_person_id: PersonRef\ncolumns:\n  date: OffenceDate\n");
        assertThatThrownBy(() -> ingest(SourceKind.AGENCY, work.resolve("x"), mapping, fixture("agency/police-offences.csv")))
                .hasMessageContaining("offences.yaml:1: offences.csv requires disposal: give the extract's column under columns,"
                        + " or a fixed value under values");
    }

    @Test
    @DisplayName("an extract without a column its mapping names cannot be read")
    void missingColumn() {
        assertThatThrownBy(() -> ingest(SourceKind.AGENCY, work.resolve("y"), fixture("agency/police-offences.yaml"),
                fixture("agency/asb-incidents.csv")))
                .isInstanceOf(UnreadableSourceException.class)
                .hasMessageStartingWith("asb-incidents.csv:1: the mapping names columns the file's header does not have: PersonRef");
    }

    private static Map<String, String> rejection(Path out, String field) {
        return row(out, "rejected.csv", "field", field);
    }
}
