package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportProgress;
import org.hearth.server.security.Access;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service measures from interventions and tier changes imported by the server, on a review date of 31 March 2019,
 * over 1 April 2018 to 31 March 2019: every boundary a case can move across, each as known on the review date.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredCaseMovementsTest {
    private static final LocalDate REVIEW_DATE = LocalDate.of(2019, 3, 31);
    private static final LocalDate FROM = LocalDate.of(2018, 4, 1);
    private static final Access.VisibleFamilies EVERY_FAMILY = new Access.VisibleFamilies(true, Set.of());

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private ServiceMeasuresReport report;

    @BeforeAll
    void importTheCases() {
        server = Southwark.offline(temp.resolve("hearth"), REVIEW_DATE);
        CanonicalFolder folder = new CanonicalFolder();
        for (String family : List.of("R-1", "R-2", "R-3", "R-4", "S-1", "T-1", "T-2", "T-3", "T-4")) {
            folder.family(family, "M" + family, "C" + family + ":2010-01-01");
        }
        folder.file("interventions.csv",
                // Closed on 31 August 2018; engaged again on 28 February 2019, six months on: a re-referral.
                "I-1,R-1,2017-01-10,kw,Early Help,targeted_early_help,2018-08-31,outcomes achieved",
                "I-2,R-1,2019-02-28,kw,Early Help,targeted_early_help,,",
                // The same closure; engaged again on 1 March 2019, the day after six months: not one.
                "I-3,R-2,2017-01-10,kw,Early Help,targeted_early_help,2018-08-31,outcomes achieved",
                "I-4,R-2,2019-03-01,kw,Early Help,targeted_early_help,,",
                // Engaged again on the day the case closed, 31 October 2018: a re-referral (the pathway's rule).
                "I-10,R-3,2017-01-10,kw,Early Help,targeted_early_help,2018-10-31,outcomes achieved",
                "I-11,R-3,2018-10-31,kw,Early Help,targeted_early_help,2019-01-31,outcomes achieved",
                // Closed on 31 May 2018, engaged again on 15 June (a re-referral), and again on 1 July while that case
                // was still open: the family never left, so the third is not one.
                "I-12,R-4,2017-01-10,kw,Early Help,targeted_early_help,2018-05-31,outcomes achieved",
                "I-13,R-4,2018-06-15,kw,Early Help,targeted_early_help,2019-01-31,outcomes achieved",
                "I-14,R-4,2018-07-01,kw,Early Help,targeted_early_help,2019-01-31,outcomes achieved",
                // Stepped down from tier 4 on 31 March 2018, before the period, and from tier 3 on 1 April 2018, its
                // first day; a step on 1 April 2019 is after the review date, not known yet.
                "I-5,S-1,2018-03-01,kw,Social Care,child_protection_or_looked_after,,",
                // Open at tier 4; closed on the review date; closing after it (open on it); engaged after it.
                "I-6,T-1,2018-01-01,kw,Social Care,child_protection_or_looked_after,,",
                "I-7,T-2,2018-01-01,kw,Social Care,child_protection_or_looked_after,2019-03-31,stepped down",
                "I-8,T-3,2018-01-01,kw,Social Care,child_protection_or_looked_after,2019-04-02,stepped down",
                "I-9,T-4,2019-04-01,kw,Social Care,child_protection_or_looked_after,,");
        folder.file("tier_changes.csv",
                "TC-1,I-5,2018-03-31,child_in_need",
                "TC-2,I-5,2018-04-01,targeted_early_help",
                "TC-3,I-5,2019-04-01,universal_plus");
        server.getBean(DataImport.class).importFolder(folder.writeTo(temp.resolve("data")), "test", ImportProgress.NONE);
        report = server.getBean(ServiceMeasures.class).report(FROM, REVIEW_DATE, REVIEW_DATE, EVERY_FAMILY);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    @DisplayName("Step downs from social care counted in the period's months, from its first day: one, from tier 3, "
            + "in April 2018")
    void stepDowns() {
        assertThat(report.months()).hasSize(12);
        assertThat(report.months().get(0)).isEqualTo(new ServiceMeasuresReport.MonthMovements(YearMonth.of(2018, 4), 0, 1,
                0, 0));
        assertThat(report.stepDowns()).isEqualTo(1);
    }

    @Test
    @DisplayName("Re-referrals by the pathway's rule: engaged on the last day of the six months counts, the day after "
            + "does not; engaged on the closure day counts; engaged while another case is open does not")
    void reReferrals() {
        assertThat(report.months().get(2)).as("June 2018").isEqualTo(
                new ServiceMeasuresReport.MonthMovements(YearMonth.of(2018, 6), 0, 0, 1, 1));
        assertThat(report.months().get(3)).as("July 2018").isEqualTo(
                new ServiceMeasuresReport.MonthMovements(YearMonth.of(2018, 7), 0, 0, 1, 0));
        assertThat(report.months().get(6)).as("October 2018").isEqualTo(
                new ServiceMeasuresReport.MonthMovements(YearMonth.of(2018, 10), 0, 0, 1, 1));
        assertThat(report.months().get(10)).isEqualTo(new ServiceMeasuresReport.MonthMovements(YearMonth.of(2019, 2), 0, 0,
                1, 1));
        assertThat(report.months().get(11)).isEqualTo(new ServiceMeasuresReport.MonthMovements(YearMonth.of(2019, 3), 0, 0,
                1, 0));
        assertThat(report.reReferrals()).isEqualTo(3);
        assertThat(server.getBean(CaseMovements.class).engagements(FROM, REVIEW_DATE, EVERY_FAMILY))
                .filteredOn(engagement -> engagement.reReferral() != null)
                .extracting(CaseMovements.Engagement::interventionId, engagement -> engagement.reReferral().earlierInterventionId(),
                        engagement -> engagement.reReferral().lastDayCounted())
                .containsExactlyInAnyOrder(tuple("I-2", "I-1", LocalDate.of(2019, 2, 28)),
                        tuple("I-11", "I-10", LocalDate.of(2019, 4, 30)), tuple("I-13", "I-12", LocalDate.of(2018, 11, 30)));
    }

    @Test
    @DisplayName("Cases open at each tier at the end of the review date: one closed that day is not, one closing "
            + "later is, one engaged later is not; a tier change later is not made yet")
    void openCasesByTier() {
        assertThat(report.openCases()).extracting(ServiceMeasuresReport.TierCases::cases).containsExactly(0L, 3L, 0L, 2L);
        assertThat(report.atTier4()).isEqualTo(2);
        assertThat(report.tierTable().rows().get(3).cells()).extracting(ReportTable.Cell::text)
                .containsExactly("4", "child_protection_or_looked_after", "2");
    }
}
