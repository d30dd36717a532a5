package org.hearth.server.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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
 * The claims forecast for Southwark families whose outlooks are known (the worked examples of docs/evaluation.md §11
 * and §13, seen on 1 October 2015), imported and evaluated by the server: each family's certainty, expected day and
 * quarter, and the quarters' figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimsForecastTest {
    private static final LocalDate REVIEW_DATE = LocalDate.of(2015, 10, 1);
    private static final Access.VisibleFamilies EVERY_FAMILY = new Access.VisibleFamilies(true, Set.of());

    @TempDir
    static Path temp;

    private ConfigurableApplicationContext server;
    private ForecastReport report;
    private Map<String, ForecastReport.ForecastFamily> families;

    @BeforeAll
    void importTheFamilies() {
        server = Southwark.offline(temp.resolve("hearth"), REVIEW_DATE);
        server.getBean(DataImport.class).importFolder(folder().writeTo(temp.resolve("data")), "test", ImportProgress.NONE);
        report = server.getBean(ClaimsForecast.class).report(REVIEW_DATE, EVERY_FAMILY);
        families = report.families().stream()
                .collect(Collectors.toMap(ForecastReport.ForecastFamily::familyId, Function.identity()));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /**
     * Every family engaged on 1 June 2015 (the identification day), a son convicted on 10 February 2015 (problem 1:
     * outcome 1.1, no offence in the six months after, is met on 30 November 2015, when those months first start on
     * or after identification), and a second problem:
     * <ul>
     *   <li>F-1, F-2: a daughter's child protection plan, ended on 30 September 2015 and on 1 October 2015 (3.5: six
     *       months later, 30 March and 1 April 2016);</li>
     *   <li>F-3: the mother's mental health need, still open (problem 6, which only the key worker's signed-off answer
     *       6.5 can show progress on);</li>
     *   <li>F-4: the son persistently absent, 20% of sessions in each of the three terms before engagement (problem
     *       2: attendance over three full terms, whose next term's figures come when it ends);</li>
     *   <li>F-5: the conviction alone: one problem, not eligible.</li>
     * </ul>
     */
    private static CanonicalFolder folder() {
        CanonicalFolder folder = new CanonicalFolder()
                .family("F-1", "M1", "C1:2008-04-04", "S1:2001-12-12")
                .family("F-2", "M2", "C2:2008-04-04", "S2:2001-12-12")
                .family("F-3", "M3", "S3:2001-12-12")
                .family("F-4", "M4", "S4:2003-05-05")
                .family("F-5", "M5", "S5:2001-12-12")
                .file("offences.csv", "record_id,person_id,date,disposal,serious,gravity,source")
                .file("social_care.csv", "record_id,person_id,episode_type,start_date,end_date,end_reason,source",
                        "SC-1,C1,child_protection_plan,2015-02-01,2015-09-30,,MOSAIC",
                        "SC-2,C2,child_protection_plan,2015-02-01,2015-10-01,,MOSAIC")
                .file("health_needs.csv", "record_id,person_id,need,start_date,end_date,source",
                        "HN-3,M3,mental_health,2014-01-01,,CMHT")
                .file("attendance.csv", "record_id,person_id,academic_year,term,possible_sessions,authorised_absence,"
                                + "unauthorised_absence,school_urn,source",
                        "AT-1,S4,2013/14,summer,140,14,14,100001,school census",
                        "AT-2,S4,2014/15,autumn,140,14,14,100001,school census",
                        "AT-3,S4,2014/15,spring,140,14,14,100001,school census",
                        "AT-4,S4,2014/15,summer,140,3,4,100001,school census");
        for (int family = 1; family <= 5; family++) {
            folder.file("interventions.csv", "I-" + family + ",F-" + family + ",2015-06-01,key worker,Early Help,"
                    + (family <= 2 ? "child_protection_or_looked_after" : "targeted_early_help") + ",,");
            folder.file("offences.csv", "OF-" + family + ",S" + family + ",2015-02-10,conviction,false,3,YOS");
        }
        return folder;
    }

    @Test
    @DisplayName("Waiting only for time: the claim day the outlook gives, in its quarter, across the end of the "
            + "financial year (30 March 2016 in 2015/16's fourth quarter, 1 April 2016 in 2016/17's first)")
    void waitingOnlyForTime() {
        assertThat(families.get("F-1")).isEqualTo(new ForecastReport.ForecastFamily("F-1", LocalDate.of(2016, 3, 30),
                new FinancialQuarter(2015, 4), Certainty.WAITING_FOR_TIME, List.of()));
        assertThat(families.get("F-2")).isEqualTo(new ForecastReport.ForecastFamily("F-2", LocalDate.of(2016, 4, 1),
                new FinancialQuarter(2016, 1), Certainty.WAITING_FOR_TIME, List.of()));
    }

    @Test
    @DisplayName("Needs evidence signed off: problem 6 waits for the key worker's answer; the day is problem 1's, "
            + "30 November 2015")
    void needsEvidenceSignedOff() {
        ForecastReport.ForecastFamily family = families.get("F-3");

        assertThat(family.certainty()).isEqualTo(Certainty.NEEDS_SIGN_OFF);
        assertThat(family.expectedOn()).isEqualTo(LocalDate.of(2015, 11, 30));
        assertThat(family.quarter()).isEqualTo(new FinancialQuarter(2015, 3));
        assertThat(family.waitsFor()).contains("6.5: a key worker's signed-off answer")
                .allMatch(waited -> waited.startsWith("6."));
    }

    @Test
    @DisplayName("Needs one more term or period of data: problem 2's attendance waits for the next term's figures; "
            + "the day is problem 1's, 30 November 2015")
    void needsATermsFigures() {
        ForecastReport.ForecastFamily family = families.get("F-4");

        assertThat(family.certainty()).isEqualTo(Certainty.NEEDS_FIGURES);
        assertThat(family.expectedOn()).isEqualTo(LocalDate.of(2015, 11, 30));
        assertThat(family.waitsFor()).contains("2.1: a later term's or period's figures")
                .allMatch(waited -> waited.startsWith("2."));
    }

    @Test
    @DisplayName("A family that is not eligible is not forecast")
    void notEligible() {
        assertThat(families).doesNotContainKey("F-5");
        assertThat(report.claimableNow()).isZero();
    }

    @Test
    @DisplayName("The quarters run from the one holding the day after the review date to the one holding the "
            + "outlook's last day, twelve months on, each family counted once under its certainty")
    void quarters() {
        assertThat(report.quarters()).containsExactly(
                new ForecastReport.QuarterLine(new FinancialQuarter(2015, 3), 0, 1, 1),
                new ForecastReport.QuarterLine(new FinancialQuarter(2015, 4), 1, 0, 0),
                new ForecastReport.QuarterLine(new FinancialQuarter(2016, 1), 1, 0, 0),
                new ForecastReport.QuarterLine(new FinancialQuarter(2016, 2), 0, 0, 0),
                new ForecastReport.QuarterLine(new FinancialQuarter(2016, 3), 0, 0, 0));
        assertThat(report.quarterTable().rows().get(0).cells()).extracting(ReportTable.Cell::text)
                .containsExactly("2015/16 Q3", "October to December 2015", "0", "1", "1", "2");
    }
}
