package org.hearth.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.HearthServer;
import org.hearth.server.ServerFixture;
import org.hearth.server.claims.ClaimRegister;
import org.hearth.server.demo.DemoProgramme;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server's people at work in real headless Chromium, on the demo's programme (Southwark's plan): a key worker
 * signs in, opens an allocated family's answers and records an answer with its evidence; the manager signs it off
 * from their queue; an auditor lists a sample of families for their evidence packs; a coordinator reads the
 * early-help pathway and compares a draft plan with the plan in force; a coordinator and a manager read the
 * reports; a coordinator prepares a batch of claims and the internal auditor accepts one and rejects another with a
 * reason; a coordinator records a member leaving a family. Every page visited is checked by axe-core (no serious or
 * critical violation) and kept as a screenshot under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private Map<String, DemoProgramme.DemoUser> users;
    private String base;
    private WebDriver browser;

    @BeforeAll
    void startTheDemoProgramme() throws IOException {
        Chromium.assumeInstalled();
        server = HearthServer.start("--HEARTH_DATA_DIR=" + temp.resolve("hearth"), "--server.port=0",
                "--HEARTH_EMBEDDED_FSYNC=off", "--HEARTH_REVIEW_DATE=" + SyntheticAuthority.DATA_END);
        users = DemoProgramme.setUp(server, ServerFixture.authority(temp.resolve("data"), 200, 2015)).stream()
                .collect(Collectors.toMap(DemoProgramme.DemoUser::username, Function.identity()));
        base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aKeyWorkerRecordsAnAnswerAndTheirManagerSignsItOff() {
        String family = server.getBean(JdbcTemplate.class).queryForObject("""
                select c.family_id from current_decision c join family_allocation a on a.family_id = c.family_id
                where a.ended_at is null and a.key_worker = 'worker1.north' and c.identified @> array['6']
                order by c.family_id limit 1""", String.class);

        signIn("worker1.north");
        open("/families/" + family, "family-before");
        assertThat(outcomeRow("6.5")).contains("not met", "Waits for a key worker's signed-off answer");
        open("/families/" + family + "/answers", "answers-form");
        browser.findElement(By.cssSelector("#question option[value='6.5']")).click();
        browser.findElement(By.id("answer")).click();
        browser.findElement(By.id("evidence")).sendKeys("Attended the dentist and the GP with both children (letters seen)");
        typeDate("assessedOn", "20", "3", "2019");
        browser.findElement(By.cssSelector("form[action$='/answers'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("recorded="));
        assertAccessible("answer-recorded");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Answer recorded", "awaiting sign off", "Attended the dentist");
        signOut();

        signIn("manager.north");
        open("/sign-offs", "sign-off-queue");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Family " + family + ", question 6.5");
        browser.findElement(By.xpath("//button[starts-with(normalize-space(), 'Sign off answer')]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "signed off"));
        assertAccessible("signed-off");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("signed off");
        open("/families/" + family + "/answers", "answers-signed-off");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("signed off", "by manager.north");
        open("/families/" + family, "family-after");
        assertThat(outcomeRow("6.5")).as("the outcome's status on the family page").contains("met").doesNotContain("not met");
    }

    @Test
    void aCoordinatorUploadsAnExtractAndSeesTheWorklist() throws IOException {
        Path extract = ServerFixture.authority(temp.resolve("extract"), 200, 2015);
        List<String> files;
        try (var listed = Files.list(extract)) {
            files = listed.map(path -> path.toAbsolutePath().toString()).sorted().toList();
        }
        signIn("coordinator");
        open("/", "overview");
        open("/families", "families");
        open("/imports", "imports");
        browser.findElement(By.id("files")).sendKeys(String.join("\n", files));
        browser.findElement(By.cssSelector("form[action$='/imports'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.urlMatches(".*/imports/\\d+.*"));
        assertAccessible("import-report");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("people.csv", "Unchanged");
        open("/worklist", "worklist");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Families closest to a claim", "Outcomes closest to being met");
        assertThat(browser.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
        open("/screening", "screening");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Families to engage", "families to engage");
        open("/plans", "plans");
    }

    @Test
    void anAuditorListsASampleForItsEvidencePacksAndIsToldOfAFamilyWithNone() {
        signIn("auditor");
        open("/evidence", "evidence-packs");
        browser.findElement(By.id("families")).sendKeys("F000001, NO-SUCH-FAMILY");
        browser.findElement(By.cssSelector("form[action$='/evidence'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.className("govuk-error-summary")));
        assertAccessible("evidence-packs-error");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("There is a problem", "No evaluated family you can see has the id NO-SUCH-FAMILY");
        assertThat(browser.findElement(By.id("families")).getAttribute("value")).isEqualTo("F000001, NO-SUCH-FAMILY");
    }

    @Test
    void aCoordinatorReadsThePathwayAndComparesADraftPlan() throws IOException {
        String stepped = server.getBean(JdbcTemplate.class).queryForObject("""
                select i.family_id from stored_row i join stored_row t on t.fields->>'intervention_id' = i.row_key
                where i.file = 'interventions.csv' and t.file = 'tier_changes.csv' and i.ended_by is null
                  and t.ended_by is null order by i.family_id limit 1""", String.class);
        Path draft = temp.resolve("southwark-draft.yaml");
        Files.write(draft, DemoProgramme.draftPlan());

        signIn("coordinator");
        open("/pathway", "pathway");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Cases open at the end of 31 March 2019");
        open("/families/" + stepped, "family-pathway");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Case pathway", "Tier over time",
                "Team Around the Family");
        open("/plans/what-if", "what-if-form");
        browser.findElement(By.id("file")).sendKeys(draft.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[action$='/plans/what-if'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(180)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "What would change"));
        assertAccessible("what-if-result");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("southwark version 2015.2-draft",
                "Download every change (CSV)");
    }

    @Test
    void aCoordinatorAndAManagerReadTheReports() {
        signIn("coordinator");
        open("/reports", "reports");
        open("/reports/target", "report-target");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("3,000 families",
                "Engaged and eligible", "Target at an even pace", "Download this table as CSV");
        assertThat(browser.findElement(By.cssSelector("main svg[role=img] title")).getAttribute("textContent"))
                .isEqualTo("Families engaged against the target of 3,000");
        open("/reports/outcomes", "report-outcomes");
        open("/reports/service-measures", "report-service-measures");
        open("/reports/forecast", "report-forecast");
        assertThat(browser.findElements(By.cssSelector("main svg[role=img]"))).isNotEmpty();
        open("/reports/claims", "report-claims");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Per claim period", "Per organisation",
                "awaiting audit");
        signOut();

        signIn("manager.north");
        open("/reports/forecast", "report-forecast-manager");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("allocated to your team");
    }

    @Test
    void aCoordinatorPreparesABatchAndTheAuditorAcceptsOneClaimAndRejectsAnother() throws Exception {
        signIn("coordinator");
        open("/claims", "claims");
        open("/claims/prepare", "claims-prepare");
        new Select(browser.findElement(By.id("route"))).selectByValue("significant_and_sustained_progress");
        browser.findElement(By.xpath("//button[normalize-space()='Show these families']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("route="));
        assertAccessible("claims-prepare-chosen");
        assertThat(browser.findElements(By.xpath("//tbody/tr[td[normalize-space()='significant and sustained progress']]")))
                .as("families claimable now by the route chosen").hasSizeGreaterThanOrEqualTo(2)
                .hasSameSizeAs(browser.findElements(By.cssSelector("tbody tr")));
        browser.findElement(By.cssSelector("label[for=ticked]")).click();
        browser.findElement(By.cssSelector("label[for=family-0]")).click();
        browser.findElement(By.cssSelector("label[for=family-1]")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Prepare the batch']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("?prepared"));
        assertAccessible("claims-batch-prepared");
        String batch = browser.getCurrentUrl().replaceFirst(".*/claims/batches/(\\d+).*", "$1");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("prepared", "awaiting audit");
        signOut();

        signIn("auditor");
        open("/claims/batches/" + batch, "claims-batch-to-audit");
        browser.findElement(By.linkText("Audit the claims awaiting audit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("?audit"));
        assertAccessible("claim-to-audit");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("The evidence, as frozen", "Records cited");
        browser.findElement(By.id("decision-accept")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Record the decision']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("?decided"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("accepted by auditor");
        long accepted = Long.parseLong(browser.getCurrentUrl().replaceFirst(".*/claims/(\\d+).*", "$1"));
        String pack = pdfText(browser.findElement(By.partialLinkText("evidence pack (PDF)")).getAttribute("href"));
        assertThat(pack).as("the accepted claim's evidence pack").contains("The evidence of claim " + accepted)
                .contains(server.getBean(ClaimRegister.class).claim(accepted).outcomesMet());

        browser.findElement(By.linkText("Go to the next claim awaiting audit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("?audit"));
        browser.findElement(By.id("decision-reject")).click();
        browser.findElement(By.xpath("//button[normalize-space()='Record the decision']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "There is a problem"));
        assertAccessible("claim-rejected-without-reason");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Enter why the claim is rejected");
        browser.findElement(By.id("decision-reject")).click();
        browser.findElement(By.id("reason")).sendKeys("The attendance letter is for another child");
        browser.findElement(By.xpath("//button[normalize-space()='Record the decision']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("?decided"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("rejected by auditor", "The attendance letter is for another child");

        open("/claims/batches/" + batch, "claims-batch-audited");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("1 accepted, 1 rejected", "The attendance letter is for another child");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(
                browser.findElement(By.linkText("spreadsheet (XLSX)")).getAttribute("href"))))) {
            Sheet claims = workbook.getSheetAt(0);
            List<Long> inBatch = server.getBean(ClaimRegister.class).of(Long.parseLong(batch)).stream()
                    .map(claim -> claim.id()).toList();
            assertThat(claims.getLastRowNum()).as("a row per claim under the header").isEqualTo(inBatch.size());
            assertThat(claims.getRow(0).getCell(0).getStringCellValue()).isEqualTo("claim_id");
            assertThat(List.of((long) claims.getRow(1).getCell(0).getNumericCellValue())).isSubsetOf(inBatch);
        }
    }

    @Test
    void aCoordinatorDecidesAPairTheMatchingCouldNot() {
        signIn("coordinator");
        open("/matching", "matching-queue");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Matching review", "await review");
        browser.findElement(By.cssSelector("main table tbody tr th a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/matching/\\d+$"));
        assertAccessible("matching-pair");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("one person or two?",
                "Both records side by side", "date of birth");
        browser.findElement(By.id("decision-different")).click();
        browser.findElement(By.id("note")).sendKeys("Different schools and a year apart");
        browser.findElement(By.xpath("//button[normalize-space()='Record the decision']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("?decided"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Decided by coordinator", "two people",
                "Different schools and a year apart");
    }

    @Test
    void aCoordinatorRecordsAMemberLeavingAFamily() {
        String family = server.getBean(JdbcTemplate.class).queryForObject(
                "select min(family_id) from current_decision", String.class);

        signIn("coordinator");
        open("/families/" + family, "family-composition");
        browser.findElement(By.xpath("//button[normalize-space()='Record the decision']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "There is a problem"));
        assertAccessible("composition-problem");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Select the change to record");
        browser.findElement(By.id("change-leaves")).click();
        String leaver = browser.findElement(By.cssSelector("#member option:nth-child(2)")).getAttribute("value");
        browser.findElement(By.cssSelector("#member option:nth-child(2)")).click();
        typeDate("from", "1", "3", "2019");
        browser.findElement(By.id("note")).sendKeys("Moved to his grandmother's");
        browser.findElement(By.xpath("//button[normalize-space()='Record the decision']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("decided="));
        assertAccessible("composition-decided");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("on the family's composition recorded",
                leaver + " leaves", "1 March 2019", "Moved to his grandmother's");
    }

    /**
     * The text of the PDF a link on the page downloads (a headless browser saves downloads where the test cannot see
     * them), its runs of white space made single spaces.
     */
    private String pdfText(String href) throws IOException, InterruptedException {
        try (PDDocument document = Loader.loadPDF(download(href))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The file a link downloads, fetched with the browser's session. */
    private byte[] download(String href) throws IOException, InterruptedException {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        return response.body();
    }

    /** The text of the outcome's row on the family page: its id, status and outlook. */
    private String outcomeRow(String outcomeId) {
        return browser.findElement(By.xpath("//tr[th[span[normalize-space()='" + outcomeId + "']]]")).getText();
    }

    @Test
    void aCoordinatorAsksForAPseudonymisedExportAndIsToldWhichGroupsAreTooSmall() {
        signIn("coordinator");
        browser.findElement(By.linkText("Data protection")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Data protection");
        assertThat(browser.findElement(By.className("govuk-summary-list")).getText())
                .contains("made with the first export", "10 families");
        assertAccessible("data-protection");

        browser.findElement(By.xpath("//button[normalize-space()='Make the pseudonymised export']")).click();
        // 200 families are too few for groups of 10 families alike in size: the page says which, and nothing leaves.
        WebElement refusal = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.className("govuk-error-summary")));
        assertThat(refusal.getText()).contains("The export was refused: it could identify someone",
                "fewer than 10 families", "families.csv: adults 2+, children 0");
        assertAccessible("data-protection-refused");
        assertThat(server.getBean(JdbcTemplate.class).queryForObject(
                "select action from audit_entry where username = 'coordinator' order by id desc limit 1", String.class))
                .isEqualTo("pseudonymised export refused");
    }

    @Test
    void aCoordinatorProducesASubjectAccessPackAndIsToldOfAnIdNotHeld() throws Exception {
        signIn("coordinator");
        open("/data-protection", "data-protection-subject-access");
        browser.findElement(By.id("person")).sendKeys("P-NOT-HELD");
        browser.findElement(By.xpath("//button[normalize-space()='Produce the subject access pack']")).click();
        WebElement problem = new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.className("govuk-error-summary")));
        assertThat(problem.getText()).contains("Hearth holds no one with the id P-NOT-HELD");
        assertThat(browser.findElement(By.id("person")).getAttribute("value")).isEqualTo("P-NOT-HELD");
        assertAccessible("data-protection-subject-access-problem");

        String person = server.getBean(JdbcTemplate.class).queryForObject(
                "select min(person_id) from stored_row where ended_by is null and file = 'people.csv'", String.class);
        WebElement field = browser.findElement(By.id("person"));
        field.clear();
        field.sendKeys(person);
        browser.findElement(By.xpath("//button[normalize-space()='Produce the subject access pack']")).click();
        // The pack downloads (where a headless browser keeps it out of the test's sight): the audit log says it was made.
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(page -> "subject access pack".equals(
                server.getBean(JdbcTemplate.class).queryForObject("select action from audit_entry where username = "
                        + "'coordinator' order by id desc limit 1", String.class)));
        assertThat(server.getBean(JdbcTemplate.class).queryForObject(
                "select subject from audit_entry where action = 'subject access pack' order by id desc limit 1",
                String.class)).isEqualTo(person);
    }

    @Test
    void aKeyWorkerOpensAFamilyOutsideTheirAllocationAndItsManagerSeesWhy() {
        String family = server.getBean(JdbcTemplate.class).queryForObject("select min(family_id) from family_allocation "
                + "where key_worker = 'worker2.north' and ended_at is null", String.class);
        signIn("worker2.south");
        browser.findElement(By.linkText("Families")).click();
        browser.findElement(By.linkText("open a family outside your allocation")).click();
        assertAccessible("break-glass");
        browser.findElement(By.id("familyId")).sendKeys(family);
        browser.findElement(By.id("reason")).sendKeys("The north team is at a case conference; police need the plan now");
        browser.findElement(By.xpath("//button[normalize-space()='Open the family']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/families/" + family));
        assertThat(browser.findElement(By.className("govuk-warning-text")).getText())
                .contains("You are reading this family under break-glass access");
        assertAccessible("break-glass-family");
        signOut();

        signIn("manager.north");
        open("/worklist", "worklist-break-glass");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Break-glass access to your team's families",
                "worker2.south", "police need the plan now");
    }

    @Test
    void aKeyWorkerAsksForANameToBeCorrectedAndACoordinatorApprovesIt() {
        JdbcTemplate jdbc = server.getBean(JdbcTemplate.class);
        String family = jdbc.queryForObject("select min(family_id) from family_allocation "
                + "where key_worker = 'worker1.north' and ended_at is null", String.class);
        String person = jdbc.queryForObject("select min(person_id) from stored_row where ended_by is null "
                + "and file = 'memberships.csv' and family_id = ?", String.class, family);

        signIn("worker1.north");
        open("/families/" + family, "family-to-correct");
        browser.findElement(By.cssSelector("a[href*='/corrections/new?file=people.csv&record=" + person + "']")).click();
        assertAccessible("correction-form");
        assertThat(jdbc.queryForObject("select detail from audit_entry where username = 'worker1.north' "
                + "and action = 'family viewed' order by id desc limit 1", String.class))
                .as("the form shows the record: a view, audited").isEqualTo("to ask for people.csv " + person + " to be corrected");
        WebElement name = browser.findElement(By.id("value.given_name"));
        name.clear();
        name.sendKeys("Rectified");
        browser.findElement(By.xpath("//button[normalize-space()='Ask for the correction']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.tagName("main"), "There is a problem"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Say why")
                .as("a reason is required, and what was typed is kept");
        assertThat(browser.findElement(By.id("value.given_name")).getAttribute("value")).isEqualTo("Rectified");
        assertAccessible("correction-form-error");
        browser.findElement(By.id("reason")).sendKeys("Her name is misspelt in the school's extract; her passport shows it");
        browser.findElement(By.xpath("//button[normalize-space()='Ask for the correction']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("correction-requested="));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Correction requested", "Awaiting approval");
        assertAccessible("correction-requested");
        open("/families/" + family + "/erasures/new?person=" + person, "erasure-form");
        signOut();

        signIn("coordinator");
        open("/data-protection/corrections", "corrections-queue");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("rectification of people.csv " + person,
                "given_name", "to Rectified", "passport shows it");
        browser.findElement(By.xpath("//button[normalize-space()='Approve and correct']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("approved="));
        assertAccessible("correction-approved");
        open("/families/" + family, "family-corrected");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Rectified", "approved by coordinator");
    }

    @Test
    void theSignInPageAndTheAdministratorsPagesAreAccessible() {
        browser.get(base + "/sign-in");
        assertAccessible("sign-in");
        signIn("admin");
        open("/", "home");
        open("/admin/users", "users");
        open("/admin/audit", "audit");
    }

    /** Types a day into the GOV.UK date input of that name, field by field. */
    private void typeDate(String name, String day, String month, String year) {
        browser.findElement(By.id(name + "-day")).sendKeys(day);
        browser.findElement(By.id(name + "-month")).sendKeys(month);
        browser.findElement(By.id(name + "-year")).sendKeys(year);
    }

    private void signIn(String username) {
        browser.get(base + "/sign-in");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(users.get(username).password());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        // The click returns before the next page has loaded: wait for it, or for the sign-in page to say why not.
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> !page.getCurrentUrl().contains("/sign-in")
                || page.getCurrentUrl().contains("error") || page.getCurrentUrl().contains("locked"));
        assertThat(browser.getCurrentUrl()).as("signed in as " + username).doesNotContain("/sign-in");
    }

    private void signOut() {
        browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/sign-in"));
    }

    private void open(String path, String screenshot) {
        browser.get(base + path);
        assertThat(browser.getTitle()).as(path).doesNotStartWith("Error").doesNotContain("Whitelabel", "Sorry, there is a problem");
        assertAccessible(screenshot);
    }

    private void assertAccessible(String screenshot) {
        try {
            Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    SCREENSHOTS.resolve(screenshot + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(SCREENSHOTS.resolve(screenshot + ".html"), browser.getPageSource());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> violations = Axe.seriousViolations(browser);
        assertThat(violations).as("axe-core on " + browser.getCurrentUrl()).isEmpty();
    }
}
