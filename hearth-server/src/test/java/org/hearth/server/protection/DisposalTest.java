package org.hearth.server.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.server.ServerFixture;
import org.hearth.server.claims.ClaimBatches;
import org.hearth.server.evaluation.CohortEvaluation;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.ingest.StoredData;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.NewUser;
import org.hearth.server.security.Role;
import org.hearth.server.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention schedule applied to a 200-family authority under the defaults (closed cases 6 years after the last
 * closure, families never engaged 2 years after the last change, claims 7 years after their phase ends): each rule
 * at its exact last day and the day after, a claim holding its family, an open case never disposed of, and a run that
 * deletes a family whole, leaves the rest readable as a folder, and is audited by id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DisposalTest {
    private static final CurrentUser COORDINATOR = new CurrentUser("cory", "Cory", Role.COORDINATOR, null);
    /** Troubled Families phase 2 ended on 31 March 2021; its claims are kept 7 years after. */
    private static final LocalDate CLAIMS_KEPT_UNTIL = LocalDate.of(2028, 3, 31);

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private JdbcTemplate jdbc;
    private Disposal disposal;
    private String claimed;
    private LocalDate claimedClosed;
    private String closed;
    private LocalDate closedOn;
    private String open;
    /** A claimed family still engaged: never disposed of, so its claim stays. */
    private String claimedOpen;

    @BeforeAll
    void aProgrammeWithClosedOpenAndClaimedCases() {
        server = ServerFixture.offline(temp.resolve("hearth"));
        jdbc = server.getBean(JdbcTemplate.class);
        disposal = server.getBean(Disposal.class);
        server.getBean(CohortEvaluation.class).uploadPlan("southwark.yaml", ServerFixture.builtInPlan("southwark"),
                LocalDate.of(2015, 4, 1), "cory", done -> {
                });
        server.getBean(DataImport.class).importFolder(ServerFixture.authority(temp.resolve("data"), 200, 2015), "cory",
                ImportProgress.NONE);
        List<String> closedFamilies = jdbc.queryForList("""
                select family_id from stored_row where ended_by is null and file = 'interventions.csv'
                group by family_id having count(*) filter (where coalesce(fields->>'closed_on', '') = '') = 0
                order by family_id""", String.class);
        server.getBean(Users.class).create(new NewUser("cory", "Cory Coordinator", Role.COORDINATOR, null),
                "a long enough password", "admin");
        ClaimBatches batches = server.getBean(ClaimBatches.class);
        claimed = batches.candidates(COORDINATOR).stream().map(ClaimBatches.Candidate::familyId)
                .filter(closedFamilies::contains).findFirst().orElseThrow();
        claimedOpen = batches.candidates(COORDINATOR).stream().map(ClaimBatches.Candidate::familyId)
                .filter(family -> !closedFamilies.contains(family)).findFirst().orElseThrow();
        batches.prepare(COORDINATOR, LocalDate.of(2019, 1, 1), SyntheticAuthority.DATA_END, List.of(claimed, claimedOpen));
        claimedClosed = lastClosed(claimed);
        closed = closedFamilies.stream().filter(family -> !family.equals(claimed)).findFirst().orElseThrow();
        closedOn = lastClosed(closed);
        open = jdbc.queryForObject("""
                select min(family_id) from stored_row where ended_by is null and file = 'interventions.csv'
                  and coalesce(fields->>'closed_on', '') = ''""", String.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    @Order(1)
    void aClosedCaseIsKeptThroughTheLastDayOfItsSixYearsAndDisposedOfTheDayAfter() {
        LocalDate lastDay = closedOn.plusYears(6);
        assertThat(disposal.preview(lastDay).closed()).doesNotContain(closed);
        assertThat(disposal.preview(lastDay.plusDays(1)).closed()).contains(closed);
    }

    @Test
    @Order(2)
    void aClaimHoldsItsFamilyUntilSevenYearsAfterItsPhaseEnds() {
        assertThat(claimedClosed.plusYears(6)).as("the case's own period ends first").isBefore(CLAIMS_KEPT_UNTIL);
        DisposalReport lastDay = disposal.preview(CLAIMS_KEPT_UNTIL);
        assertThat(lastDay.heldByClaims()).contains(claimed);
        assertThat(lastDay.closed()).doesNotContain(claimed);
        assertThat(disposal.preview(CLAIMS_KEPT_UNTIL.plusDays(1)).closed()).contains(claimed);
    }

    @Test
    @Order(3)
    void aFamilyNeverEngagedIsKeptTwoYearsAfterTheLastImportThatChangedItAndAnOpenCaseIsNeverDisposedOf() {
        LocalDate imported = jdbc.queryForObject("select max(started_at)::date from data_import", LocalDate.class);
        String unengaged = jdbc.queryForObject("""
                select min(f.family_id) from stored_row f where f.ended_by is null and f.file = 'families.csv'
                  and not exists (select 1 from stored_row i where i.file = 'interventions.csv' and i.family_id = f.family_id)""",
                String.class);
        assertThat(disposal.preview(imported.plusYears(2)).unengaged()).doesNotContain(unengaged);
        assertThat(disposal.preview(imported.plusYears(2).plusDays(1)).unengaged()).contains(unengaged);
        DisposalReport farOff = disposal.preview(LocalDate.of(2100, 1, 1));
        assertThat(farOff.closed()).doesNotContain(open);
        assertThat(farOff.unengaged()).doesNotContain(open);
    }

    @Test
    @Order(4)
    void aRejectedImportsErrorsAreKeptThreeMonthsThenClearedAndTheImportKept() {
        java.time.OffsetDateTime ran = java.time.OffsetDateTime.parse("2019-05-01T10:00:00Z");
        long rejected = jdbc.queryForObject("""
                insert into data_import (started_by, folder, status, started_at, finished_at, error_count, errors)
                values ('cory', 'the May extract', 'rejected', ?, ?, 1,
                        array['people.csv line 2: date_of_birth 2012-02-30 is not a day']) returning id""", Long.class,
                ran, ran);
        assertThat(disposal.preview(LocalDate.of(2019, 8, 1)).rejectedImports()).as("through the last day of three months")
                .isZero();
        assertThat(disposal.preview(LocalDate.of(2019, 8, 2)).rejectedImports()).isEqualTo(1);
        DisposalReport done = disposal.run(LocalDate.of(2019, 8, 2), "scheduled disposal");
        assertThat(done.deleted()).containsEntry("data_import.errors (cleared)", 1L);
        assertThat(done.families()).as("nothing else is past its period in 2019").isZero();
        assertThat(jdbc.queryForMap("select folder, error_count, errors from data_import where id = ?", rejected))
                .containsEntry("folder", "the May extract").containsEntry("error_count", 1L).containsEntry("errors", null);
    }

    @Test
    @Order(4)
    void aPreviewChangesNothing() {
        long rows = jdbc.queryForObject("select count(*) from stored_row", Long.class);
        long entries = jdbc.queryForObject("select count(*) from audit_entry", Long.class);
        disposal.preview(LocalDate.of(2100, 1, 1));
        assertThat(jdbc.queryForObject("select count(*) from stored_row", Long.class)).isEqualTo(rows);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry", Long.class)).isEqualTo(entries);
    }

    @Test
    @Order(5)
    void aRunDisposesOfTheFamilyWholeKeepsTheRestReadableAndAuditsItByIdOnly() {
        LocalDate day = CLAIMS_KEPT_UNTIL.plusDays(1);
        DisposalReport expected = disposal.preview(day);
        long claimId = jdbc.queryForObject("select id from claim where family_id = ?", Long.class, claimed);

        DisposalReport done = disposal.run(day, "admin");

        assertThat(done.closed()).isEqualTo(expected.closed()).contains(claimed, closed);
        for (String family : List.of(claimed, closed)) {
            assertThat(jdbc.queryForObject("select count(*) from stored_row where family_id = ?", Long.class, family)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from current_decision where family_id = ?", Long.class, family))
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from family_evaluation where family_id = ?", Long.class, family))
                    .isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from claim where id = ?", Long.class, claimId)).isZero();
        assertThat(done.deleted()).containsEntry("claim", 1L);
        assertThat(jdbc.queryForObject("select count(*) from stored_row where family_id = ?", Long.class, open)).isPositive();
        assertThat(jdbc.queryForObject("""
                select count(*) from stored_row m where m.ended_by is null and m.file = 'memberships.csv'
                  and not exists (select 1 from stored_row p where p.ended_by is null and p.file = 'people.csv'
                                  and p.person_id = m.person_id)""", Long.class)).as("no member left without a person")
                .isZero();
        server.getBean(TransactionTemplate.class).executeWithoutResult(status ->
                assertThat(server.getBean(StoredData.class).held().families()).as("the rest read back as a valid folder")
                        .contains(open).doesNotContain(claimed, closed));

        String detail = jdbc.queryForObject("select detail from audit_entry where action = 'disposal' and username = 'admin'",
                String.class);
        assertThat(detail).contains(closed, claimed, "closed cases " + done.closed().size());
        assertThat(disposal.run(day, "admin").nothing()).as("nothing left past its period").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'disposal' and username = 'admin'",
                Long.class)).as("a run that finds nothing writes nothing").isEqualTo(1);
    }

    @Test
    @Order(6)
    void outsideDisposalAClaimStillCannotBeDeleted() {
        long claim = jdbc.queryForObject("select id from claim where family_id = ?", Long.class, claimedOpen);
        assertThatThrownBy(() -> jdbc.update("delete from claim where id = ?", claim))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("claims are never deleted");
    }

    private LocalDate lastClosed(String family) {
        return jdbc.queryForObject("""
                select max(nullif(fields->>'closed_on', '')::date) from stored_row
                where ended_by is null and file = 'interventions.csv' and family_id = ?""", LocalDate.class, family);
    }
}
