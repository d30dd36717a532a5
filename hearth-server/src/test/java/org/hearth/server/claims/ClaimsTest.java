package org.hearth.server.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.hearth.engine.HearthException;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.family.HeldRecord;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.security.Access;
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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Claims on a synthetic authority under Southwark's plan, reviewed as at 31 March 2019 (in Troubled Families phase 2):
 * a coordinator prepares batches from the families claimable now, each claim freezing its evaluation; the internal
 * auditor accepts or rejects each; the coordinator submits a batch once every claim in it is decided. The database
 * itself holds the rules that matter most: one counting claim per family and phase, frozen evidence, read-only
 * submitted batches.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsTest {
    private static final LocalDate REVIEW = SyntheticAuthority.DATA_END;
    private static final LocalDate QUARTER_START = LocalDate.of(2019, 1, 1);
    /** The last of the claimable families (in id order) the tests use by position; the partner's test uses later ones. */
    private static final int LAST_USED = 16;

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private ClaimBatches batches;
    private InternalAudit internalAudit;
    private ClaimRegister register;
    private Path data;
    private final CurrentUser coordinator = new CurrentUser("cory", "Cory", Role.COORDINATOR, null);
    private final CurrentUser auditor = new CurrentUser("audrey", "Audrey", Role.AUDITOR, null);
    /** The claimable families, in id order, each used by one test alone. */
    private List<String> claimable;

    @BeforeAll
    void aProgrammeReviewedAtTheEndOfMarch2019() {
        server = ServerFixture.offline(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        batches = server.getBean(ClaimBatches.class);
        internalAudit = server.getBean(InternalAudit.class);
        register = server.getBean(ClaimRegister.class);
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "cory", done -> {
                });
        data = ServerFixture.authority(temp.resolve("data"), 200, 2015);
        server.getBean(DataImport.class).importFolder(data, "cory", ImportProgress.NONE);
        Users users = server.getBean(Users.class);
        for (CurrentUser user : List.of(coordinator, auditor, new CurrentUser("mona", "Mona", Role.COORDINATOR, null))) {
            users.create(new NewUser(user.username(), user.displayName(), user.role(), null), "a long enough password", "admin");
        }
        users.create(new NewUser("pat", "Pat Partner", Role.COORDINATOR, null, "Family Focus Team"), "a long enough password",
                "admin");
        claimable = batches.candidates(coordinator).stream().map(ClaimBatches.Candidate::familyId).toList();
        assertThat(claimable).as("families claimable as at " + REVIEW).hasSizeGreaterThan(LAST_USED + 2);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void phasesAreDatedReferenceDataWithExactBoundaries() {
        ProgrammePhases phases = server.getBean(ProgrammePhases.class);
        assertThat(phases.on(LocalDate.of(2015, 3, 31)).code()).isEqualTo("troubled_families_1");
        assertThat(phases.on(LocalDate.of(2015, 4, 1)).code()).isEqualTo("troubled_families_2");
        assertThat(phases.on(LocalDate.of(2020, 3, 31)).code()).as("the last day first planned").isEqualTo("troubled_families_2");
        assertThat(phases.on(LocalDate.of(2020, 4, 1)).code()).as("the extension year").isEqualTo("troubled_families_2");
        assertThat(phases.on(LocalDate.of(2021, 3, 31)).code()).isEqualTo("troubled_families_2");
        assertThat(phases.on(LocalDate.of(2021, 4, 1)).code()).isEqualTo("supporting_families");
        assertThat(phases.on(LocalDate.of(2012, 3, 31))).isNull();
        assertThatThrownBy(() -> batches.prepare(coordinator, LocalDate.of(2021, 1, 1), LocalDate.of(2021, 4, 1),
                List.of(claimable.get(0)))).isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                .containsEntry("periodTo", "The period must lie within one phase of the programme: Troubled Families, phase 2, "
                        + "2015-04-01 to 2021-03-31"));
        assertThatThrownBy(() -> jdbc.update("insert into programme_phase (code, name, starts_on, note) values "
                + "('overlapping', 'Overlapping', '2021-03-31', 'x')")).isInstanceOf(DataAccessException.class);
    }

    @Test
    void theDatabaseRefusesASecondCountingClaimForAFamilyInAPhaseEvenDirectly() {
        String family = claimable.get(0);
        long batch = batches.prepare(coordinator, QUARTER_START, REVIEW, List.of(family));
        long claim = register.of(batch).get(0).id();

        assertThatThrownBy(() -> jdbc.update("""
                insert into claim (batch_id, phase, family_id, route, explanation, problems, progress_on, outcomes_met,
                                   evaluation_run_id, plan_version_id, plan_sha256, as_of, evidence, evidence_sha256,
                                   prepared_by, state, audit_decision, decided_by, decided_at)
                select batch_id, phase, family_id, route, explanation, problems, progress_on, outcomes_met, evaluation_run_id,
                       plan_version_id, plan_sha256, as_of, evidence, evidence_sha256, prepared_by, 'accepted', 'accepted',
                       'audrey', now()
                from claim where id = ?""", claim)).isInstanceOf(DataAccessException.class)
                .hasMessageContaining("claim_one_per_family_and_phase");
        assertThat(batches.candidates(coordinator)).extracting(ClaimBatches.Candidate::familyId).doesNotContain(family);
        assertThatThrownBy(() -> batches.prepare(coordinator, QUARTER_START, REVIEW, List.of(family)))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems().get("families"))
                        .contains(family + " is not claimable now, is already claimed in its phase"));

        internalAudit.reject(auditor, claim, "The school's letter is not on file");
        long later = batches.prepare(coordinator, QUARTER_START, REVIEW, List.of(family));
        assertThat(register.of(later)).extracting(Claim::familyId).containsExactly(family);
        assertThatThrownBy(() -> jdbc.update("update claim set state = 'accepted', audit_decision = 'accepted' where id = ?",
                claim)).as("the rejected claim made to count again beside the new one")
                .isInstanceOf(DataAccessException.class).hasMessageContaining("claim_one_per_family_and_phase");
    }

    @Test
    void aFrozenClaimIsUnchangedAfterNewDataIsImportedAndTheFamilyEvaluatedAgain() throws Exception {
        String family = claimable.get(1);
        long claim = register.of(batches.prepare(coordinator, QUARTER_START, REVIEW, List.of(family))).get(0).id();
        String frozen = register.evidence(claim);
        ClaimEvidence evidence = ClaimEvidence.parse(frozen);
        assertThat(register.claim(claim).evidenceSha256())
                .isEqualTo(PlanVersions.sha256(frozen.getBytes(StandardCharsets.UTF_8)));
        Map.Entry<String, List<HeldRecord>> file = evidence.records().entrySet().stream()
                .filter(entry -> !entry.getKey().equals("worker_assessments.csv")).findFirst().orElseThrow();
        HeldRecord cited = file.getValue().get(0);
        String key = file.getKey().replace(".csv", "") + "/" + cited.recordId();
        assertThat(server.getBean(FamilyDirectory.class).decision(family)).contains(key);

        ServerFixture.replaceLine(data.resolve(file.getKey()), cited.line().intValue(), null);
        server.getBean(DataImport.class).importFolder(data, "cory", ImportProgress.NONE);

        assertThat(server.getBean(FamilyDirectory.class).decision(family)).as("the decision now").doesNotContain(key);
        assertThat(register.evidence(claim)).as("the claim's evidence, byte for byte").isEqualTo(frozen);
        HeldRecord kept = ClaimEvidence.parse(register.evidence(claim)).records().get(file.getKey()).get(0);
        assertThat(kept).isEqualTo(cited);
        String pack = text(server.getBean(ClaimEvidencePacks.class).claim(auditor, claim));
        assertThat(pack).as("the claim's evidence pack, made after the record was withdrawn")
                .contains("The evidence of claim " + claim + " (batch ", "as the claim froze it", family, cited.recordId(),
                        "Run " + evidence.evaluationRun() + ",")
                .contains(evidence.outcomesMet());
        assertThat(server.getBean(ClaimEvidencePacks.class).claim(new CurrentUser("pat", "Pat Partner", Role.COORDINATOR,
                null, "An organisation leading no family"), claim)).as("a partner organisation's user, not its claim").isNull();
        assertThat(kept.importId()).isEqualTo(evidence.dataImport());
        assertThat(register.claim(claim).evaluationRun()).isEqualTo(evidence.evaluationRun());
        assertThatThrownBy(() -> jdbc.update("update claim set evidence = '{}' where id = ?", claim))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("is frozen");
        assertThatThrownBy(() -> jdbc.update("delete from claim where id = ?", claim))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("never deleted");
    }

    /** The PDF's text, its runs of white space made single spaces. */
    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aBatchIsSubmittedOnlyWhenEveryClaimInItIsDecidedAndIsThenReadOnly() {
        List<String> families = claimable.subList(2, 5);
        long batch = batches.prepare(coordinator, QUARTER_START, REVIEW, families);
        List<Claim> claims = register.of(batch);
        assertThat(claims).extracting(Claim::state).containsOnly(ClaimState.AWAITING_AUDIT);
        internalAudit.accept(auditor, claims.get(0).id(), null);
        internalAudit.reject(auditor, claims.get(1).id(), "No evidence of the step down");

        assertThatThrownBy(() -> batches.submit(coordinator, batch)).isInstanceOf(HearthException.class)
                .hasMessageContaining("1 claim awaits audit");

        batches.withdraw(coordinator, claims.get(1).id(), "Rejected: to be claimed again with the closing letter");
        internalAudit.accept(auditor, claims.get(2).id(), "Checked against the school's register");
        batches.submit(coordinator, batch);

        assertThat(register.of(batch)).extracting(Claim::state)
                .containsExactly(ClaimState.SUBMITTED, ClaimState.WITHDRAWN, ClaimState.SUBMITTED);
        assertThat(register.claim(claims.get(1).id()).auditDecision()).as("the decision before the withdrawal").isEqualTo("rejected");
        assertThat(register.batch(batch).submitted()).isTrue();
        assertThatThrownBy(() -> batches.withdraw(coordinator, claims.get(0).id(), "too late"))
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> jdbc.update("update claim set state = 'accepted' where id = ?", claims.get(0).id()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("submitted batch");
        assertThatThrownBy(() -> jdbc.update("update claim_batch set period_to = ? where id = ?", REVIEW.plusDays(1), batch))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("read-only");
        assertThat(jdbc.queryForList("select action from audit_entry", String.class))
                .contains("claim batch prepared", "claim accepted", "claim rejected", "claim withdrawn", "claim batch submitted");
    }

    @Test
    void rejectingNeedsAReasonWhichGoesBackToTheCoordinator() {
        long claim = register.of(batches.prepare(coordinator, QUARTER_START, REVIEW, List.of(claimable.get(5)))).get(0).id();

        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> internalAudit.reject(auditor, claim, blank))
                    .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems()).containsKey("reason"));
        }
        assertThat(register.claim(claim).state()).isEqualTo(ClaimState.AWAITING_AUDIT);
        assertThatThrownBy(() -> internalAudit.accept(coordinator, claim, null)).isInstanceOf(NotYoursException.class);
        assertThatThrownBy(() -> jdbc.update("""
                update claim set state = 'rejected', audit_decision = 'rejected', decided_by = 'audrey', decided_at = now()
                where id = ?""", claim)).as("the database too").isInstanceOf(DataAccessException.class);

        internalAudit.reject(auditor, claim, "  The attendance figures are for the wrong child  ");

        Claim rejected = register.claim(claim);
        assertThat(rejected.state()).isEqualTo(ClaimState.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("The attendance figures are for the wrong child");
        assertThat(rejected.decidedBy()).isEqualTo("audrey");
        assertThatThrownBy(() -> internalAudit.accept(auditor, claim, null)).hasMessageContaining("already rejected");
    }

    @Test
    void theSampleIsTheSameForTheSameSeed() {
        long batch = batches.prepare(coordinator, QUARTER_START, REVIEW, claimable.subList(6, 10));

        ClaimRegister.Sample first = internalAudit.drawSample(auditor, batch, 2, 20190331L);
        ClaimRegister.Sample again = internalAudit.drawSample(auditor, batch, 2, 20190331L);
        ClaimRegister.Sample unseeded = internalAudit.drawSample(auditor, batch, 4, null);

        assertThat(again.claimIds()).isEqualTo(first.claimIds()).hasSize(2);
        assertThat(first.seed()).isEqualTo(20190331L);
        assertThat(first.drawnFrom()).isEqualTo(4);
        assertThat(unseeded.claimIds()).containsExactlyInAnyOrderElementsOf(register.of(batch).stream().map(Claim::id).toList());
        assertThat(internalAudit.drawSample(auditor, batch, 4, unseeded.seed()).claimIds()).isEqualTo(unseeded.claimIds());
        assertThatThrownBy(() -> internalAudit.drawSample(auditor, batch, 5, 1L))
                .isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                        .containsEntry("size", "Enter how many claims to draw, from 1 to 4"));
        assertThat(register.of(batch).stream().filter(Claim::sampled).count()).as("in the latest sample").isEqualTo(4);
    }

    @Test
    void theSamplesEvidencePacksAreTheClaimsDrawnInTheOrderDrawnEachAsFrozen() throws Exception {
        long batch = batches.prepare(coordinator, QUARTER_START, REVIEW, claimable.subList(14, 17));
        ClaimEvidencePacks packs = server.getBean(ClaimEvidencePacks.class);
        assertThat(packs.sample(auditor, batch)).as("no sample drawn yet").isNull();

        List<Long> drawn = internalAudit.drawSample(auditor, batch, 2, 7L).claimIds();
        String text = text(packs.sample(auditor, batch));

        int first = text.indexOf("The evidence of claim " + drawn.get(0) + " (batch " + batch + ")");
        int second = text.indexOf("The evidence of claim " + drawn.get(1) + " (batch " + batch + ")");
        assertThat(first).as("the first drawn").isNotNegative();
        assertThat(second).as("the second drawn, after the first").isGreaterThan(first);
        long third = register.of(batch).stream().map(Claim::id).filter(id -> !drawn.contains(id)).findFirst().orElseThrow();
        assertThat(text).as("the claim not drawn").doesNotContain("The evidence of claim " + third + " ");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'evidence pack produced' "
                + "and detail like ?", Long.class, "%in sample % of batch " + batch + " (seed 7)")).isEqualTo(2);
    }

    @Test
    void aDiscretionaryClaimNeedsAReasonAndAnApproverOtherThanThePreparer() {
        long batch = batches.prepare(coordinator, QUARTER_START, REVIEW, List.of(claimable.get(10)));
        String notClaimable = jdbc.queryForObject("""
                select min(family_id) from current_decision where eligible and not claimable""", String.class);

        assertThatThrownBy(() -> server.getBean(DiscretionaryClaims.class).add(coordinator, batch, notClaimable, "significant_and_sustained_progress",
                " ", "cory")).isInstanceOfSatisfying(InvalidClaimException.class, e -> assertThat(e.problems())
                .containsOnlyKeys("reason", "approver"));
        assertThatThrownBy(() -> server.getBean(DiscretionaryClaims.class).add(coordinator, batch, claimable.get(11), "continuous_employment",
                "Judged to have progressed", "mona")).isInstanceOfSatisfying(InvalidClaimException.class,
                e -> assertThat(e.problems().get("familyId")).contains("claimable under the plan"));

        long claim = server.getBean(DiscretionaryClaims.class).add(coordinator, batch, notClaimable, "significant_and_sustained_progress",
                "Police confirm no incidents since the injunction; the data match is a quarter late", "mona");

        Claim made = register.claim(claim);
        assertThat(made.discretionary()).isTrue();
        assertThat(made.approvedBy()).isEqualTo("mona");
        assertThat(made.route()).isEqualTo("significant_and_sustained_progress");
        assertThat(ClaimEvidence.parse(register.evidence(claim)).claim().claimable()).as("the plan's own decision").isFalse();
        assertThatThrownBy(() -> jdbc.update("update claim set approved_by = prepared_by where id = ?", claim))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aPartnerOrganisationsUserSeesOnlyItsFamiliesAndClaims() {
        CurrentUser partner = new CurrentUser("pat", "Pat Partner", Role.COORDINATOR, null, "Family Focus Team");
        Access access = server.getBean(Access.class);
        List<String> theirs = jdbc.queryForList("""
                select family_id from current_decision where lead_organisation = 'Family Focus Team' order by family_id""",
                String.class);
        String others = jdbc.queryForObject("""
                select min(family_id) from current_decision where lead_organisation = 'Early Help Service'""", String.class);
        assertThat(theirs).isNotEmpty();
        assertThat(access.familiesVisibleTo(partner).familyIds()).containsExactlyInAnyOrderElementsOf(theirs);
        assertThat(access.canSeeFamily(partner, theirs.get(0))).isTrue();
        assertThat(access.canSeeFamily(partner, others)).isFalse();
        List<ClaimBatches.Candidate> candidates = batches.candidates(partner);
        assertThat(candidates).extracting(ClaimBatches.Candidate::organisation).containsOnly("Family Focus Team");
        String partnersFamily = candidates.get(candidates.size() - 1).familyId();
        String authoritysFamily = batches.candidates(coordinator).stream()
                .filter(candidate -> "Early Help Service".equals(candidate.organisation())).reduce((a, b) -> b).orElseThrow()
                .familyId();
        assertThat(claimable.subList(0, LAST_USED + 1)).doesNotContain(partnersFamily, authoritysFamily);
        long authoritysBatch = batches.prepare(coordinator, QUARTER_START, REVIEW, List.of(authoritysFamily));

        long partnersBatch = batches.prepare(partner, QUARTER_START, REVIEW, List.of(partnersFamily));
        assertThat(register.batch(partnersBatch).organisation()).isEqualTo("Family Focus Team");
        ClaimViews views = server.getBean(ClaimViews.class);
        assertThat(views.register(partner, "test")).extracting(Claim::organisation).containsOnly("Family Focus Team");
        assertThat(views.batches(partner)).extracting(view -> view.batch().id()).contains(partnersBatch);
        assertThat(views.batches(partner)).allSatisfy(view -> assertThat(view.claims())
                .extracting(Claim::organisation).containsOnly("Family Focus Team"));
        Claim authoritys = register.of(authoritysBatch).get(0);
        assertThat(views.claim(partner, authoritys.id())).isNull();
        assertThatThrownBy(() -> batches.prepare(partner, QUARTER_START, REVIEW, List.of(others)))
                .isInstanceOf(InvalidClaimException.class);
        assertThatThrownBy(() -> batches.submit(partner, authoritys.batchId())).isInstanceOf(NotYoursException.class);
    }

    @Test
    void theBatchExportsReadBackWithOneRowPerClaimInTheDocumentedColumns() throws Exception {
        long batch = batches.prepare(coordinator, QUARTER_START, REVIEW, claimable.subList(12, 14));
        List<Claim> claims = register.of(batch);
        internalAudit.accept(auditor, claims.get(0).id(), null);
        internalAudit.reject(auditor, claims.get(1).id(), "=HYPERLINK(\"http://example.com\") is not evidence");
        claims = register.of(batch);
        List<String> columns = ExportLayout.COLUMNS.stream().map(ExportLayout.Column::name).toList();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ClaimExports.xlsx(claims, "Batch " + batch)))) {
            Sheet sheet = workbook.getSheet("Batch " + batch);
            assertThat(sheet.getLastRowNum()).as("a header and one row per claim").isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getLastCellNum()).isEqualTo((short) columns.size());
            for (int column = 0; column < columns.size(); column++) {
                assertThat(header.getCell(column).getStringCellValue()).isEqualTo(columns.get(column));
            }
            for (int row = 1; row <= 2; row++) {
                Claim claim = claims.get(row - 1);
                Row cells = sheet.getRow(row);
                assertThat(cells.getCell(columns.indexOf("claim_id")).getNumericCellValue()).isEqualTo(claim.id());
                assertThat(cells.getCell(columns.indexOf("family_id")).getStringCellValue()).isEqualTo(claim.familyId());
                assertThat(cells.getCell(columns.indexOf("route")).getStringCellValue()).isEqualTo(claim.route());
                assertThat(cells.getCell(columns.indexOf("phase")).getStringCellValue()).isEqualTo("troubled_families_2");
                assertThat(DateUtil.isCellDateFormatted(cells.getCell(columns.indexOf("review_date")))).isTrue();
                assertThat(cells.getCell(columns.indexOf("review_date")).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(REVIEW);
                assertThat(cells.getCell(columns.indexOf("period_from")).getLocalDateTimeCellValue().toLocalDate())
                        .isEqualTo(QUARTER_START);
                assertThat(cells.getCell(columns.indexOf("plan_sha256")).getStringCellValue()).isEqualTo(claim.planSha256())
                        .hasSize(64);
                assertThat(cells.getCell(columns.indexOf("problems_identified")).getStringCellValue())
                        .isEqualTo(String.join(";", claim.problems()));
                assertThat(cells.getCell(columns.indexOf("claim_kind")).getStringCellValue()).isEqualTo("plan");
            }
            Row rejected = sheet.getRow(2);
            assertThat(sheet.getRow(1).getCell(columns.indexOf("audit_decision")).getStringCellValue()).isEqualTo("accepted");
            assertThat(rejected.getCell(columns.indexOf("audit_decision")).getStringCellValue()).isEqualTo("rejected");
            assertThat(rejected.getCell(columns.indexOf("state")).getStringCellValue()).isEqualTo("rejected");
            assertThat(rejected.getCell(columns.indexOf("audit_reason")).getCellType()).as("text, never a formula")
                    .isEqualTo(CellType.STRING);
            assertThat(rejected.getCell(columns.indexOf("audit_reason")).getStringCellValue())
                    .isEqualTo("=HYPERLINK(\"http://example.com\") is not evidence");
        }

        List<CsvRecord> csv = CsvReader.builder().ofCsvRecord(new StringReader(new String(ClaimExports.csv(claims),
                StandardCharsets.UTF_8))).stream().toList();
        assertThat(csv).hasSize(3);
        assertThat(csv.get(0).getFields()).isEqualTo(columns);
        assertThat(csv.get(2).getField(columns.indexOf("review_date"))).isEqualTo("2019-03-31");
        assertThat(csv.get(2).getField(columns.indexOf("audit_reason"))).as("made safe for a spreadsheet")
                .isEqualTo("'=HYPERLINK(\"http://example.com\") is not evidence");
    }

    @Test
    void docsClaimsMdListsTheExportColumnsInOrder() throws Exception {
        List<String> documented = java.nio.file.Files.readAllLines(Path.of("..", "docs", "claims.md")).stream()
                .filter(line -> line.matches("\\| [0-9]+ \\| `[a-z0-9_]+` \\|.*"))
                .map(line -> line.replaceFirst("^\\| [0-9]+ \\| `([a-z0-9_]+)` \\|.*", "$1")).toList();
        assertThat(documented).isEqualTo(ExportLayout.COLUMNS.stream().map(ExportLayout.Column::name).toList());
    }
}
