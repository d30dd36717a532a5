package org.hearth.server.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.server.pathway.ReReferralTest.d;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Intervention.TierChange;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.io.TeamMember;
import org.junit.jupiter.api.Test;

/**
 * A family's pathway as it stood on the review date, and the report over a period: what is counted, on which days,
 * both ends of the period included.
 */
class PathwayReportTest {
    private static final LocalDate REVIEW = d("2019-03-31");

    /** Stepped up on 1 April 2018 and down on 1 July, closed 31 August 2018; engaged again on 28 February 2019. */
    private static final Intervention FIRST = new Intervention("I-1", "F-1", d("2017-11-01"), "KW01", "Early Help Service",
            Tier.TARGETED_EARLY_HELP, List.of(
                    new TierChange("TC-1", d("2018-04-01"), Tier.CHILD_IN_NEED, "concerns escalated: single assessment"),
                    new TierChange("TC-2", d("2018-07-01"), Tier.TARGETED_EARLY_HELP, null)),
            d("2018-08-31"), "outcomes achieved");
    private static final Intervention AGAIN = new Intervention("I-2", "F-1", d("2019-02-28"), null, null,
            Tier.UNIVERSAL_PLUS, List.of(), null, null);
    /** At tier 4 from 1 June 2018; stepped down and closed after the review date, so open at tier 4 on it. */
    private static final Intervention PROTECTED = new Intervention("I-5", "F-3", d("2018-06-01"), "SW02", "Children's Social Care",
            Tier.CHILD_PROTECTION_OR_LOOKED_AFTER, List.of(new TierChange("TC-3", d("2019-04-01"), Tier.UNIVERSAL_PLUS,
            "child protection plan ended")), d("2019-05-01"), "stepped down");

    @Test
    void aFamilysPathwayIsAsItStoodOnTheReviewDate() {
        List<TeamMember> team = List.of(
                new TeamMember("TA-2", "I-1", null, "housing officer", "housing", d("2018-01-01"), d("2018-05-31"), null),
                new TeamMember("TA-1", "I-1", "Sam Patel", "school nurse", "school nursing service", d("2017-11-01"), null, null),
                new TeamMember("TA-3", "I-5", null, "social worker", "children's social care", d("2018-06-01"), d("2019-04-30"), null),
                new TeamMember("TA-4", "I-5", null, "GP", "GP practice", d("2019-04-02"), null, null));

        List<CasePathway> f1 = CasePathway.of(List.of(AGAIN, FIRST), team, REVIEW);
        List<CasePathway> f3 = CasePathway.of(List.of(PROTECTED), team, REVIEW);

        assertThat(f1).extracting(one -> one.intervention().interventionId()).containsExactly("I-1", "I-2");
        assertThat(f1.get(0).steps()).extracting(TierStep::direction)
                .containsExactly(TierStep.Direction.UP, TierStep.Direction.DOWN);
        assertThat(f1.get(0).steps().get(0).fromWords()).isEqualTo("Tier 2: targeted early help");
        assertThat(f1.get(0).steps().get(0).toWords()).isEqualTo("Tier 3: children in need");
        assertThat(f1.get(0).steps().get(1).fromSocialCareToEarlyHelp()).isTrue();
        assertThat(f1.get(0).team()).extracting(TeamMember::recordId).containsExactly("TA-1", "TA-2");
        assertThat(f1.get(0).reReferral()).isNull();
        assertThat(f1.get(1).reReferral().earlierInterventionId()).isEqualTo("I-1");
        assertThat(f1.get(1).reReferral().lastDayCounted()).isEqualTo(d("2019-02-28"));
        // The step down, the closure and the GP's joining came after the review date; the social worker left after it.
        CasePathway open = f3.get(0);
        assertThat(open.steps()).isEmpty();
        assertThat(open.intervention().closedOn()).isNull();
        assertThat(open.latestTierWords()).isEqualTo("Tier 4: child protection and looked after");
        assertThat(open.team()).singleElement().satisfies(member -> {
            assertThat(member.recordId()).isEqualTo("TA-3");
            assertThat(member.end()).isNull();
        });
    }

