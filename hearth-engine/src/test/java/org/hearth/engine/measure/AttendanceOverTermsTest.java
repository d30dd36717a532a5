package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.engine.measure.AttendanceOverTerms.AbsenceCounted;
import org.hearth.engine.measure.AttendanceOverTerms.Of;
import org.hearth.engine.testing.BothWays;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.SchoolTerm;
import org.hearth.engine.timeline.SchoolTerm.Term;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.Vocabulary.Role;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceOverTermsTest {
    private static final People SCHOOL_AGE = new People(People.Group.SCHOOL_AGE_CHILDREN, null, null);

    /** Southwark 2.1: every child attends in excess of 90% over the last three full terms. */
    private static AttendanceOverTerms attendance(Quantifier quantifier, Comparison comparison, DatedValue percent) {
        return new AttendanceOverTerms(SCHOOL_AGE, quantifier, 3, TermsEnding.REFERENCE_DAY, Of.ATTENDANCE, comparison,
                percent, AbsenceCounted.ALL);
    }

    private static AttendanceOverTerms everyChild(Comparison comparison, double percent) {
        return attendance(Quantifier.EVERY, comparison, DatedValue.of(percent));
    }

    private static DatedValue steps(String json) throws Exception {
        return DatedValue.fromJson(new ObjectMapper().readTree(json));
    }

    private static SchoolTerm term(int academicYear, Term term) {
        return FamilyFixture.CALENDAR.term(academicYear, term);
    }

    private static TermAttendance record(String child, int academicYear, Term term, int possible, int authorised,
                                         int unauthorised) {
        return new TermAttendance("AT-" + child + "-" + academicYear + "-" + term, child, term(academicYear, term),
                possible, authorised, unauthorised, "100001", "school census");
    }

    /**
     * A child's autumn, spring and summer of one academic year: the possible sessions split 130/120/rest
     * and the absences (all authorised) split as evenly as they go.
     */
    private static List<TermAttendance> year(String child, int academicYear, int possible, int attended) {
        int absent = possible - attended;
        int[] possibles = {130, 120, possible - 250};
        int[] absences = {absent / 3, absent / 3, absent - 2 * (absent / 3)};
        List<TermAttendance> records = new ArrayList<>();
        Term[] terms = Term.values();
        for (int i = 0; i < 3; i++) {
            records.add(record(child, academicYear, terms[i], possibles[i], absences[i], 0));
        }
        return records;
    }

    /** A family with one child of secondary age, engaged before autumn 2015. */
    private static FamilyFixture oneChild() {
        return FamilyFixture.family("F1").mother("P1", "1980-03-01").child("P2", "2003-05-20").engaged("2015-06-01");
    }

    private static FamilyTimeline build(FamilyFixture fixture, List<TermAttendance> records) {
        records.forEach(fixture::record);
        return fixture.build();
    }

    private static MeasureContext review(FamilyTimeline family, String reviewDate, String identifiedOn) {
        return MeasureContext.review(family, d(reviewDate), d(identifiedOn));
    }

    @ParameterizedTest(name = "{1} of {0} sessions against {2} {3}%: {4} ({5})")
    @CsvSource({
        "375, 337, ABOVE,    90, NOT_MET, 89.9%",
        "380, 342, ABOVE,    90, NOT_MET, 90.0%",
        "380, 342, AT_LEAST, 90, MET,     90.0%",
        "380, 343, ABOVE,    90, MET,     90.3%",
        "379, 341, AT_LEAST, 90, NOT_MET, 89.97%",
        "380, 323, AT_LEAST, 85, MET,     85.0%",
        "380, 342, AT_MOST,  90, MET,     90.0%",
        "380, 343, AT_MOST,  90, NOT_MET, 90.3%",
        "380, 341, BELOW,    90, MET,     89.7%",
        "380, 342, BELOW,    90, NOT_MET, 90.0%",
    })
    void comparesTheRateExactlyWithTheThreshold(int possible, int attended, Comparison comparison, double percent,
                                                Status expected, String shown) {
        FamilyTimeline family = build(oneChild(), year("P2", 2015, possible, attended));

        MeasureResult result = everyChild(comparison, percent).evaluate(review(family, "2016-07-31", "2015-06-01"));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("P2: " + attended + " of " + possible
                + " sessions attended over autumn 2015/16, spring 2015/16, summer 2015/16 = " + shown + ", "
                + comparison.words() + " " + (int) percent + "% needed");
    }

    @Test
    void explainsTheTermsTheSessionsTheRateAndCitesTheRecords() {
        List<TermAttendance> records = year("P2", 2015, 380, 342);
        FamilyTimeline family = build(oneChild(), records);

        MeasureResult result = everyChild(Comparison.ABOVE, 90).evaluate(review(family, "2016-07-31", "2015-06-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).startsWith("every one of the school age children needs attendance "
                        + "above 90% (the threshold on 2016-07-31) over the last 3 full terms to 2016-07-31 (autumn 2015/16, "
                        + "spring 2015/16, summer 2015/16: 2015-09-01 to 2016-07-31), 0 of 1 do")
                .contains("P2: 342 of 380 sessions attended over autumn 2015/16, spring 2015/16, summer 2015/16 = 90.0%, "
                        + "above 90% needed: not met")
                .contains("[attendance AT-P2-2015-AUTUMN (2015-09-01 to 2015-12-31)");
        assertThat(result.explanation().cited()).containsExactlyElementsOf(records);
    }

    @Test
    void sunderlandThresholdIs85PercentUntilAugust2015And90PercentFromSeptember() throws Exception {
        AttendanceOverTerms sunderland = attendance(Quantifier.EVERY, Comparison.ABOVE,
                steps("[{\"value\": 85}, {\"value\": 90, \"from\": \"2015-09-01\"}]"));
        FamilyTimeline family = build(oneChild(), year("P2", 2014, 380, 331));

        MeasureResult lastDayOf85 = BothWays.evaluate(sunderland, review(family, "2015-08-31", "2014-07-15"));
        MeasureResult firstDayOf90 = BothWays.evaluate(sunderland, review(family, "2015-09-01", "2014-07-15"));

        assertThat(lastDayOf85.status()).isEqualTo(Status.MET);
        assertThat(lastDayOf85.explanation().text())
                .contains("above 85% (the threshold on 2015-08-31)")
                .contains("P2: 331 of 380 sessions attended over autumn 2014/15, spring 2014/15, summer 2014/15 = 87.1%, "
                        + "above 85% needed: met");
        assertThat(firstDayOf90.status()).isEqualTo(Status.NOT_MET);
        assertThat(firstDayOf90.explanation().text())
                .contains("P2: 331 of 380 sessions attended over autumn 2014/15, spring 2014/15, summer 2014/15 = 87.1%, "
                        + "above 90% needed: not met");
    }

    /**
     * Problems that emerge are looked for day after day, and a term measure's answer is carried from
     * one day to the next: it must be worked out again when the threshold changes (Sunderland's 85%
     * becoming 90% on 2015-09-01), when a child joins or leaves, and when another term has ended.
     */
    @Test
    void dayAfterDayTheAnswerIsWorkedOutAgainWhenTheThresholdTheChildrenOrTheTermsChange() throws Exception {
        AttendanceOverTerms anyChild = attendance(Quantifier.ANY, Comparison.ABOVE,
                steps("[{\"value\": 85}, {\"value\": 90, \"from\": \"2015-09-01\"}]"));
        FamilyFixture fixture = oneChild()
                .member("P3", "2005-01-10", Sex.FEMALE, Role.CHILD, false, "2015-09-15", "2015-11-15");
        List<TermAttendance> records = new ArrayList<>(year("P2", 2014, 380, 331)); // 87.1%
        records.addAll(year("P3", 2014, 380, 361)); // 95.0%, before she joined
        records.add(record("P2", 2015, Term.AUTUMN, 130, 0, 0)); // spring, summer 2014/15 and this: 91.3%
        FamilyTimeline family = build(fixture, records);

        String[][] days = {
            {"2015-08-31", "MET"},     // P2 87.1% above 85%
            {"2015-09-01", "NOT_MET"}, // the threshold is 90%
            {"2015-10-01", "MET"},     // P3 has joined: 95.0%
            {"2015-11-01", "MET"},     // nothing changed
            {"2015-12-01", "NOT_MET"}, // P3 has left
            {"2016-01-01", "MET"},     // autumn 2015/16 has ended: P2 91.3%
        };
        MeasureContext run = MeasureContext.identification(family, d("2015-08-01"));
        for (String[] day : days) {
            run = run.onDay(d(day[0]));
            assertThat(anyChild.decide(run)).as(day[0]).isEqualTo(Status.valueOf(day[1]));
            assertThat(anyChild.decide(run)).as(day[0] + ", asked again").isEqualTo(Status.valueOf(day[1]));
            assertThat(BothWays.evaluate(anyChild, MeasureContext.identification(family, d(day[0]))).status())
                    .as(day[0] + ", tested on its own").isEqualTo(Status.valueOf(day[1]));
        }
    }

    @Test
    void onlyAWholeFamilysIndicatorContextMovesFromDayToDay() {
        FamilyTimeline family = build(oneChild(), List.of());

        assertThatThrownBy(() -> review(family, "2016-07-31", "2015-06-01").onDay(d("2016-08-31")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MeasureContext.identification(family, d("2016-07-31")).onlyFor("P2")
                .onDay(d("2016-08-31"))).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest(name = "{1} of 380 sessions missed, reviewed {0}: {2}")
    @CsvSource({
        "2016-03-31, 46, MET,     12.1%, 15%",
        "2016-04-01, 46, NOT_MET, 12.1%, 10%",
        "2016-03-31, 57, NOT_MET, 15.0%, 15%",
        "2016-04-01, 37, MET,     9.7%,  10%",
        "2016-04-01, 38, NOT_MET, 10.0%, 10%",
    })
    void worcestershireAbsenceBelow15PercentBecomes10PercentFromApril2016(String reviewDate, int missed,
                                                                         Status expected, String shown, String needed)
            throws Exception {
        AttendanceOverTerms worcestershire = new AttendanceOverTerms(SCHOOL_AGE, Quantifier.EVERY, 3,
                TermsEnding.REFERENCE_DAY, Of.ABSENCE, Comparison.BELOW,
                steps("[{\"value\": 15}, {\"value\": 10, \"from\": \"2016-04-01\"}]"), AbsenceCounted.ALL);
        // summer 2014/15, autumn 2015/16 and spring 2015/16 are the last full terms on both review dates
        List<TermAttendance> records = List.of(
                record("P2", 2014, Term.SUMMER, 130, missed / 3, 0),
                record("P2", 2015, Term.AUTUMN, 130, missed / 3, 0),
                record("P2", 2015, Term.SPRING, 120, missed - 2 * (missed / 3), 0));
        FamilyTimeline family = build(oneChild(), records);

        MeasureResult result = BothWays.evaluate(worcestershire, review(family, reviewDate, "2015-06-15"));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("P2: " + missed + " of 380 sessions missed over summer 2014/15, "
                + "autumn 2015/16, spring 2015/16 = " + shown + ", below " + needed + " needed");
    }

    @Test
    void aChildWithATermMissingFailsAndTheExplanationNamesTheTerm() {
        List<TermAttendance> records = List.of(
                record("P2", 2015, Term.AUTUMN, 130, 0, 0),
                record("P2", 2015, Term.SUMMER, 130, 0, 0));
        FamilyTimeline family = build(oneChild(), records);

        MeasureResult result = everyChild(Comparison.ABOVE, 90).evaluate(review(family, "2016-07-31", "2015-06-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).contains("P2: no attendance record for spring 2015/16 "
                + "(2016-01-01 to 2016-03-31), so the rate over autumn 2015/16, spring 2015/16, summer 2015/16 cannot be "
                + "shown: not met");
        assertThat(result.explanation().cited()).containsExactlyElementsOf(records);
    }

    @Test
    void everyChildMustMeetItButAnyOneChildIsEnoughForAnyChild() {
        List<TermAttendance> records = new ArrayList<>(year("P2", 2015, 380, 361));
        records.addAll(year("P3", 2015, 380, 304));
        FamilyTimeline family = build(oneChild().child("P3", "2006-01-10"), records);
        MeasureContext context = review(family, "2016-07-31", "2015-06-01");

        MeasureResult every = attendance(Quantifier.EVERY, Comparison.ABOVE, DatedValue.of(90)).evaluate(context);
        MeasureResult any = attendance(Quantifier.ANY, Comparison.ABOVE, DatedValue.of(90)).evaluate(context);

        assertThat(every.status()).isEqualTo(Status.NOT_MET);
        assertThat(every.explanation().text()).contains(", 1 of 2 do")
                .contains("P2: 361 of 380 sessions attended over autumn 2015/16, spring 2015/16, summer 2015/16 = 95.0%, "
                        + "above 90% needed: met")
                .contains("P3: 304 of 380 sessions attended over autumn 2015/16, spring 2015/16, summer 2015/16 = 80.0%, "
                        + "above 90% needed: not met");
        assertThat(any.status()).isEqualTo(Status.MET);
        assertThat(any.explanation().text()).startsWith("any one of the school age children");
    }

    @Test
    void persistentAbsenceIndicatorLooksAtTheTermsBeforeIdentificationAndIsNeverTooEarly() {
        FamilyTimeline family = build(oneChild(), year("P2", 2014, 380, 330));
        AttendanceOverTerms persistentAbsence = attendance(Quantifier.ANY, Comparison.AT_MOST, DatedValue.of(90));

        MeasureResult result = BothWays.evaluate(persistentAbsence,
                MeasureContext.identification(family, d("2015-10-15")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("P2: 330 of 380 sessions attended over autumn 2014/15, "
                + "spring 2014/15, summer 2014/15 = 86.8%, at most 90% needed: met");
    }

    @Test
    void childrenWhoAreNotOfSchoolAgeAreOutOfScope() {
        // on 31 August 2015 one is 2 (not yet in Reception) and one is 17 (past Year 11)
        FamilyFixture fixture = FamilyFixture.family("F1").mother("P1", "1980-03-01")
                .child("P3", "2013-01-15").child("P4", "1998-06-01").engaged("2015-06-01");
        List<TermAttendance> poor = new ArrayList<>(year("P3", 2015, 380, 190));
        poor.addAll(year("P4", 2015, 380, 190));

        MeasureResult nobody = everyChild(Comparison.ABOVE, 90)
                .evaluate(review(build(fixture, poor), "2016-07-31", "2015-06-01"));
        fixture.child("P2", "2003-05-20");
        MeasureResult onlyTheSchoolChild = everyChild(Comparison.ABOVE, 90)
                .evaluate(review(build(fixture, year("P2", 2015, 380, 361)), "2016-07-31", "2015-06-01"));

        assertThat(nobody.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(nobody.explanation().text()).isEqualTo("no school age children in the family in the last 3 full terms to 2016-07-31 "
                + "(autumn 2015/16, spring 2015/16, summer 2015/16: 2015-09-01 to 2016-07-31)");
        assertThat(onlyTheSchoolChild.status()).isEqualTo(Status.MET);
        assertThat(onlyTheSchoolChild.explanation().text()).contains("1 of 1 do").contains("P2: ")
                .doesNotContain("P3").doesNotContain("P4");
    }

    /**
     * Who is in a group for the period measured (docs/evaluation.md §6): P4, born 10 May 2000, was in
     * Year 11 in 2015/16 and leaves school age on 1 September 2016; the three terms reviewed on either
     * day are those of 2015/16, in all of which P4 was of school age, so P4 counts on both days and the
     * sibling's good attendance does not meet "every child" alone.
     */
    @ParameterizedTest(name = "review on {0}")
    @CsvSource({"2016-08-31", "2016-09-01"})
    void aYear11LeaverCountsForTheTermsInWhichTheyWereOfSchoolAge(String review) {
        FamilyFixture fixture = FamilyFixture.family("F1").mother("P1", "1980-03-01")
                .child("P4", "2000-05-10").child("P2", "2003-05-20").engaged("2015-06-01");
        List<TermAttendance> records = new ArrayList<>(year("P4", 2015, 380, 300));
        records.addAll(year("P2", 2015, 380, 375));
        FamilyTimeline family = build(fixture, records);

        MeasureResult both = everyChild(Comparison.ABOVE, 90).evaluate(review(family, review, "2015-06-01"));

        assertThat(both.status()).isEqualTo(Status.NOT_MET);
        assertThat(both.explanation().text()).contains("1 of 2 do").contains("P4: 300 of 380");
    }

    @ParameterizedTest(name = "review on {0}")
    @CsvSource({"2016-08-31", "2016-09-01"})
    void aYear11LeaverAloneIsStillInScopeAfterLeaving(String review) {
        FamilyFixture fixture = FamilyFixture.family("F1").mother("P1", "1980-03-01")
                .child("P4", "2000-05-10").engaged("2015-06-01");

        MeasureResult result = everyChild(Comparison.ABOVE, 90)
                .evaluate(review(build(fixture, year("P4", 2015, 380, 375)), review, "2015-06-01"));

        assertThat(result.status()).isEqualTo(Status.MET);
    }

    /**
     * School age is judged by the age on the 31 August before each school year: a child born on
     * 31 August 2011 is 4 on 31 August 2015 and starts Reception in 2015/16; one born a day later starts
     * a year later, so is not in scope for the terms of 2015/16 at all.
     */
    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource({"2011-08-31, NOT_MET", "2011-09-01, MET"})
    void receptionStartsWithTheSchoolYearAfterTheFourthBirthday(String born, Status status) {
        FamilyFixture fixture = FamilyFixture.family("F1").mother("P1", "1980-03-01")
                .child("P5", born).child("P2", "2003-05-20").engaged("2015-06-01");
        List<TermAttendance> records = new ArrayList<>(year("P2", 2015, 380, 375));
        records.addAll(year("P5", 2015, 380, 300));

        MeasureResult result = everyChild(Comparison.ABOVE, 90)
                .evaluate(review(build(fixture, records), "2016-07-31", "2015-06-01"));

        assertThat(result.status()).isEqualTo(status);
    }

    /**
     * A child who turns school age in the last of the three terms counts for that term alone: a child
     * who started Reception in September 2015 is measured over 2015/16's terms, not over summer 2014/15.
     */
    @Test
    void aChildCountsOnlyForTheTermsInWhichTheyWereOfSchoolAge() {
        FamilyFixture fixture = FamilyFixture.family("F1").mother("P1", "1980-03-01")
                .child("P5", "2011-06-01").engaged("2015-01-10");
        // Terms reviewed on 2015-12-31: spring 2015 and summer 2015 (not of school age) and autumn 2015.
        FamilyTimeline family = build(fixture, List.of(record("P5", 2015, Term.AUTUMN, 130, 5, 0)));

        MeasureResult result = everyChild(Comparison.ABOVE, 90).evaluate(review(family, "2015-12-31", "2015-01-10"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("P5: 125 of 130");
    }

    @Test
    void onlyUnauthorisedAbsenceCountsAgainstAttendanceWhenThePlanSaysSo() {
        List<TermAttendance> records = List.of(
                record("P2", 2015, Term.AUTUMN, 130, 10, 10),
                record("P2", 2015, Term.SPRING, 120, 10, 5),
                record("P2", 2015, Term.SUMMER, 130, 10, 5));
        FamilyTimeline family = build(oneChild(), records);
        MeasureContext context = review(family, "2016-07-31", "2015-06-01");

        MeasureResult all = everyChild(Comparison.AT_LEAST, 90).evaluate(context);
        MeasureResult unauthorised = new AttendanceOverTerms(SCHOOL_AGE, Quantifier.EVERY, 3, TermsEnding.REFERENCE_DAY,
                Of.ATTENDANCE, Comparison.AT_LEAST, DatedValue.of(90), AbsenceCounted.UNAUTHORISED).evaluate(context);

        assertThat(all.status()).isEqualTo(Status.NOT_MET);
        assertThat(all.explanation().text()).contains("P2: 330 of 380 sessions attended over");
        assertThat(unauthorised.status()).isEqualTo(Status.MET);
        assertThat(unauthorised.explanation().text())
                .contains("P2: 360 of 380 sessions attended or absent with authorisation over");
    }

    @Test
    void aTermWithTwoSchoolsCountsBothRecords() {
        List<TermAttendance> records = new ArrayList<>(year("P2", 2015, 380, 361));
        records.set(1, record("P2", 2015, Term.SPRING, 60, 3, 0));
        records.add(new TermAttendance("AT-P2-2015-SPRING-B", "P2", term(2015, Term.SPRING), 60, 3, 0, "100002",
                "school census"));
        FamilyTimeline family = build(oneChild(), records);

        MeasureResult result = everyChild(Comparison.ABOVE, 90).evaluate(review(family, "2016-07-31", "2015-06-01"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("P2: 361 of 380 sessions attended");
        assertThat(result.explanation().cited()).hasSize(4);
    }

    @Test
    void anOutcomeIsTooEarlyUntilEveryTermEndsAfterIdentification() {
        FamilyTimeline family = build(oneChild(), year("P2", 2015, 380, 361));
        AttendanceOverTerms southwark = everyChild(Comparison.ABOVE, 90);

        MeasureResult early = BothWays.evaluate(southwark, review(family, "2016-07-30", "2015-10-15"));
        MeasureResult onTime = BothWays.evaluate(southwark, review(family, "2016-07-31", "2015-10-15"));

        assertThat(early.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(early.explanation().text()).isEqualTo("the last 3 full terms to 2016-07-30 (summer 2014/15, "
                + "autumn 2015/16, spring 2015/16: 2015-04-01 to 2016-03-31): not all 3 end after the problem was "
                + "identified on 2015-10-15; the earliest review date is 2016-07-31");
        // autumn 2015/16 began before identification, but it ended after: it counts
        assertThat(onTime.status()).isEqualTo(Status.MET);
    }

    @Test
    void dayAfterDayAnOutcomesAnswerCarriesOverOnlyForTheSameDayOfIdentification() {
        // An outlook tests outcomes day after day in one run (MeasureContext.onDay), where what a term measure
        // decided carries over to later days with the same terms. Identified on 30 July 2015 the outcome is met
        // from 31 March 2016; identified on 1 August 2015 it is too early until 31 July 2016: on the days between,
        // the same terms give the two problems different answers, and neither may be taken for the other.
        List<TermAttendance> records = new ArrayList<>(year("P2", 2014, 380, 361));
        records.addAll(year("P2", 2015, 380, 361));
        FamilyTimeline family = build(oneChild(), records);
        AttendanceOverTerms southwark = everyChild(Comparison.ABOVE, 90);

        MeasureContext day = MeasureContext.review(family, d("2016-04-01"), d("2016-04-01"));
        for (LocalDate next = d("2016-04-02"); next.isBefore(d("2016-07-31")); next = next.plusDays(1)) {
            day = day.onDay(next);
            assertThat(MeasureResult.decided(southwark, day.identifiedOn(d("2015-07-30"))).status()).as("%s", next)
                    .isEqualTo(Status.MET);
            assertThat(MeasureResult.decided(southwark, day.identifiedOn(d("2015-08-01"))).status()).as("%s", next)
                    .isEqualTo(Status.TOO_EARLY);
        }
        day = day.onDay(d("2016-07-31"));
        assertThat(MeasureResult.decided(southwark, day.identifiedOn(d("2015-08-01"))).status()).isEqualTo(Status.MET);
    }

    @ParameterizedTest(name = "identified {0}: earliest review {1}")
    @CsvSource({
        "2015-07-30, 2016-03-31",
        "2015-07-31, 2016-07-31",
        "2015-08-01, 2016-07-31",
    })
    void aTermEndingOnTheIdentificationDayDoesNotCountForTheOutcome(String identifiedOn, String earliestReview) {
        List<TermAttendance> records = new ArrayList<>(year("P2", 2014, 380, 361));
        records.addAll(year("P2", 2015, 380, 361));
        FamilyTimeline family = build(oneChild(), records);
        AttendanceOverTerms southwark = everyChild(Comparison.ABOVE, 90);
        LocalDate earliest = d(earliestReview);

        MeasureResult dayBefore = BothWays.evaluate(southwark,
                MeasureContext.review(family, earliest.minusDays(1), d(identifiedOn)));
        MeasureResult onTheDay = BothWays.evaluate(southwark, MeasureContext.review(family, earliest, d(identifiedOn)));

        assertThat(dayBefore.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(dayBefore.explanation().text()).endsWith("the earliest review date is " + earliestReview);
        assertThat(onTheDay.status()).isEqualTo(Status.MET);
    }

    @Test
    void theBaselineBeforeTheQuarterOfIdentificationIsTheThreeTermsEndingBy31March2018ForEngagementOn10May2018() {
        FamilyFixture fixture = FamilyFixture.family("F1").mother("P1", "1980-03-01").child("P2", "2005-05-20")
                .engaged("2018-05-10");
        List<TermAttendance> records = List.of(
                record("P2", 2016, Term.SUMMER, 130, 20, 0),
                record("P2", 2017, Term.AUTUMN, 130, 20, 0),
                record("P2", 2017, Term.SPRING, 120, 20, 0));
        FamilyTimeline family = build(fixture, records);
        AttendanceOverTerms baseline = new AttendanceOverTerms(SCHOOL_AGE, Quantifier.ANY, 3,
                TermsEnding.BEFORE_IDENTIFICATION_QUARTER, Of.ATTENDANCE, Comparison.BELOW, DatedValue.of(90),
                AbsenceCounted.ALL);

        // tested in a review a year later: a baseline is not held back as too early
        MeasureResult result = BothWays.evaluate(baseline, review(family, "2019-07-31", "2018-05-10"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .contains("the 3 full terms before the quarter from 2018-04-01 in which the problem "
                        + "was identified (summer 2016/17, autumn 2017/18, spring 2017/18: 2017-04-01 to 2018-03-31)")
                .contains("P2: 320 of 380 sessions attended over summer 2016/17, autumn 2017/18, spring 2017/18 = 84.2%, "
                        + "below 90% needed: met");
        assertThat(result.explanation().cited()).containsExactlyElementsOf(records);
    }

    @Test
    void aCalendarWithTooFewTermsCannotShowTheRate() {
        // the fixture's calendar starts in autumn 2005
        FamilyFixture fixture = FamilyFixture.family("F1").mother("P1", "1980-03-01").child("P2", "1998-05-20");
        FamilyTimeline family = build(fixture, List.of(record("P2", 2005, Term.AUTUMN, 130, 0, 0)));

        MeasureResult result = everyChild(Comparison.ABOVE, 90)
                .evaluate(MeasureContext.identification(family, d("2006-01-15")));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).endsWith("the school calendar has only 1 of the 3 terms needed");
    }

    @Test
    void anOutcomeIsTooEarlyWhenTheCalendarDoesNotYetHaveTheTermsAfterIdentification() {
        // the fixture's calendar ends with summer 2029/30: only spring and summer end after 15 January 2030
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "2000-03-01").child("P2", "2020-05-20")
                .engaged("2030-01-15").build();

        MeasureResult result = everyChild(Comparison.ABOVE, 90).evaluate(review(family, "2030-08-31", "2030-01-15"));

        assertThat(result.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(result.explanation().text()).endsWith("the school calendar does not yet have 3 terms ending after "
                + "that day");
    }

    @Test
    void noThresholdInForceOnTheReferenceDayIsNotMet() throws Exception {
        FamilyTimeline family = build(oneChild(), year("P2", 2015, 380, 361));
        AttendanceOverTerms later = attendance(Quantifier.EVERY, Comparison.ABOVE,
                steps("[{\"value\": 90, \"from\": \"2016-09-01\"}]"));

        MeasureResult result = BothWays.evaluate(later, review(family, "2016-07-31", "2015-06-01"));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).startsWith("no attendance threshold is in force on 2016-07-31");
    }

    @Test
    void readsThePlanForm() {
        Measure measure = PlanSnippets.measure("""
                type: attendance_over_terms
                people: school_age_children
                quantifier: any
                terms: 3
                terms_ending: before_identification_quarter
                of: absence
                comparison: at_least
                percent:
                  - value: 15
                  - value: 10
                    from: 2016-04-01
                absence_counted: unauthorised
                """);

        assertThat(measure).isInstanceOfSatisfying(AttendanceOverTerms.class, read -> {
            assertThat(read.people()).isEqualTo(SCHOOL_AGE);
            assertThat(read.quantifier()).isEqualTo(Quantifier.ANY);
            assertThat(read.terms()).isEqualTo(3);
            assertThat(read.termsEnding()).isEqualTo(TermsEnding.BEFORE_IDENTIFICATION_QUARTER);
            assertThat(read.of()).isEqualTo(Of.ABSENCE);
            assertThat(read.comparison()).isEqualTo(Comparison.AT_LEAST);
            assertThat(read.percent().on(d("2016-03-31"))).isEqualByComparingTo("15");
            assertThat(read.percent().on(d("2016-04-01"))).isEqualByComparingTo("10");
            assertThat(read.absenceCounted()).isEqualTo(AbsenceCounted.UNAUTHORISED);
        });
    }

    @Test
    void thePlanFormDefaultsToEverySchoolAgeChildOverTheLastThreeTermsCountingEveryAbsence() {
        Measure measure = PlanSnippets.measure("""
                type: attendance_over_terms
                comparison: above
                percent: 90
                """);

        assertThat(measure).isEqualTo(new AttendanceOverTerms(SCHOOL_AGE, Quantifier.EVERY, 3,
                TermsEnding.REFERENCE_DAY, Of.ATTENDANCE, Comparison.ABOVE, ((AttendanceOverTerms) measure).percent(),
                AbsenceCounted.ALL));
    }

    @Test
    void aPlanMustGiveTheComparisonAndThePercent() {
        assertThatThrownBy(() -> new AttendanceOverTerms(null, null, null, null, null, null, DatedValue.of(90), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a comparison");
        assertThatThrownBy(() -> new AttendanceOverTerms(null, null, null, null, null, Comparison.ABOVE, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a percent");
        assertThatThrownBy(() -> new AttendanceOverTerms(null, null, 0, null, null, Comparison.ABOVE, DatedValue.of(90),
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("terms must be at least 1");
    }
}
