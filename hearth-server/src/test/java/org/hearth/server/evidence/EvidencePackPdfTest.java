package org.hearth.server.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.casework.Answers;
import org.hearth.server.casework.NewAnswer;
import org.hearth.server.casework.SignOff;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Allocations;
import org.hearth.server.security.Browser;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Staff;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The evidence pack as a checker gets it, over HTTP, read back with PDFBox: a generated authority of 120 families
 * evaluated under Southwark's plan, one family (identified with problem 6, health) held by the key worker, whose
 * answer to Southwark's question 6.5 the manager has signed off, so that the outcome cites it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidencePackPdfTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** As typed, with a control character XML cannot hold, which the pack shows as a space. */
    private static final String EVIDENCE = "Attended the dentist and the GP with both children\u0007(letters seen)";

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Staff staff;
    /** The key worker's family: problem 6 identified, and an outcome citing a record other than an answer. */
    private String family;
    private long answerId;

    @BeforeAll
    void start() {
        server = ServerFixture.serving(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        staff = Staff.ofEachRole(server);
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "coordinator", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 120, 12), "coordinator",
                ImportProgress.NONE);
        family = jdbc.queryForList("""
                select c.family_id from current_decision c
                join family_evaluation e on e.run_id = c.run_id and e.family_id = c.family_id
                where c.identified @> array['6'] and e.result::text like '%"cited"%'
                order by c.family_id limit 1""", String.class).get(0);
        server.getBean(Allocations.class).allocate(family, "key_worker", staff.team(), "coordinator");
        answerId = server.getBean(Answers.class).record(new CurrentUser("key_worker", "A key worker", Role.KEY_WORKER, staff.team()),
                new NewAnswer(family, null, "6.5", true, EVIDENCE, SyntheticAuthority.DATA_END.minusDays(10)));
        server.getBean(SignOff.class).signOff(new CurrentUser("manager", "A manager", Role.MANAGER, staff.team()), answerId);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aFamilysPackShowsWhatItsDecisionsStandOnEachOutcomeAndTheEvidenceItCites() throws IOException {
        HttpResponse<byte[]> response = staff.signedIn(Role.AUDITOR).download("/families/" + family + "/evidence.pdf");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains("evidence-pack-" + family + ".pdf");
        List<String> pages = pages(response.body());
        String text = String.join(" ", pages);
        Map<String, Object> run = jdbc.queryForMap("""
                select r.id, r.data_import_id, p.plan_id, p.version, p.file_sha256 from current_decision c
                join evaluation_run r on r.id = c.run_id join plan_version p on p.id = r.plan_version_id
                where c.family_id = ?""", family);
        assertThat(text).contains("Evidence pack: family " + family, run.get("plan_id") + " version " + run.get("version"),
                (String) run.get("file_sha256"), "31 March 2019", "Run " + run.get("id"),
                "on the data of import " + run.get("data_import_id"));
        JsonNode decision = JSON.readTree(jdbc.queryForObject("""
                select e.result::text from current_decision c
                join family_evaluation e on e.run_id = c.run_id and e.family_id = c.family_id where c.family_id = ?""",
                String.class, family));
        for (JsonNode problem : decision.get("problems")) {
            if (problem.get("identified").asBoolean()) {
                assertThat(text).contains("Problem " + problem.get("id").asText() + ":");
                for (JsonNode outcome : problem.get("outcomes")) {
                    assertThat(text).contains("Outcome " + outcome.get("id").asText() + ": "
                            + outcome.get("status").asText().replace('_', ' '));
                }
            }
        }
        assertThat(text).as("a record an outcome cites, with where it came from").contains(citedRecordWithItsProvenance(decision));
        assertThat(text).as("the signed-off answer outcome 6.5 used")
                .contains("Outcome 6.5: met", "Question 6.5:", "Answer: yes", "Evidence: Attended the dentist and the GP with both children (letters seen)",
                        "Answered by key_worker, assessed on " + SyntheticAuthority.DATA_END.minusDays(10),
                        "Signed off by manager on " + SyntheticAuthority.DATA_END, "Record HEARTH-WA-" + answerId);
        assertThat(jdbc.queryForList("select action || ': ' || detail from audit_entry where username = 'auditor' and subject = ?",
                String.class, family)).contains("evidence pack produced: evaluation run " + run.get("id"));
    }

    @Test
    void everyPageIsMarkedAndSaysWhoProducedItAndWhichPageOfHowManyItIs() throws IOException {
        List<String> pages = pages(staff.signedIn(Role.COORDINATOR).download("/families/" + family + "/evidence.pdf").body());

        assertThat(pages).hasSizeGreaterThan(1);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).as("page " + page).contains("OFFICIAL-SENSITIVE PERSONAL",
                    "Produced by A coordinator (coordinator) on", "Page " + page + " of " + pages.size());
        }
    }

    @Test
    void thePackLeavesOutTheMembersNumbersAndGivesTheirAges() throws IOException {
        String text = String.join(" ", pages(staff.signedIn(Role.AUDITOR).download("/families/" + family + "/evidence.pdf").body()));

        List<Map<String, Object>> members = jdbc.queryForList("""
                select p.row_key, m.fields->>'role' as role, m.fields->>'start_date' as start_date,
                       coalesce(nullif(m.fields->>'end_date', ''), 'now') as end_date,
                       p.fields->>'date_of_birth' as born, nullif(p.fields->>'nhs_number', '') as nhs,
                       nullif(p.fields->>'ni_number', '') as ni, nullif(p.fields->>'upn', '') as upn
                from stored_row m join stored_row p on p.file = 'people.csv' and p.row_key = m.person_id and p.ended_by is null
                where m.file = 'memberships.csv' and m.family_id = ? and m.ended_by is null""", family);
        assertThat(members).isNotEmpty();
        for (Map<String, Object> member : members) {
            int age = Period.between(LocalDate.parse((String) member.get("born")), SyntheticAuthority.DATA_END).getYears();
            assertThat(text).as("the members' table row").contains(member.get("row_key") + " " + member.get("role") + " "
                    + member.get("start_date") + " " + member.get("end_date") + " " + age);
            for (String number : new String[] {"nhs", "ni", "upn"}) {
                if (member.get(number) != null) {
                    assertThat(text).as(number + " of " + member.get("row_key")).doesNotContain((String) member.get(number));
                }
            }
            assertThat(text).as("a date of birth is not needed: the age is").doesNotContain((String) member.get("born"));
        }
    }

    @Test
    void thePackIsATaggedPdfInEnglishWithItsTitleAndItsFontEmbedded() throws IOException {
        byte[] pdf = staff.signedIn(Role.AUDITOR).download("/families/" + family + "/evidence.pdf").body();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Evidence pack: family " + family);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.getName()).as("every font embedded, and Arial's measures").contains("LiberationSans");
                    assertThat(font.isEmbedded()).isTrue();
                }
            }
        }
    }

    @Test
    void aSampleOfThreeFamiliesHasACoverListingThemAndEachFamilyFromANewPage() throws IOException {
        List<String> others = jdbc.queryForList("select family_id from current_decision where family_id <> ? order by family_id"
                + " limit 2", String.class, family);
        List<String> sample = List.of(family, others.get(0), others.get(1));
        Browser coordinator = staff.signedIn(Role.COORDINATOR);

        HttpResponse<String> listed = coordinator.get("/evidence?families=" + family + "%2C+" + others.get(0) + "%0A"
                + others.get(1) + "+" + family);
        String location = listed.headers().firstValue("Location").orElseThrow();
        HttpResponse<byte[]> response = coordinator.download(location.replaceFirst("^https?://[^/]+", ""));

        assertThat(listed.statusCode()).isEqualTo(302);
        assertThat(location).as("each family once, in the order listed").endsWith("/evidence/sample.pdf?families="
                + String.join(",", sample));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> pages = pages(response.body());
        assertThat(pages.get(0)).contains("Evidence packs: a sample of 3 families", sample.get(0), sample.get(1), sample.get(2))
                .doesNotContain("Evidence pack: family");
        List<Integer> starts = new ArrayList<>();
        for (String familyId : sample) {
            List<Integer> withHeading = IntStream.range(0, pages.size())
                    .filter(page -> pages.get(page).contains("Evidence pack: family " + familyId)).boxed().toList();
            assertThat(withHeading).as(familyId + "'s section").hasSize(1);
            assertThat(pages.get(withHeading.get(0)).strip()).as("a section begins its page")
                    .startsWith("OFFICIAL-SENSITIVE PERSONAL Evidence pack: family " + familyId);
            starts.add(withHeading.get(0));
        }
        assertThat(starts).as("in the order listed, each after the cover").isSorted().doesNotContain(0);
        assertThat(pages.get(0)).contains("page " + (starts.get(0) + 1), "page " + (starts.get(1) + 1),
                "page " + (starts.get(2) + 1));
        try (PDDocument document = Loader.loadPDF(response.body())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("The families in the sample", "Family " + sample.get(0),
                    "Family " + sample.get(1), "Family " + sample.get(2));
        }
        assertThat(jdbc.queryForList("""
                select subject from audit_entry where username = 'coordinator' and action = 'evidence pack produced'
                and detail like '%in a sample of 3' order by id""", String.class)).containsExactlyElementsOf(sample);
    }

    @Test
    void aKeyWorkerHasThePackOfTheirFamilyAloneAndAnAdministratorNone() {
        Browser keyWorker = staff.signedIn(Role.KEY_WORKER);
        String another = family.equals("F000001") ? "F000002" : "F000001";

        assertThat(keyWorker.download("/families/" + family + "/evidence.pdf").statusCode()).isEqualTo(200);
        assertThat(keyWorker.download("/families/" + another + "/evidence.pdf").statusCode())
                .as("answered as no family is").isEqualTo(404)
                .isEqualTo(keyWorker.download("/families/NO-SUCH-FAMILY/evidence.pdf").statusCode());
        assertThat(keyWorker.download("/evidence/sample.pdf?families=" + family + "," + another).statusCode()).isEqualTo(404);
        assertThat(keyWorker.get("/evidence?families=" + family + "+" + another).body())
                .contains("There is a problem", "No evaluated family you can see has the id " + another);
        assertThat(jdbc.queryForList("select action from audit_entry where username = 'key_worker' and subject = ?",
                String.class, another)).containsOnly("evidence pack refused").hasSize(3);
        assertThat(staff.signedIn(Role.ADMINISTRATOR).download("/families/" + family + "/evidence.pdf").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aSampleMustListBetweenOneAndFiftyFamilies() {
        Browser auditor = staff.signedIn(Role.AUDITOR);
        String fiftyOne = IntStream.rangeClosed(1, 51).mapToObj(n -> String.format("F%06d", n)).collect(Collectors.joining(","));

        assertThat(auditor.get("/evidence?families=+%2C+").body()).contains("There is a problem",
                "Enter the ids of the families in the sample");
        assertThat(auditor.get("/evidence?families=" + fiftyOne).body()).contains("There is a problem",
                "A sample holds at most 50 families: the list has 51");
        assertThat(auditor.get("/evidence?families=" + fiftyOne.substring(0, fiftyOne.lastIndexOf(','))).statusCode())
                .as("fifty is a sample").isEqualTo(302);
        assertThat(auditor.download("/evidence/sample.pdf?families=").statusCode()).isEqualTo(400);
        assertThat(auditor.download("/evidence/sample.pdf?families=" + fiftyOne).statusCode()).isEqualTo(400);
    }

    @Test
    void theFamilyPageLinksToItsPack() {
        assertThat(staff.signedIn(Role.MANAGER).get("/families/" + family).body())
                .contains("href=\"/families/" + family + "/evidence.pdf\"");
        assertThat(staff.signedIn(Role.ADMINISTRATOR).get("/families/" + family).body()).doesNotContain("evidence.pdf");
    }

    /** The first record an outcome of the decision cites, other than an answer: its id, and where it came from. */
    private String[] citedRecordWithItsProvenance(JsonNode decision) {
        for (JsonNode problem : decision.get("problems")) {
            for (JsonNode outcome : problem.get("outcomes")) {
                for (JsonNode cited : outcome.path("cited")) {
                    String[] kindAndId = cited.asText().split("/", 2);
                    if (problem.get("identified").asBoolean() && !kindAndId[0].equals("worker_assessments")) {
                        Map<String, Object> row = jdbc.queryForMap("""
                                select source, import_id, line from stored_row
                                where file = ? and row_key = ? and ended_by is null""", kindAndId[0] + ".csv", kindAndId[1]);
                        return new String[] {kindAndId[0] + ".csv record " + kindAndId[1],
                                "From " + row.get("source") + "; import " + row.get("import_id") + ", line " + row.get("line")};
                    }
                }
            }
        }
        throw new AssertionError("no outcome of an identified problem cites a record");
    }

    /** The text of each page, its runs of white space (line ends among them) made single spaces. */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as a person reads it: the marking at the top, the footer last
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }
}
