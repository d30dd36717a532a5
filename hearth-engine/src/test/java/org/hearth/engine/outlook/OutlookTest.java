package org.hearth.engine.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.hearth.engine.evaluation.Evaluator;
import org.hearth.engine.measure.Status;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.timeline.BenefitSpell;
import org.hearth.engine.timeline.BenefitSpell.Benefit;
import org.hearth.engine.timeline.BenefitSpell.ClaimType;
import org.hearth.engine.timeline.EducationSetting;
import org.hearth.engine.timeline.EmploymentSpell;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Offence;
import org.hearth.engine.timeline.Offence.Disposal;
import org.hearth.engine.timeline.SchoolTerm.Term;
import org.hearth.engine.timeline.SocialCareEpisode;
import org.hearth.engine.timeline.TermAttendance;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.engine.timeline.WorkerAssessment;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The outlook (docs/evaluation.md §13) on the built-in plans' rows, each expected day worked out by hand from
 * docs/evaluation.md and the plan row, and checked against the evaluator itself the day before and on the day.
 * The school calendar is the standard one (autumn September–December, spring January–March, summer
 * April–July).
 */
class OutlookTest {
    private static final Plan SOUTHAMPTON = plan("southampton");
    private static final Plan SOUTHWARK = plan("southwark");
    private static final Plan SUNDERLAND = plan("sunderland");

    @ParameterizedTest(name = "re-offending on {0}: met on {1}")
    @DisplayName("Southampton 1.2, no offence with further action in the last six months: met the day the window "
            + "clears, not a day before, across 29 February 2020")
    @CsvSource({
        // The last six months to day R run from (R + 1 day) - 6 months (§2). To 27 February 2020 they start on
        // 28 August 2019, to 28 February on 29 August, to 29 February on 1 September, to 1 March on 2 September.
        "2019-08-28, 2020-02-28",
        "2019-08-29, 2020-02-29",
        "2019-08-31, 2020-02-29",
        "2019-09-01, 2020-03-01"
    })
    void windowClears(String reoffended, String metOn) {
        // Engaged 10 May 2018 after a diversionary panel in January 2018 (indicator 1.2); the review window
        // starts after identification on every day here, so only the re-offence decides.
        FamilyTimeline family = engagedMay2018("S12", "2003-01-01")
                .record(new Offence("OF1", "C", d("2018-01-10"), Disposal.DIVERSIONARY_PANEL, false, null, "YOS"))
                .record(new Offence("OF2", "C", d(reoffended), Disposal.CONVICTION, false, null, "YOS"))
                .build();

        OutcomeOutlook outcome = metOn(SOUTHAMPTON, family, "2019-12-31", "1", "1.2", Status.NOT_MET, metOn);

        assertThat(outcome.missing().text()).contains("2019-07-01 to 2019-12-31: 1 found");
        assertThat(outcome.waitsForSignOff()).isFalse();
        assertThat(outcome.waitsForFigures()).as("dated").isFalse();
        assertThat(outcome.stillMissing()).isNull();
    }

    @Test
    @DisplayName("Southwark 3.5, a child protection plan ended and none again for six months: met six months after "
            + "the end, or six months after a repeat plan's end")
    void childProtectionPlanEnded() {
        // The worked example of docs/evaluation.md §11: both plans ended on 30 September 2015, and 30 September
        // plus six months is 30 March 2016; F-2's repeat plan ended on 26 February 2016, plus six months is
        // 26 August 2016.
        FamilyTimeline once = cpFamily("F-1").build();
        FamilyTimeline repeated = cpFamily("F-2")
                .record(new SocialCareEpisode("SC-3", "C", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN,
                        d("2016-01-04"), d("2016-02-26"), null, "MOSAIC"))
                .build();

        metOn(SOUTHWARK, once, "2016-01-15", "3", "3.5", Status.NOT_MET, "2016-03-30");
        metOn(SOUTHWARK, repeated, "2016-03-29", "3", "3.5", Status.NOT_MET, "2016-08-26");
    }

