package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.measure.ExclusionsOverTerms.Count;
import org.hearth.engine.testing.BothWays;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.Exclusion.Phase;
import org.hearth.engine.timeline.Exclusion.Type;
import org.hearth.engine.timeline.FamilyTimeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The family is engaged on 1 June 2015; an outcome reviewed on 31 July 2016 looks at autumn 2015/16,
 * spring 2015/16 and summer 2015/16 (1 September 2015 to 31 July 2016), and so does an indicator
 * tested on 15 August 2016.
 */
class ExclusionsOverTermsTest {
    private static final People SCHOOL_AGE = new People(People.Group.SCHOOL_AGE_CHILDREN, null, null);
    private static final String TERMS = "autumn 2015/16, spring 2015/16, summer 2015/16";

    private static ExclusionsOverTerms exclusions(Quantifier quantifier, Count count, List<Phase> phases,
                                                  Double fewerThan, Double atLeast) {
        return new ExclusionsOverTerms(SCHOOL_AGE, quantifier, 3, TermsEnding.REFERENCE_DAY, count, phases, fewerThan,
                atLeast);
    }

    /** Southwark 2B, Sunderland b: at least 3 fixed-term exclusions, any child. */
    private static ExclusionsOverTerms threeFixedTermIndicator() {
        return exclusions(Quantifier.ANY, Count.FIXED_TERM_EXCLUSIONS, null, null, 3.0);
    }

    /** Southampton, Worcestershire: fewer than 3 fixed-term exclusions, every child. */
    private static ExclusionsOverTerms fewerThanThreeOutcome() {
        return exclusions(Quantifier.EVERY, Count.FIXED_TERM_EXCLUSIONS, null, 3.0, null);
    }

    private static Exclusion fixedTerm(String id, String child, String date, double days, Phase phase) {
        return new Exclusion(id, child, d(date), Type.FIXED_TERM, days, phase, "school census");
    }

    private static Exclusion permanent(String id, String child, String date) {
        return new Exclusion(id, child, d(date), Type.PERMANENT, 0, Phase.SECONDARY, "school census");
    }

    private static FamilyFixture primaryChild() {
        return FamilyFixture.family("F1").mother("P1", "1980-03-01").child("P2", "2008-03-01").engaged("2015-06-01");
    }

    private static FamilyTimeline build(FamilyFixture fixture, List<Exclusion> exclusions) {
        exclusions.forEach(fixture::record);
        return fixture.build();
    }

    private static MeasureContext review(FamilyTimeline family) {
        return MeasureContext.review(family, d("2016-07-31"), d("2015-06-01"));
    }

    private static MeasureContext identification(FamilyTimeline family) {
        return MeasureContext.identification(family, d("2016-08-15"));
    }

    private static List<Exclusion> oneAFixedTermExclusionEachTerm(int howMany) {
        List<Exclusion> all = List.of(
                fixedTerm("EX-1", "P2", "2015-10-05", 1, Phase.PRIMARY),
                fixedTerm("EX-2", "P2", "2016-01-18", 1, Phase.PRIMARY),
                fixedTerm("EX-3", "P2", "2016-05-09", 1, Phase.PRIMARY));
        return all.subList(0, howMany);
    }

    @Test
    void threeFixedTermExclusionsInThreeTermsIdentifyTheProblemAndFailTheOutcome() {
        List<Exclusion> three = oneAFixedTermExclusionEachTerm(3);
        FamilyTimeline family = build(primaryChild(), three);

        MeasureResult indicator = threeFixedTermIndicator().evaluate(identification(family));
        MeasureResult outcome = fewerThanThreeOutcome().evaluate(review(family));

        assertThat(indicator.status()).isEqualTo(Status.MET);
        assertThat(indicator.explanation().text()).startsWith("any one of the school age children needs at least 3 "
                        + "fixed-term exclusions over the last 3 full terms to 2016-08-15 (" + TERMS
                        + ": 2015-09-01 to 2016-07-31), 1 of 1 do")
                .contains("P2: 3 fixed-term exclusions over " + TERMS + ", at least 3 needed: met");
        assertThat(outcome.status()).isEqualTo(Status.NOT_MET);
        assertThat(outcome.explanation().text())
                .contains("P2: 3 fixed-term exclusions over " + TERMS + ", fewer than 3 needed: not met")
                .contains("[exclusions EX-1 (2015-10-05), exclusions EX-2 (2016-01-18), exclusions EX-3 (2016-05-09)]");
        assertThat(outcome.explanation().cited()).containsExactlyElementsOf(three);
    }

