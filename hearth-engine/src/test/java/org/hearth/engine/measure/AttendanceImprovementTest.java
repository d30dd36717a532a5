package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.measure.AttendanceOverTerms.AbsenceCounted;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.SchoolTerm.Term;
import org.hearth.engine.timeline.TermAttendance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Southampton strand 2: attendance improved by 30% on the three full terms before the quarter in
 * which the intervention started. The family is engaged on 10 May 2018, so the baseline terms are
 * summer 2016/17, autumn 2017/18 and spring 2017/18, and a review on 31 July 2019 looks at autumn
 * 2018/19, spring 2018/19 and summer 2018/19.
 */
class AttendanceImprovementTest {
    private static final People SCHOOL_AGE = new People(People.Group.SCHOOL_AGE_CHILDREN, null, null);
    private static final String BASELINE_TERMS = "summer 2016/17, autumn 2017/18, spring 2017/18";
    private static final String RECENT_TERMS = "autumn 2018/19, spring 2018/19, summer 2018/19";

    private static AttendanceImprovement southampton(Quantifier quantifier, Double baselineBelow) {
        return new AttendanceImprovement(SCHOOL_AGE, quantifier, 3, DatedValue.of(30),
                baselineBelow == null ? null : DatedValue.of(baselineBelow), AbsenceCounted.ALL);
    }

    private static TermAttendance record(String child, int academicYear, Term term, int possible, int authorised,
                                         int unauthorised) {
        return new TermAttendance("AT-" + child + "-" + academicYear + "-" + term, child,
                FamilyFixture.CALENDAR.term(academicYear, term), possible, authorised, unauthorised, "100001",
                "school census");
    }

    /**
     * Three terms' records, possible sessions split 130/120/rest, authorised absences spread as evenly
     * as each term's sessions allow.
     */
    private static List<TermAttendance> terms(String child, int firstYear, Term firstTerm, int possible, int attended) {
        int[] possibles = {130, 120, possible - 250};
        int[] absences = new int[3];
        int left = possible - attended;
        for (int i = 0; i < 3; i++) {
            absences[i] = Math.min(possibles[i], left / (3 - i));
            left -= absences[i];
        }
        for (int i = 0; i < 3; i++) {
            int more = Math.min(possibles[i] - absences[i], left);
            absences[i] += more;
            left -= more;
        }
        List<TermAttendance> records = new ArrayList<>();
        int year = firstYear;
        int term = firstTerm.ordinal();
        for (int i = 0; i < 3; i++) {
            records.add(record(child, year, Term.values()[term], possibles[i], absences[i], 0));
            year += term == 2 ? 1 : 0;
            term = (term + 1) % 3;
        }
        return records;
    }

    private static List<TermAttendance> baseline(String child, int possible, int attended) {
        return terms(child, 2016, Term.SUMMER, possible, attended);
    }

    private static List<TermAttendance> recent(String child, int possible, int attended) {
        return terms(child, 2018, Term.AUTUMN, possible, attended);
    }

    private static FamilyFixture family() {
        return FamilyFixture.family("F1").mother("P1", "1980-03-01").child("P2", "2006-02-11").engaged("2018-05-10");
    }

    private static FamilyTimeline build(FamilyFixture fixture, List<List<TermAttendance>> records) {
        records.forEach(list -> list.forEach(fixture::record));
        return fixture.build();
    }

    private static MeasureContext review(FamilyTimeline family, String reviewDate) {
        return MeasureContext.review(family, d(reviewDate), d("2018-05-10"));
    }