    @Test
    @DisplayName("Southwark 4.1, 26 of the last 30 weeks in work after Jobseeker's Allowance, the job still open: "
            + "met on the exact day, and the claim by continuous employment with it")
    void continuousEmployment() {
        // The worked example of docs/evaluation.md §11: JSA to 30 June 2015, work from 1 July. On 29 December
        // 2015 the last 30 weeks start on 3 June: four weeks touch 30 June or earlier, 26 are in work. On
        // 28 December the fifth week runs to 6 July with 30 June in it: 25 weeks. The son's offence in
        // November keeps problem 1 without progress, so only the continuous employment route can claim. On
        // 1 December the 30 weeks start on 6 May, before identification on 1 June: too early (§3).
        FamilyTimeline family = FamilyFixture.family("F-1").mother("M", "1984-02-02").child("C", "2001-06-30")
                .engaged("2015-06-01")
                .record(new Offence("OF-1", "C", d("2015-03-10"), Disposal.CONVICTION, false, null, "YOS"))
                .record(new Offence("OF-2", "C", d("2015-11-20"), Disposal.CONVICTION, false, null, "YOS"))
                .record(new BenefitSpell("BN-1", "M", Benefit.JOBSEEKERS_ALLOWANCE, d("2015-01-05"), d("2015-06-30"),
                        false, ClaimType.SINGLE, "DWP"))
                .record(new EmploymentSpell("EM-1", "M", EmploymentSpell.Type.EMPLOYED, d("2015-07-01"), null, null,
                        "DWP"))
                .build();

        metOn(SOUTHWARK, family, "2015-12-01", "4", "4.1", Status.TOO_EARLY, "2015-12-29");
        FamilyOutlook outlook = Outlook.of(SOUTHWARK, family, d("2015-12-01"));
        assertThat(outlook.outcome("4.3")).as("met on the review date: not in the outlook").isNull();
        assertThat(outlook.claimableOn()).isEqualTo(d("2015-12-29"));
        assertThat(Evaluator.evaluate(SOUTHWARK, family, d("2015-12-28")).claim().claimable()).isFalse();

        // After a review already made (as the server does, which stores the evaluation beside the outlook): the same.
        FamilyOutlook following = Outlook.following(SOUTHWARK, family, Evaluator.evaluate(SOUTHWARK, family, d("2015-12-01")));
        assertThat(following.claimableOn()).isEqualTo(d("2015-12-29"));
        assertThat(following.outcome("4.1").earliestMetOn()).isEqualTo(d("2015-12-29"));
        assertThat(following.outcomes()).hasSameSizeAs(outlook.outcomes());
        assertThatThrownBy(() -> Outlook.following(SUNDERLAND, family, Evaluator.evaluate(SOUTHWARK, family, d("2015-12-01"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not of family F-1 under sunderland");
    }

    @Test
    @DisplayName("Southampton 2.7, on a school roll throughout the last three full terms: met at the end of the "
            + "third term starting after engagement, from the roll held")
    void throughoutTerms() {
        // Missing education from January to March 2018 (indicator 2.7), then on a school roll from 1 April 2018,
        // still open. A status throughout terms counts only terms starting on or after identification (§3):
        // engaged 10 May 2018, those are autumn 2018/19, spring and summer 2018/19, ending 31 July 2019. On
        // 30 July 2019 the last three full terms still include summer 2017/18, begun before engagement.
        FamilyTimeline family = engagedMay2018("S27", "2008-01-01")
                .record(new EducationSetting("ES1", "C", EducationSetting.Setting.MISSING_EDUCATION, d("2018-01-08"),
                        d("2018-03-31"), "CME officer"))
                .record(new EducationSetting("ES2", "C", EducationSetting.Setting.MAINSTREAM_SCHOOL, d("2018-04-01"),
                        null, "school census"))
                .build();

        metOn(SOUTHAMPTON, family, "2019-01-15", "2", "2.7", Status.TOO_EARLY, "2019-07-31");
    }

    @Test
    @DisplayName("Southampton 2.6, under ten days of secondary exclusion over the last three full terms: met at the "
            + "end of the term that leaves the last exclusion behind, from the exclusions held")
    void exclusionsLeaveTheTerms() {
        // Ten days' exclusion in spring 2017/18 identify the family (2.6: the three terms before the quarter
        // of engagement, 1 April 2018). Ten more days on 1 October 2018, in autumn 2018/19. The last three
        // full terms hold autumn 2018/19 until autumn 2019/20 ends: on 30 December 2019 they are autumn, spring
        // and summer 2018/19; on 31 December spring and summer 2018/19 and autumn 2019/20, with no exclusion
        // (none is recorded after the review date).
        FamilyTimeline family = engagedMay2018("S26", "2005-01-01")
                .record(new Exclusion("EX1", "C", d("2018-02-01"), Exclusion.Type.FIXED_TERM, 10,
                        Exclusion.Phase.SECONDARY, "school census"))
                .record(new Exclusion("EX2", "C", d("2018-10-01"), Exclusion.Type.FIXED_TERM, 10,
                        Exclusion.Phase.SECONDARY, "school census"))
                .build();

        metOn(SOUTHAMPTON, family, "2019-04-15", "2", "2.6", Status.NOT_MET, "2019-12-31");
    }

    @Test
    @DisplayName("Sunderland 2.1, attendance over three full terms: never met from the records held, since a term "
            + "ending after the review date has no figures yet; the outlook says which")
    void attendanceNeedsTheNextTermsFigures() {
        // The worked example of docs/evaluation.md §11 (F-1): too early on 30 March 2016, as spring 2014/15
        // ended before identification. The next full term, spring 2015/16, ends on 31 March; its attendance is
        // reported only then (§12.4), so as known on 30 March the children have none for it, and every later
        // window holds a term with no figures. The outcome is met on 31 March only once those figures arrive.
        FamilyTimeline family = FamilyFixture.family("F-1").mother("M", "1981-09-15").child("C1", "2004-05-20")
                .child("C2", "2006-10-02").engaged("2015-04-15")
                .records(attendance("AT-1", "C1", 2013, Term.SUMMER, 140, 28),
                        attendance("AT-2", "C1", 2014, Term.AUTUMN, 150, 30),
                        attendance("AT-3", "C1", 2014, Term.SPRING, 110, 22),
                        attendance("AT-7", "C1", 2014, Term.SUMMER, 140, 14),
                        attendance("AT-8", "C1", 2015, Term.AUTUMN, 150, 14),
                        attendance("AT-9", "C1", 2015, Term.SPRING, 110, 10),
                        attendance("AT-10", "C2", 2014, Term.SUMMER, 140, 7),
                        attendance("AT-11", "C2", 2015, Term.AUTUMN, 150, 8),
                        attendance("AT-12", "C2", 2015, Term.SPRING, 110, 5))
                .build();

        OutcomeOutlook outcome = Outlook.of(SUNDERLAND, family, d("2016-03-30")).outcome("2.1");

        assertThat(outcome.statusOnReviewDate()).isEqualTo(Status.TOO_EARLY);
        assertThat(outcome.earliestMetOn()).isNull();
        assertThat(outcome.waitsForSignOff()).isFalse();
        assertThat(outcome.waitsForFigures()).as("attendance is reported when a term ends").isTrue();
        assertThat(outcome.stillMissing().text()).contains("spring 2015/16");
        assertThat(Evaluator.evaluate(SUNDERLAND, family, d("2016-03-31")).problem("2").outcome("2.1").status())
                .as("with the spring figures, as the data holds them").isEqualTo(Status.MET);
    }

    @Test
    @DisplayName("Southwark 6.5, the key worker's signed-off assessment alone: the outlook waits for the answer, "
            + "with no date, even with an answer given but signed off only after the review date")
    void waitsForSignOff() {
        FamilyTimeline family = FamilyFixture.family("SW6").mother("M", "1985-03-10").child("C", "2010-05-05")
                .engaged("2015-06-01")
                .record(new HealthNeed("HN1", "M", HealthNeed.Need.MENTAL_HEALTH, d("2014-01-01"), null, "CMHT"))
                .record(new WorkerAssessment("WA1", "SW6", null, "6.5", true, d("2016-01-10"), "KW1", d("2016-02-01"),
                        "TM1", "team manager", "MOSAIC"))
                .build();

        OutcomeOutlook outcome = Outlook.of(SOUTHWARK, family, d("2016-01-31")).outcome("6.5");

        assertThat(outcome.statusOnReviewDate()).isEqualTo(Status.NOT_MET);
        assertThat(outcome.earliestMetOn()).isNull();
        assertThat(outcome.waitsForSignOff()).isTrue();
        assertThat(outcome.waitsForFigures()).isFalse();
        assertThat(outcome.missing().text()).contains("no signed-off key worker assessment of '6.5'");
        assertThat(Outlook.of(SOUTHWARK, family, d("2016-01-31")).outcomes()).filteredOn(OutcomeOutlook::waitsForSignOff)
                .as("6.1 too: its review at closure is a signed-off assessment").extracting(OutcomeOutlook::outcomeId)
                .containsExactly("6.1", "6.5");
        assertThat(Outlook.of(SOUTHWARK, family, d("2016-01-31")).awaitingSignOff()).isEqualTo(2);
        assertThat(Outlook.of(SOUTHWARK, family, d("2016-01-31")).nextOutcomeOn()).as("no outcome has a day").isNull();
        assertThat(Outlook.of(SOUTHWARK, family, d("2016-02-01")).outcome("6.5")).as("met once signed off").isNull();
        assertThat(Outlook.of(SOUTHWARK, family, d("2016-02-01")).awaitingSignOff()).as("6.1 still waits").isEqualTo(1);
    }

    @Test
    @DisplayName("Southwark: the claim is due on the latest of the days its problems' outcomes are met, and never "
            + "while one problem has no outcome met within the horizon")
    void claimOnTheLatestDayItNeeds() {
        // The worked example of docs/evaluation.md §11, "A claim needs progress on every problem", seen from
        // 1 October 2015. Outcome 1.1 looks at the last six months, which start on or after identification
        // (1 June 2015) from 30 November 2015 ((30 November + 1 day) - 6 months = 1 June): too early until then,
        // and then no offence against one in the baseline, a fall of 100%. Outcome 3.5: 30 September plus six
        // months, 30 March 2016. The claim needs both problems: 30 March 2016. F-2's mother is still on ESA
        // with nothing else of problem 4 recorded: no outcome of problem 4 is met within the year, so no claim.
        FamilyTimeline both = claimFamily("F-1").build();
        FamilyTimeline stillOnBenefit = claimFamily("F-2")
                .record(new BenefitSpell("BN-1", "M", Benefit.EMPLOYMENT_SUPPORT_ALLOWANCE, d("2014-03-03"), null,
                        false, ClaimType.SINGLE, "DWP"))
                .build();

        metOn(SOUTHWARK, both, "2015-10-01", "1", "1.1", Status.TOO_EARLY, "2015-11-30");
        metOn(SOUTHWARK, both, "2015-10-01", "3", "3.5", Status.NOT_MET, "2016-03-30");
        assertThat(Outlook.of(SOUTHWARK, both, d("2015-10-01")).claimableOn()).isEqualTo(d("2016-03-30"));
        assertThat(Outlook.of(SOUTHWARK, both, d("2015-10-01")).nextOutcomeOn()).as("the nearer of 1.1's and 3.5's days")
                .isEqualTo(d("2015-11-30"));
        assertThat(Outlook.of(SOUTHWARK, both, d("2015-10-01")).awaitingSignOff()).isZero();
        assertThat(Evaluator.evaluate(SOUTHWARK, both, d("2016-03-29")).claim().claimable()).isFalse();

        FamilyOutlook never = Outlook.of(SOUTHWARK, stillOnBenefit, d("2015-10-01"));
        assertThat(never.outcome("3.5").earliestMetOn()).isEqualTo(d("2016-03-30"));
        assertThat(never.outcome("4.1").earliestMetOn()).isNull();
        assertThat(never.outcome("4.1").waitsForFigures()).as("employment and benefits are spells, known as they run")
                .isFalse();
        assertThat(never.outcome("4.2").earliestMetOn()).isNull();
        assertThat(never.outcome("4.2").waitsForFigures())
                .as("earnings are reported per assessment period, but she has none: no series is under way").isFalse();
        assertThat(never.claimableOn()).isNull();
    }

    @Test
    @DisplayName("The horizon: its last day is looked at, the day after it is not; a claim due already is due on the "
            + "review date, with nothing met in the list")
    void horizon() {
        FamilyTimeline family = claimFamily("F-1").build();
        // 1 October 2015 to 30 March 2016 is 181 days.
        assertThat(Outlook.of(SOUTHWARK, family, d("2015-10-01"), 181).claimableOn()).isEqualTo(d("2016-03-30"));
        FamilyOutlook shorter = Outlook.of(SOUTHWARK, family, d("2015-10-01"), 180);
        assertThat(shorter.lastDay()).isEqualTo(d("2016-03-29"));
        assertThat(shorter.claimableOn()).isNull();
        assertThat(shorter.outcome("3.5").earliestMetOn()).isNull();
        assertThat(shorter.outcome("3.5").stillMissing().text()).contains("2015-09-30");

        FamilyOutlook due = Outlook.of(SOUTHWARK, family, d("2016-03-31"));
        assertThat(due.claimableOn()).isEqualTo(d("2016-03-31"));
        assertThat(due.outcome("1.1")).isNull();
        assertThat(due.outcome("3.5")).isNull();
        assertThat(due.lastDay()).isEqualTo(d("2017-03-31"));
    }

    @Test
    @DisplayName("A family not engaged on the review date has no outlook: its problems are identified as at each "
            + "day itself, so no help has begun to follow")
    void notEngaged() {
        FamilyTimeline family = FamilyFixture.family("F-0").mother("M", "1985-12-01").child("C", "2008-04-04")
                .record(new SocialCareEpisode("SC-1", "C", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, d("2015-02-01"),
                        null, null, "MOSAIC"))
                .build();

        FamilyOutlook outlook = Outlook.of(SOUTHWARK, family, d("2016-01-15"));

        assertThat(Evaluator.evaluate(SOUTHWARK, family, d("2016-01-15")).problem("3").identified()).isTrue();
        assertThat(outlook.engaged()).isFalse();
        assertThat(outlook.outcomes()).isEmpty();
        assertThat(outlook.claimableOn()).isNull();
    }

    /**
     * The outcome's outlook on the review date, with its status then and the day it is first met, which the
     * evaluator itself finds not met the day before and met on the day.
     */
    private static OutcomeOutlook metOn(Plan plan, FamilyTimeline family, String asOf, String problem, String outcome,
                                        Status onReviewDate, String metOn) {
        OutcomeOutlook outlook = Outlook.of(plan, family, d(asOf)).outcome(outcome);
        assertThat(outlook.statusOnReviewDate()).isEqualTo(onReviewDate);
        assertThat(outlook.earliestMetOn()).isEqualTo(d(metOn));
        LocalDate day = d(metOn);
        assertThat(Evaluator.evaluate(plan, family, day.minusDays(1)).problem(problem).outcome(outcome).met())
                .as("%s the day before %s", outcome, metOn).isFalse();
        assertThat(Evaluator.evaluate(plan, family, day).problem(problem).outcome(outcome).met())
                .as("%s on %s", outcome, metOn).isTrue();
        return outlook;
    }

    /** Southampton: a mother and a child, engaged on 10 May 2018 (the quarter of engagement starts 1 April 2018). */
    private static FamilyFixture engagedMay2018(String id, String childBornOn) {
        return FamilyFixture.family(id).mother("M", "1980-01-01").child("C", childBornOn).engaged("2018-05-10");
    }

    /** Engaged 1 June 2015 with a daughter on a child protection plan that day, ended 30 September 2015 (3H). */
    private static FamilyFixture cpFamily(String id) {
        return FamilyFixture.family(id).mother("M", "1985-12-01").child("C", "2008-04-04")
                .intervention(new Intervention("I-" + id, id, d("2015-06-01"), "key worker", "Early Help",
                        Tier.CHILD_PROTECTION_OR_LOOKED_AFTER, List.of(), null, null))
                .record(new SocialCareEpisode("SC-1", "C", SocialCareEpisode.Kind.CHILD_PROTECTION_PLAN, d("2015-02-01"),
                        d("2015-09-30"), null, "MOSAIC"));
    }

    /** As {@link #cpFamily}, with a son convicted on 10 February 2015 (problem 1). */
    private static FamilyFixture claimFamily(String id) {
        return cpFamily(id).child("S", "2001-12-12")
                .record(new Offence("OF-1", "S", d("2015-02-10"), Disposal.CONVICTION, false, null, "YOS"));
    }

    /** A term's attendance with {@code missed} sessions missed, half of them authorised. */
    private static TermAttendance attendance(String id, String person, int academicYear, Term term, int possible,
                                             int missed) {
        return new TermAttendance(id, person, FamilyFixture.CALENDAR.term(academicYear, term), possible, missed / 2,
                missed - missed / 2, "URN1", "school census");
    }

    private static Plan plan(String name) {
        return PlanLoader.withBuiltInSchema().load(Path.of("../plans/" + name + ".yaml"));
    }
}
