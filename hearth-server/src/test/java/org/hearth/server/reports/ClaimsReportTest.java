package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.server.ServerFixture;
import org.hearth.server.claims.ClaimBatches;
import org.hearth.server.claims.ClaimRegister;
import org.hearth.server.claims.InternalAudit;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The claims report against counts made in the test from the claim tables themselves: claims in two claim periods and
 * two organisations (the authority's own service and a partner), in every state (awaiting audit, accepted, rejected, withdrawn, submitted), counted per period and
 * per organisation for the coordinator, and for a partner organisation's coordinator only their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsReportTest {
    /** The generated authority's own early help service, and a partner organisation leading some interventions. */
    private static final String OWN = "Early Help Service";
    private static final String PARTNER = "Family Focus Team";
    /** A quarter's claims, and a month's (both hold the review date, 31 March 2019, as a claim's period must). */
    private static final LocalDate QUARTER_FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate MONTH_FROM = LocalDate.of(2019, 3, 1);
    private static final LocalDate PERIOD_TO = LocalDate.of(2019, 3, 31);

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private final CurrentUser coordinator = new CurrentUser("cory", "Cory", Role.COORDINATOR, null);
    private final CurrentUser auditor = new CurrentUser("audrey", "Audrey", Role.AUDITOR, null);
    private final CurrentUser partner = new CurrentUser("pat", "Pat Partner", Role.COORDINATOR, null, PARTNER);

    @BeforeAll
    void claimsInEveryState() {
        server = ServerFixture.offline(temp.resolve("hearth"));
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "cory", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 200, 2015), "cory",
                ImportProgress.NONE);
        Users users = server.getBean(Users.class);
        users.create(new NewUser("cory", "Cory", Role.COORDINATOR, null), "a long enough password", "admin");
        users.create(new NewUser("audrey", "Audrey", Role.AUDITOR, null), "a long enough password", "admin");
        users.create(new NewUser("pat", "Pat Partner", Role.COORDINATOR, null, PARTNER), "a long enough password", "admin");

        ClaimBatches batches = server.getBean(ClaimBatches.class);
        InternalAudit audit = server.getBean(InternalAudit.class);
        ClaimRegister register = server.getBean(ClaimRegister.class);
        List<String> partners = batches.candidates(partner).stream().map(ClaimBatches.Candidate::familyId).toList();
        List<String> authoritys = new ArrayList<>(batches.candidates(coordinator).stream()
                .filter(candidate -> OWN.equals(candidate.organisation())).map(ClaimBatches.Candidate::familyId).toList());
        assertThat(partners).hasSizeGreaterThanOrEqualTo(2);
        assertThat(authoritys).hasSizeGreaterThanOrEqualTo(6);

        long month = batches.prepare(coordinator, MONTH_FROM, PERIOD_TO, authoritys.subList(0, 2));
        register.of(month).forEach(claim -> audit.accept(auditor, claim.id(), null));
        batches.submit(coordinator, month);

        long quarter = batches.prepare(coordinator, QUARTER_FROM, PERIOD_TO, authoritys.subList(2, 6));
        List<Long> claims = register.of(quarter).stream().map(claim -> claim.id()).toList();
        audit.accept(auditor, claims.get(0), null);
        audit.reject(auditor, claims.get(1), "The attendance figures are for another term");
        batches.withdraw(coordinator, claims.get(2), "Prepared in error");

        long partnersBatch = batches.prepare(partner, QUARTER_FROM, PERIOD_TO, partners.subList(0, 2));
        audit.reject(auditor, register.of(partnersBatch).get(0).id(), "No signed-off assessment on file");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theCoordinatorsReportCountsEveryClaimPerPeriodAsTheClaimTablesDo() {
        // The batches' periods are told apart by their first day, as both end on 31 March 2019.
        ClaimsReport report = report(coordinator);

        assertThat(report.periods()).extracting(ClaimsReport.Line::label)
                .containsExactly("1 Jan 2019 to 31 Mar 2019", "1 Mar 2019 to 31 Mar 2019");
        for (ClaimsReport.Line line : report.periods()) {
            LocalDate from = line.label().startsWith("1 Jan") ? QUARTER_FROM : MONTH_FROM;
            assertThat(figures(line)).as(line.label()).containsExactly(counted(
                    "b.period_from = ?", from, "awaiting_audit"), counted("b.period_from = ?", from, "accepted"),
                    counted("b.period_from = ?", from, "submitted"), counted("b.period_from = ?", from, "rejected"),
                    counted("b.period_from = ?", from, "withdrawn"));
        }
        assertThat(figures(report.periods().get(0))).as("the quarter: the authority's four and the partner's two")
                .containsExactly(2L, 1L, 0L, 2L, 1L);
        assertThat(figures(report.periods().get(1))).as("the month: both submitted").containsExactly(0L, 0L, 2L, 0L, 0L);
        assertThat(report.summary()).startsWith("8 claims prepared: 2 submitted, 1 accepted and not yet submitted, 2 "
                + "awaiting audit, 2 rejected by internal audit and 1 withdrawn.");
    }

    @Test
    void perOrganisationTheLeadOrganisationsByName() {
        ClaimsReport report = report(coordinator);

        assertThat(report.organisations()).extracting(ClaimsReport.Line::label).containsExactly(OWN, PARTNER);
        ClaimsReport.Line own = report.organisations().get(0);
        ClaimsReport.Line partners = report.organisations().get(1);
        assertThat(own.prepared()).isEqualTo(countedWhere("k.organisation = ?", OWN)).isEqualTo(6);
        assertThat(figures(own)).containsExactly(1L, 1L, 2L, 1L, 1L);
        assertThat(partners.prepared()).isEqualTo(countedWhere("k.organisation = ?", PARTNER)).isEqualTo(2);
        assertThat(figures(partners)).containsExactly(1L, 0L, 0L, 1L, 0L);
        assertThat(report.organisationTable().rows().get(1).cells()).extracting(ReportTable.Cell::text)
                .containsExactly(PARTNER, "2", "1", "0", "0", "1", "0", "50.0");
    }

    @Test
    void aPartnerOrganisationsCoordinatorCountsOnlyItsOwnClaims() {
        ClaimsReport report = report(partner);

        assertThat(report.organisations()).extracting(ClaimsReport.Line::label).containsExactly(PARTNER);
        assertThat(report.periods()).singleElement().satisfies(line -> assertThat(line.prepared()).isEqualTo(2));
    }

    private ClaimsReport report(CurrentUser user) {
        return server.getBean(ClaimsPrepared.class).report(server.getBean(Access.class).claimsVisibleTo(user));
    }

    private static List<Long> figures(ClaimsReport.Line line) {
        return List.of(line.awaitingAudit(), line.accepted(), line.submitted(), line.rejected(), line.withdrawn());
    }

    private long counted(String where, Object value, String state) {
        return server.getBean(JdbcTemplate.class).queryForObject("select count(*) from claim k join claim_batch b on "
                + "b.id = k.batch_id where " + where + " and k.state = ?", Long.class, value, state);
    }

    private long countedWhere(String where, Object value) {
        return server.getBean(JdbcTemplate.class).queryForObject("select count(*) from claim k where " + where, Long.class,
                value);
    }
}