    @ParameterizedTest(name = "baseline {1} of {0}, recent {4} of {3}: {5} ({7})")
    @CsvSource({
        "380, 190, 50.0%, 380, 247, MET,     65.0%,  30.0%",
        "380, 190, 50.0%, 380, 246, NOT_MET, 64.7%,  29.5%",
        "400, 200, 50.0%, 380, 247, MET,     65.0%,  30.0%",
        "400, 200, 50.0%, 380, 246, NOT_MET, 64.7%,  29.5%",
        "380, 300, 78.9%, 380, 380, NOT_MET, 100.0%, 26.7%",
    })
    void theImprovementIsRelativeToTheBaselineRateAndComparedExactly(int basePossible, int baseAttended,
                                                                     String baseRate, int recentPossible,
                                                                     int recentAttended, Status expected,
                                                                     String recentRate, String improvement) {
        FamilyTimeline family = build(family(), List.of(baseline("P2", basePossible, baseAttended),
                recent("P2", recentPossible, recentAttended)));

        MeasureResult result = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-07-31"));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("P2: baseline " + baseAttended + " of " + basePossible
                + " sessions attended over " + BASELINE_TERMS + " = " + baseRate + "; recent " + recentAttended + " of "
                + recentPossible + " sessions over " + RECENT_TERMS + " = " + recentRate + ": an improvement of "
                + improvement + ", at least 30% needed: " + (expected == Status.MET ? "met" : "not met"));
    }

    @Test
    void explainsBothRunsOfTermsAndCitesEveryRecord() {
        List<TermAttendance> before = baseline("P2", 380, 190);
        List<TermAttendance> after = recent("P2", 380, 247);
        FamilyTimeline family = build(family(), List.of(before, after));

        MeasureResult result = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-07-31"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).startsWith("every one of the school age children needs attendance "
                + "improved by at least 30% (the threshold on 2019-07-31) from the 3 full terms before the quarter from "
                + "2018-04-01 in which the problem was identified (" + BASELINE_TERMS
                + ": 2017-04-01 to 2018-03-31) to the last 3 full terms to 2019-07-31 (" + RECENT_TERMS
                + ": 2018-09-01 to 2019-07-31), 1 of 1 in scope do");
        List<TermAttendance> all = new ArrayList<>(before);
        all.addAll(after);
        assertThat(result.explanation().cited()).containsExactlyElementsOf(all);
    }

    @Test
    void onlyChildrenWhoseBaselineWasBelowTheLevelAreInScope() {
        FamilyFixture fixture = family().child("P3", "2008-09-30").child("P4", "2009-10-01");
        FamilyTimeline family = build(fixture, List.of(
                baseline("P2", 380, 361), recent("P2", 380, 300),
                baseline("P3", 380, 342), recent("P3", 380, 300),
                baseline("P4", 380, 190), recent("P4", 380, 247)));

        MeasureResult result = southampton(Quantifier.EVERY, 90.0).evaluate(review(family, "2019-07-31"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .contains(", where the baseline was below 90%, 1 of 1 in scope do")
                .contains("P2: baseline 361 of 380 sessions attended over " + BASELINE_TERMS + " = 95.0%, not below 90%: "
                        + "out of scope")
                .contains("P3: baseline 342 of 380 sessions attended over " + BASELINE_TERMS + " = 90.0%, not below 90%: "
                        + "out of scope")
                .contains("P4: baseline 190 of 380");
    }

    @Test
    void nobodyInScopeIsNotApplicable() {
        FamilyFixture fixture = family().child("P3", "2008-09-30");
        FamilyTimeline family = build(fixture, List.of(baseline("P2", 380, 361), recent("P2", 380, 300)));

        MeasureResult result = southampton(Quantifier.EVERY, 90.0).evaluate(review(family, "2019-07-31"));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).contains(": no child is in scope")
                .contains("P2: baseline 361 of 380 sessions attended over " + BASELINE_TERMS + " = 95.0%, not below 90%")
                .contains("P3: no baseline sessions over " + BASELINE_TERMS + ": out of scope");
    }

    @Test
    void aChildMissingARecentTermFails() {
        List<TermAttendance> after = new ArrayList<>(recent("P2", 380, 300));
        after.remove(1);
        FamilyTimeline family = build(family(), List.of(baseline("P2", 380, 190), after));

        MeasureResult result = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-07-31"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("P2: baseline 190 of 380 sessions attended over "
                + BASELINE_TERMS + " = 50.0%; no attendance record for spring 2018/19 (2019-01-01 to 2019-03-31), so the "
                + "recent rate cannot be shown: not met");
    }

    @Test
    void aBaselineWithATermMissingUsesTheTermsRecordedAndSaysSo() {
        List<TermAttendance> before = new ArrayList<>(baseline("P2", 380, 190));
        before.remove(0);
        FamilyTimeline family = build(family(), List.of(before, recent("P2", 380, 247)));

        MeasureResult result = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-07-31"));

        // autumn and spring only: 250 possible, 127 missed, 123 attended = 49.2%; 65.0% is 32.1% better
        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("P2: baseline 123 of 250 sessions attended over " + BASELINE_TERMS
                + " (no record for summer 2016/17 (2017-04-01 to 2017-07-31)) = 49.2%; recent 247 of 380")
                .contains("an improvement of 32.1%");
    }

    @ParameterizedTest(name = "from nil attendance to {0} sessions: {1}")
    @CsvSource({
        "1, MET,     attending from nil attendance",
        "0, NOT_MET, still nil attendance",
    })
    void fromNilAttendanceAnyAttendanceIsImprovement(int attended, Status expected, String words) {
        FamilyTimeline family = build(family(), List.of(baseline("P2", 380, 0), recent("P2", 380, attended)));

        MeasureResult result = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-07-31"));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("= 0.0%; recent " + attended + " of 380 sessions over "
                + RECENT_TERMS).contains(words);
    }

    @Test
    void aFallIsReportedAsAFall() {
        FamilyTimeline family = build(family(), List.of(baseline("P2", 380, 304), recent("P2", 380, 228)));

        MeasureResult result = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-07-31"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("= 80.0%; recent 228 of 380 sessions over " + RECENT_TERMS
                + " = 60.0%: a fall of 25.0%, at least 30% needed: not met");
    }

    @Test
    void everyChildInScopeMustImproveButAnyOneIsEnoughForAny() {
        FamilyFixture fixture = family().child("P3", "2008-09-30");
        FamilyTimeline family = build(fixture, List.of(baseline("P2", 380, 190), recent("P2", 380, 247),
                baseline("P3", 380, 190), recent("P3", 380, 200)));

        MeasureResult every = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-07-31"));
        MeasureResult any = southampton(Quantifier.ANY, null).evaluate(review(family, "2019-07-31"));

        assertThat(every.status()).isEqualTo(Status.NOT_MET);
        assertThat(every.explanation().text()).contains("1 of 2 in scope do");
        assertThat(any.status()).isEqualTo(Status.MET);
    }

    @Test
    void onlyUnauthorisedAbsenceCountsWhenThePlanSaysSo() {
        // baseline: 190 absences, 40 of them authorised; recent: 133 absences, all unauthorised
        List<TermAttendance> before = List.of(
                record("P2", 2016, Term.SUMMER, 130, 15, 50),
                record("P2", 2017, Term.AUTUMN, 130, 15, 50),
                record("P2", 2017, Term.SPRING, 120, 10, 50));
        List<TermAttendance> after = List.of(
                record("P2", 2018, Term.AUTUMN, 130, 0, 45),
                record("P2", 2018, Term.SPRING, 120, 0, 44),
                record("P2", 2018, Term.SUMMER, 130, 0, 44));
        FamilyTimeline family = build(family(), List.of(before, after));
        AttendanceImprovement unauthorisedOnly = new AttendanceImprovement(SCHOOL_AGE, Quantifier.EVERY, 3,
                DatedValue.of(30), null, AbsenceCounted.UNAUTHORISED);

        MeasureResult all = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-07-31"));
        MeasureResult unauthorised = unauthorisedOnly.evaluate(review(family, "2019-07-31"));

        assertThat(all.status()).isEqualTo(Status.MET);
        assertThat(all.explanation().text()).contains("baseline 190 of 380");
        assertThat(unauthorised.status()).isEqualTo(Status.NOT_MET);
        assertThat(unauthorised.explanation().text()).contains("baseline 230 of 380")
                .contains("an improvement of 7.4%");
    }

    @Test
    void tooEarlyUntilThreeTermsHaveEndedSinceIdentification() {
        // summer 2017/18 ends on 31 July 2018, after identification, so it is the first term that counts
        FamilyTimeline family = build(family(), List.of(baseline("P2", 380, 190),
                terms("P2", 2017, Term.SUMMER, 380, 247)));

        MeasureResult early = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-03-30"));
        MeasureResult onTime = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-03-31"));

        assertThat(early.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(early.explanation().text()).endsWith("the earliest review date is 2019-03-31");
        assertThat(onTime.status()).isEqualTo(Status.MET);
    }

    @Test
    void noSchoolAgeChildIsNotApplicable() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1980-03-01").child("P2", "2016-02-11")
                .engaged("2018-05-10").build();

        MeasureResult result = southampton(Quantifier.EVERY, null).evaluate(review(family, "2019-07-31"));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).isEqualTo("no school age children in the family in the last 3 full terms to 2019-07-31 "
                + "(autumn 2018/19, spring 2018/19, summer 2018/19: 2018-09-01 to 2019-07-31)");
    }

    @Test
    void readsThePlanForm() {
        Measure measure = PlanSnippets.measure("""
                type: attendance_improvement
                people: school_age_children
                quantifier: every
                terms: 3
                improvement_at_least_percent: 30
                baseline_below_percent: 90
                absence_counted: unauthorised
                """);

        assertThat(measure).isInstanceOfSatisfying(AttendanceImprovement.class, read -> {
            assertThat(read.people()).isEqualTo(SCHOOL_AGE);
            assertThat(read.quantifier()).isEqualTo(Quantifier.EVERY);
            assertThat(read.terms()).isEqualTo(3);
            assertThat(read.improvementAtLeastPercent().on(d("2019-07-31"))).isEqualByComparingTo("30");
            assertThat(read.baselineBelowPercent().on(d("2019-07-31"))).isEqualByComparingTo("90");
            assertThat(read.absenceCounted()).isEqualTo(AbsenceCounted.UNAUTHORISED);
        });
    }

    @Test
    void aPlanMustGiveTheImprovement() {
        assertThatThrownBy(() -> new AttendanceImprovement(null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs improvement_at_least_percent");
    }
}