    @Test
    void twoFixedTermExclusionsDoNotIdentifyTheProblemAndMeetTheOutcome() {
        FamilyTimeline family = build(primaryChild(), oneAFixedTermExclusionEachTerm(2));

        MeasureResult indicator = threeFixedTermIndicator().evaluate(identification(family));
        MeasureResult outcome = fewerThanThreeOutcome().evaluate(review(family));

        assertThat(indicator.status()).isEqualTo(Status.NOT_MET);
        assertThat(outcome.status()).isEqualTo(Status.MET);
        assertThat(outcome.explanation().text())
                .contains("P2: 2 fixed-term exclusions over " + TERMS + ", fewer than 3 needed: met");
    }

    @ParameterizedTest(name = "an exclusion on {0} counted: {1}")
    @CsvSource({
        "2015-08-31, false",
        "2015-09-01, true",
        "2015-12-28, true",
        "2016-07-31, true",
        "2016-08-01, false",
    })
    void exclusionsCountFromTheFirstTermsFirstDayToTheLastTermsLastDay(String date, boolean counted) {
        FamilyTimeline family = build(primaryChild(), List.of(fixedTerm("EX-1", "P2", date, 1, Phase.PRIMARY)));

        MeasureResult anyExclusion = exclusions(Quantifier.ANY, Count.FIXED_TERM_EXCLUSIONS, null, null, 1.0)
                .evaluate(identification(family));

        assertThat(anyExclusion.met()).isEqualTo(counted);
        assertThat(anyExclusion.explanation().text()).contains("P2: " + (counted ? 1 : 0) + " fixed-term exclusion");
    }

    @ParameterizedTest(name = "{0} + {1} days at primary, {2} 5: {3}")
    @CsvSource({
        "2.0, 2.5, fewer than, MET,     4.5",
        "2.5, 2.5, fewer than, NOT_MET, 5",
        "2.0, 2.5, at least,   NOT_MET, 4.5",
        "2.5, 2.5, at least,   MET,     5",
    })
    void fixedTermDaysAtPrimaryAreSummedExactly(double first, double second, String needed, Status expected,
                                                String total) {
        FamilyTimeline family = build(primaryChild(), List.of(
                fixedTerm("EX-1", "P2", "2015-11-02", first, Phase.PRIMARY),
                fixedTerm("EX-2", "P2", "2016-03-07", second, Phase.PRIMARY),
                fixedTerm("EX-3", "P2", "2016-06-13", 3, Phase.SECONDARY)));
        boolean outcome = needed.equals("fewer than");
        ExclusionsOverTerms fiveDays = outcome
                ? exclusions(Quantifier.EVERY, Count.FIXED_TERM_DAYS, List.of(Phase.PRIMARY), 5.0, null)
                : exclusions(Quantifier.ANY, Count.FIXED_TERM_DAYS, List.of(Phase.PRIMARY), null, 5.0);

        MeasureResult result = BothWays.evaluate(fiveDays, outcome ? review(family) : identification(family));

        assertThat(result.status()).isEqualTo(expected);
        assertThat(result.explanation().text()).contains("P2: " + total + " days of fixed-term exclusion from primary "
                + "schools over " + TERMS + ", " + needed + " 5 needed: " + (expected == Status.MET ? "met" : "not met"));
        // the secondary school's exclusion is neither counted nor cited
        assertThat(result.explanation().cited()).extracting(record -> record.recordId()).containsExactly("EX-1", "EX-2");
    }