    @Test
    void theReportCountsWhatHappenedFromTheFirstDayToTheLastBothIncluded() {
        Intervention closedThenAgain = new Intervention("I-3", "F-2", d("2017-06-01"), null, null,
                Tier.CHILD_PROTECTION_OR_LOOKED_AFTER, List.of(), d("2018-08-31"), "stepped down to universal services");
        Intervention aDayTooLate = new Intervention("I-4", "F-2", d("2019-03-01"), null, null, Tier.TARGETED_EARLY_HELP,
                List.of(), null, null);
        List<CasePathway> cases = new java.util.ArrayList<>(CasePathway.of(List.of(FIRST, AGAIN), List.of(), REVIEW));
        cases.addAll(CasePathway.of(List.of(closedThenAgain, aDayTooLate), List.of(), REVIEW));
        cases.addAll(CasePathway.of(List.of(PROTECTED), List.of(), REVIEW));

        PathwayReport year = PathwayReport.of(cases, d("2018-04-01"), REVIEW);

        assertThat(year.openByTier()).isEqualTo(Map.of(Tier.UNIVERSAL_PLUS, 1, Tier.TARGETED_EARLY_HELP, 1,
                Tier.CHILD_IN_NEED, 0, Tier.CHILD_PROTECTION_OR_LOOKED_AFTER, 1));
        assertThat(year.open()).isEqualTo(3);
        assertThat(year.engagements()).isEqualTo(3);
        assertThat(year.reReferrals()).extracting(PathwayReport.Engagement::interventionId).containsExactly("I-2");
        assertThat(year.reReferralPercent()).isEqualTo(33);
        assertThat(year.stepsUp()).isEqualTo(1);
        assertThat(year.stepsDown()).isEqualTo(1);
        assertThat(year.stepDownsFromSocialCare()).isEqualTo(1);
        assertThat(year.closures()).isEqualTo(2);

        PathwayReport fromTheSecondDay = PathwayReport.of(cases, d("2018-04-02"), REVIEW);
        assertThat(fromTheSecondDay.stepsUp()).isZero();
        PathwayReport toTheDayBefore = PathwayReport.of(cases, d("2018-04-01"), d("2019-02-27"));
        assertThat(toTheDayBefore.reReferrals()).isEmpty();
        assertThat(toTheDayBefore.engagements()).isEqualTo(1);
        assertThat(toTheDayBefore.reReferralPercent()).isZero();
        // At the end of 31 August 2018 both cases had closed that day; I-5 was open at tier 4.
        PathwayReport toTheClosures = PathwayReport.of(cases, d("2018-04-01"), d("2018-08-31"));
        assertThat(toTheClosures.open()).isEqualTo(1);
        assertThat(toTheClosures.closures()).isEqualTo(2);
        assertThat(PathwayReport.of(cases, d("2018-04-01"), d("2018-08-30")).openByTier())
                .containsEntry(Tier.TARGETED_EARLY_HELP, 1).containsEntry(Tier.CHILD_PROTECTION_OR_LOOKED_AFTER, 2);
    }

    @Test
    void aPeriodEndsOnTheReviewDateOrBeforeAndStartsOnItsEndOrBefore() {
        assertThat(PathwayPeriod.yearTo(REVIEW)).isEqualTo(new PathwayPeriod(d("2018-04-01"), REVIEW));
        assertThat(PathwayPeriod.yearTo(d("2019-04-01"))).isEqualTo(new PathwayPeriod(d("2019-04-01"), d("2019-04-01")));
        assertThat(new PathwayPeriod(d("2018-04-01"), d("2019-04-01")).problem(REVIEW))
                .isEqualTo("The end of the period must be on or before the review date, 31 March 2019");
        assertThat(new PathwayPeriod(d("2019-03-31"), d("2019-03-30")).problem(REVIEW))
                .isEqualTo("The start of the period must be on or before its end");
        assertThat(new PathwayPeriod(REVIEW, REVIEW).problem(REVIEW)).isNull();
    }
}
