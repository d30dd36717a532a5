package org.hearth.server.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.engine.HearthException;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.claims.ClaimBatches;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.family.FamilyDecision;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A subject access pack, as a coordinator produces it for the information governance team: a person whose records an
 * outcome's explanation cites, in a family with a claim. The JSON holds every row about them with its provenance, their
 * family's rows, decision (the citing outcome marked), claim and audit trail; the PDF says the same; producing it is
 * audited; an unknown id and a partner organisation's user are refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectAccessTest {
    private static final CurrentUser COORDINATOR = new CurrentUser("cory", "Cory Coordinator", Role.COORDINATOR, null);

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private SubjectAccess subjectAccess;
    private String personId;
    private String familyId;
    private String citingOutcome;

    @BeforeAll
    void aProgrammeWithAClaim() {
        server = ServerFixture.offline(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        subjectAccess = server.getBean(SubjectAccess.class);
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "cory", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 200, 2015), "cory",
                ImportProgress.NONE);
        server.getBean(Users.class).create(new NewUser("cory", "Cory Coordinator", Role.COORDINATOR, null),
                "a long enough password", "admin");
        ClaimBatches batches = server.getBean(ClaimBatches.class);
        familyId = batches.candidates(COORDINATOR).get(0).familyId();
        batches.prepare(COORDINATOR, LocalDate.of(2019, 1, 1), SyntheticAuthority.DATA_END, List.of(familyId));
        FamilyDecision decision = FamilyDecision.parse(jdbc.queryForObject("""
                select e.result::text from current_decision d join family_evaluation e using (run_id, family_id)
                where d.family_id = ?""", String.class, familyId));
        for (FamilyDecision.Problem problem : decision.problems()) {
            for (FamilyDecision.Outcome outcome : problem.outcomes()) {
                for (String cited : outcome.cited() == null ? List.<String>of() : outcome.cited()) {
                    List<String> people = jdbc.queryForList("""
                            select person_id from stored_row where ended_by is null and person_id is not null
                              and fields->>'record_id' = ?""", String.class, cited.substring(cited.indexOf('/') + 1));
                    if (personId == null && !people.isEmpty()) {
                        personId = people.get(0);
                        citingOutcome = outcome.id();
                    }
                }
            }
        }
        assertThat(personId).as("a member of the claimed family whose record an outcome cites").isNotNull();
        server.getBean(CorrectionRequests.class).requestRectification(COORDINATOR, familyId, "people.csv", personId,
                java.util.Map.of("given_name", "Corrected"), "The name is misspelt in the extract");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void holdsEveryRowAboutThePersonWithItsProvenanceTheirFamilyAndWhoSawIt() throws Exception {
        SubjectAccess.Download download = subjectAccess.produce(COORDINATOR, personId);
        Map<String, byte[]> files = unzip(download.zip());
        assertThat(files).containsOnlyKeys("subject-access-" + personId + ".json", "subject-access-" + personId + ".pdf");

        JsonNode pack = new ObjectMapper().readTree(files.get("subject-access-" + personId + ".json"));
        assertThat(pack.get("person_id").asText()).isEqualTo(personId);
        Map<String, Object> born = jdbc.queryForMap("""
                select fields->>'date_of_birth' as born, import_id, line from stored_row
                where ended_by is null and file = 'people.csv' and person_id = ?""", personId);
        JsonNode person = pack.get("person").get(0);
        assertThat(person.get("values").get("date_of_birth").asText()).isEqualTo(born.get("born"));
        assertThat(person.get("import_id").asLong()).isEqualTo(((Number) born.get("import_id")).longValue());
        assertThat(person.get("line").asLong()).as("the line of people.csv it came from")
                .isEqualTo(((Number) born.get("line")).longValue());
        assertThat(pack.get("records")).hasSize(jdbc.queryForObject(
                "select count(*) from stored_row where person_id = ? and file <> 'people.csv'", Integer.class, personId));

        JsonNode family = null;
        for (JsonNode candidate : pack.get("families")) {
            if (candidate.get("family_id").asText().equals(familyId)) {
                family = candidate;
            }
        }
        assertThat(family).as("the claimed family").isNotNull();
        assertThat(family.get("citing").toString()).contains("\"" + citingOutcome + "\"");
        assertThat(family.get("decision").get("problems")).isNotEmpty();
        assertThat(family.get("claims")).hasSize(1);
        assertThat(family.get("corrections")).singleElement().satisfies(request -> {
            assertThat(request.get("reason").asText()).isEqualTo("The name is misspelt in the extract");
            assertThat(request.get("corrections").asText()).contains("Corrected");
        });
        assertThat(family.get("evaluations").asLong()).isPositive();
        assertThat(pack.get("audit").toString()).contains("\"claim prepared\"", "\"subject\":\"" + familyId + "\"");

        try (PDDocument pdf = Loader.loadPDF(files.get("subject-access-" + personId + ".pdf"))) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("a tagged PDF").isTrue();
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Subject access pack: person " + personId, "OFFICIAL-SENSITIVE PERSONAL",
                    "Family " + familyId, "claim prepared", "date_of_birth: " + born.get("born"));
        }
        assertThat(jdbc.queryForMap("select username, action, subject from audit_entry order by id desc limit 1"))
                .isEqualTo(Map.of("username", "cory", "action", "subject access pack", "subject", personId));
    }

    @Test
    void anUnknownIdAndAPartnerOrganisationsUserAreRefused() {
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        assertThatThrownBy(() -> subjectAccess.produce(COORDINATOR, "P-NO-SUCH")).isInstanceOf(HearthException.class)
                .hasMessage("Hearth holds no one with the id P-NO-SUCH: give the person's id as their family's page lists "
                        + "its members");
        assertThatThrownBy(() -> subjectAccess.produce(new CurrentUser("pat", "Pat", Role.COORDINATOR, null,
                "Family Focus Team"), personId)).isInstanceOf(HearthException.class)
                .hasMessageContaining("a partner organisation's user cannot produce a pack");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(entries);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }
}