    @ParameterizedTest(name = "{0} + {1} + {2} days, at least {3}: {4}")
    @CsvSource({
        "0.6, 0.7, 0.7, 2,   MET",      // 2 in decimals; 1.9999999999999998 if added as binary doubles
        "0.1, 0.7, 0,   0.8, MET",      // 0.7999999999999999 as doubles
        "0.6, 0.7, 0.6, 2,   NOT_MET",
        "0.5, 0.5, 1,   2,   MET",      // whole and half days add exactly either way
        "0.5, 0.5, 0,   1.5, NOT_MET"
    })
    void daysThatAreNotWholeOrHalfAreAddedAsDecimals(double first, double second, double third, double atLeast,
                                                     Status expected) {
        FamilyTimeline family = build(primaryChild(), List.of(
                fixedTerm("EX-1", "P2", "2015-11-02", first, Phase.PRIMARY),
                fixedTerm("EX-2", "P2", "2016-03-07", second, Phase.PRIMARY),
                fixedTerm("EX-3", "P2", "2016-05-09", third, Phase.PRIMARY)));
        ExclusionsOverTerms days = exclusions(Quantifier.ANY, Count.FIXED_TERM_DAYS, List.of(), null, atLeast);

        assertThat(BothWays.evaluate(days, identification(family)).status()).isEqualTo(expected);
    }

    @Test
    void aPermanentExclusionInTheLastThreeTermsIdentifiesTheProblemAndFailsTheOutcome() {
        Exclusion excluded = permanent("EX-9", "P2", "2016-02-10");
        FamilyTimeline family = build(primaryChild(), List.of(excluded,
                fixedTerm("EX-1", "P2", "2015-10-05", 1, Phase.PRIMARY)));
        ExclusionsOverTerms permanentlyExcluded = exclusions(Quantifier.ANY, Count.PERMANENT_EXCLUSIONS, null, null, 1.0);
        ExclusionsOverTerms noPermanentExclusion = exclusions(Quantifier.EVERY, Count.PERMANENT_EXCLUSIONS, null, 1.0,
                null);

        MeasureResult indicator = BothWays.evaluate(permanentlyExcluded, identification(family));
        MeasureResult outcome = BothWays.evaluate(noPermanentExclusion, review(family));

        assertThat(indicator.status()).isEqualTo(Status.MET);
        assertThat(indicator.explanation().text())
                .contains("P2: 1 permanent exclusion over " + TERMS + ", at least 1 needed: met");
        assertThat(outcome.status()).isEqualTo(Status.NOT_MET);
        assertThat(outcome.explanation().text())
                .contains("needs fewer than 1 permanent exclusion over the last 3 full terms to 2016-07-31")
                .contains("P2: 1 permanent exclusion over " + TERMS + ", fewer than 1 needed: not met");
        assertThat(outcome.explanation().cited()).containsExactly(excluded);
    }

    @Test
    void aPermanentExclusionBeforeTheTermsDoesNotCount() {
        FamilyTimeline family = build(primaryChild(), List.of(permanent("EX-9", "P2", "2015-03-02")));

        MeasureResult outcome = exclusions(Quantifier.EVERY, Count.PERMANENT_EXCLUSIONS, null, 1.0, null)
                .evaluate(review(family));

        assertThat(outcome.status()).isEqualTo(Status.MET);
        assertThat(outcome.explanation().text()).contains("P2: 0 permanent exclusions over " + TERMS);
    }

    @Test
    void aPermanentExclusionIsNotAFixedTermExclusion() {
        FamilyTimeline family = build(primaryChild(), List.of(permanent("EX-9", "P2", "2016-02-10"),
                permanent("EX-10", "P2", "2016-04-11"), permanent("EX-11", "P2", "2016-06-06")));

        MeasureResult indicator = threeFixedTermIndicator().evaluate(identification(family));

        assertThat(indicator.status()).isEqualTo(Status.NOT_MET);
        assertThat(indicator.explanation().text()).contains("P2: 0 fixed-term exclusions");
    }

    @Test
    void everyChildMustMeetItButAnyOneChildIsEnoughForAnyChild() {
        List<Exclusion> records = new ArrayList<>(oneAFixedTermExclusionEachTerm(3));
        FamilyTimeline family = build(primaryChild().child("P3", "2004-11-20"), records);

        MeasureResult any = threeFixedTermIndicator().evaluate(identification(family));
        MeasureResult every = exclusions(Quantifier.EVERY, Count.FIXED_TERM_EXCLUSIONS, null, null, 3.0)
                .evaluate(identification(family));

        assertThat(any.status()).isEqualTo(Status.MET);
        assertThat(any.explanation().text()).contains("1 of 2 do")
                .contains("P3: 0 fixed-term exclusions over " + TERMS + ", at least 3 needed: not met");
        assertThat(every.status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void childrenWhoAreNotOfSchoolAgeAreOutOfScope() {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1980-03-01").child("P3", "2013-01-15")
                .child("P4", "1998-06-01").engaged("2015-06-01").build();

        MeasureResult result = fewerThanThreeOutcome().evaluate(review(family));

        assertThat(result.status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(result.explanation().text()).isEqualTo("no school age children in the family in the last 3 full terms to 2016-07-31 "
                + "(autumn 2015/16, spring 2015/16, summer 2015/16: 2015-09-01 to 2016-07-31)");
    }

    @Test
    void anOutcomeIsTooEarlyUntilEveryTermEndsAfterIdentification() {
        FamilyTimeline family = build(primaryChild(), List.of());

        MeasureResult result = fewerThanThreeOutcome()
                .evaluate(MeasureContext.review(family, d("2016-03-31"), d("2015-10-15")));

        assertThat(result.status()).isEqualTo(Status.TOO_EARLY);
        assertThat(result.explanation().text()).endsWith("the earliest review date is 2016-07-31");
    }

    @Test
    void southamptonsIndicatorCountsTheThreeFullTermsBeforeTheQuarterOfEngagement() {
        FamilyFixture fixture = FamilyFixture.family("F2").mother("P1", "1980-03-01").child("P2", "2006-03-01")
                .engaged("2018-05-10");
        FamilyTimeline family = build(fixture, List.of(
                fixedTerm("EX-1", "P2", "2017-03-31", 1, Phase.PRIMARY),
                fixedTerm("EX-2", "P2", "2017-04-01", 1, Phase.PRIMARY),
                fixedTerm("EX-3", "P2", "2017-11-13", 1, Phase.PRIMARY),
                fixedTerm("EX-4", "P2", "2018-04-16", 1, Phase.PRIMARY)));
        ExclusionsOverTerms indicator = new ExclusionsOverTerms(SCHOOL_AGE, Quantifier.ANY, 3,
                TermsEnding.BEFORE_IDENTIFICATION_QUARTER, Count.FIXED_TERM_EXCLUSIONS, null, null, 2.0);

        MeasureResult result = BothWays.evaluate(indicator, MeasureContext.identification(family, d("2018-05-10")));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .contains("the 3 full terms before the quarter from 2018-04-01 in which the problem was identified "
                        + "(summer 2016/17, autumn 2017/18, spring 2017/18: 2017-04-01 to 2018-03-31)")
                .contains("P2: 2 fixed-term exclusions");
        assertThat(result.explanation().cited()).extracting(record -> record.recordId()).containsExactly("EX-2", "EX-3");
    }

    @Test
    void readsThePlanForm() {
        Measure measure = PlanSnippets.measure("""
                type: exclusions_over_terms
                people: school_age_children
                quantifier: every
                terms: 3
                terms_ending: reference_day
                count: fixed_term_days
                phases: [primary]
                fewer_than: 5
                """);

        assertThat(measure).isEqualTo(new ExclusionsOverTerms(SCHOOL_AGE, Quantifier.EVERY, 3, TermsEnding.REFERENCE_DAY,
                Count.FIXED_TERM_DAYS, List.of(Phase.PRIMARY), 5.0, null));
    }

    @Test
    void aPlanGivesExactlyOneOfFewerThanAndAtLeastAndSaysWhatIsCounted() {
        assertThatThrownBy(() -> new ExclusionsOverTerms(null, null, null, null, Count.FIXED_TERM_EXCLUSIONS, null, 3.0,
                3.0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly one of");
        assertThatThrownBy(() -> new ExclusionsOverTerms(null, null, null, null, null, null, 3.0, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs count");
    }
}
