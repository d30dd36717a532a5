package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hearth.engine.explain.Figures;
import org.hearth.engine.testing.FamilyFixture;
import org.hearth.engine.testing.PlanSnippets;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.FinancialReading.Debt;
import org.hearth.engine.timeline.FinancialReading.Sanction;
import org.hearth.engine.timeline.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Southwark 4.7 and Southampton: no escalation in sanctions or arrears over two quarters. The review
 * date is 31 March 2016, so the six months are 1 October 2015 to 31 March 2016; the problem is
 * identified on 1 June 2015.
 */
class NoEscalationTest {
    private static final String IDENTIFIED = "2015-06-01";
    private static final String REVIEW = "2016-03-31";

    @Test
    void aSanctionRisingFromWarningToNoticeSeekingPossessionFails() {
        MeasureResult result = review(REVIEW, IDENTIFIED,
                rent("FR-1", "2015-09-15", Sanction.WARNING, 80000),
                rent("FR-2", "2016-01-10", Sanction.NOTICE_SEEKING_POSSESSION, 75000));

        assertThat(result.status()).isEqualTo(Status.NOT_MET);
        assertThat(result.explanation().text()).isEqualTo(
                "sanction or balance of finances where debt = rent_arrears in 2015-10-01 to 2016-03-31, none may rise: "
                        + "rent_arrears of the household from warning and £800.00 on 2015-09-15, 1 later statement; "
                        + "rose: notice_seeking_possession and £750.00 on 2016-01-10 "
                        + "[finances FR-1 (2015-09-15), finances FR-2 (2016-01-10)]");
    }

    @ParameterizedTest(name = "of {0}: {1} and {2}p after warning and 80000p: met {3}")
    @CsvSource({
        "'SANCTION,BALANCE', WARNING, 80000, true",
        "'SANCTION,BALANCE', WARNING, 80001, false",
        "SANCTION, WARNING, 95000, true",
        "BALANCE, COURT_ORDER, 60000, true",
        "BALANCE, NONE, 80001, false",
        "'SANCTION,BALANCE', NONE, 20000, true"
    })
    void onlyWhatThePlanNamesMustNotRise(String of, Sanction later, long laterPence, boolean met) {
        List<NoEscalation.Of> watched = Arrays.stream(of.split(",")).map(NoEscalation.Of::valueOf).toList();

        MeasureResult result = reviewWatching(watched, REVIEW, IDENTIFIED, new FinancialReading[] {
                rent("FR-1", "2015-09-15", Sanction.WARNING, 80000), rent("FR-2", "2016-02-01", later, laterPence)});

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains("rose: " + (met ? "none"
                : later.name().toLowerCase(Locale.ROOT) + " and " + Figures.pounds(laterPence)
                        + " on 2016-02-01"));
    }

    @ParameterizedTest(name = "second statement on {0}: met {1}")
    @CsvSource({
        "2015-10-01, false, from warning and £800.00 on 2015-10-01",
        "2015-10-02, true, from notice_seeking_possession and £900.00 on 2015-08-01"
    })
    void theStartingPointIsTheLastStatementOnOrBeforeTheFirstDay(String dated, boolean met, String from) {
        MeasureResult result = review(REVIEW, IDENTIFIED,
                rent("FR-1", "2015-08-01", Sanction.NOTICE_SEEKING_POSSESSION, 90000),
                rent("FR-2", dated, Sanction.WARNING, 80000),
                rent("FR-3", "2016-02-01", Sanction.NOTICE_SEEKING_POSSESSION, 80000));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).contains("rent_arrears of the household " + from);
    }

    @Test
    void withoutAnEarlierStatementTheFirstInTheWindowIsTheStartingPoint() {
        MeasureResult result = review(REVIEW, IDENTIFIED,
                rent("FR-1", "2015-11-01", Sanction.WARNING, 60000), rent("FR-2", "2016-03-31", Sanction.WARNING, 55000));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).contains("from warning and £600.00 on 2015-11-01, 1 later statement; rose: none");
    }

    @ParameterizedTest(name = "statement on {0}: {1}")
    @CsvSource({
        "2015-09-30, NOT_MET",
        "2015-10-01, MET"
    })
    void withNoStatementInTheWindowTheDataCannotShowIt(String dated, Status status) {
        MeasureResult result = review(REVIEW, IDENTIFIED, rent("FR-1", dated, Sanction.WARNING, 60000),
                rent("FR-2", "2016-04-01", Sanction.EVICTION, 99000));

        assertThat(result.status()).isEqualTo(status);
        if (status == Status.NOT_MET) {
            assertThat(result.explanation().text()).isEqualTo("no statement of finances where debt = rent_arrears in "
                    + "2015-10-01 to 2016-03-31, so the data cannot show that nothing rose");
        }
    }

    @Test
    void eachDebtIsComparedWithItself() {
        NoEscalation anyDebt = new NoEscalation(RecordSelection.of(RecordKind.FINANCES), Period.ofMonths(6), null);
        FamilyTimeline family = family(IDENTIFIED,
                new FinancialReading("FR-1", "F1", "P1", d("2015-09-01"), Debt.COUNCIL_TAX_ARREARS, 200000,
                        Sanction.COURT_ORDER, "council tax"),
                rent("FR-2", "2015-11-01", Sanction.WARNING, 30000),
                new FinancialReading("FR-3", "F1", "P1", d("2016-01-01"), Debt.COUNCIL_TAX_ARREARS, 190000,
                        Sanction.COURT_ORDER, "council tax"),
                rent("FR-4", "2016-02-01", Sanction.WARNING, 30000));

        MeasureResult result = anyDebt.evaluate(MeasureContext.review(family, d(REVIEW), d(IDENTIFIED)));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text())
                .contains("council_tax_arrears of P1 from court_order and £2000.00 on 2015-09-01, 1 later statement; rose: none")
                .contains("rent_arrears of the household from warning and £300.00 on 2015-11-01, 1 later statement; rose: none");
    }

    @ParameterizedTest(name = "identified {0}: {1}")
    @CsvSource({
        "2015-10-01, MET",
        "2015-10-02, TOO_EARLY"
    })
    void theSixMonthsMustStartOnOrAfterIdentification(String identified, Status status) {
        MeasureResult result = review(REVIEW, identified, rent("FR-1", "2016-01-15", Sanction.NONE, 20000));

        assertThat(result.status()).isEqualTo(status);
    }

    @Test
    void theDocumentedPlanFormReadsAsWritten() {
        Measure read = PlanSnippets.measure("""
                type: no_escalation
                records: finances
                where: {debt: rent_arrears}
                window: {months: 6}
                of: [sanction, balance]
                """);

        assertThat(read).isInstanceOfSatisfying(NoEscalation.class, escalation -> {
            assertThat(escalation.selection().describe()).isEqualTo("finances where debt = rent_arrears");
            assertThat(escalation.window()).isEqualTo(Period.ofMonths(6));
            assertThat(escalation.of()).containsExactly(NoEscalation.Of.SANCTION, NoEscalation.Of.BALANCE);
        });
    }

    private static FinancialReading rent(String id, String dated, Sanction sanction, long pence) {
        return new FinancialReading(id, "F1", null, d(dated), Debt.RENT_ARREARS, pence, sanction, "housing");
    }

    private static FamilyTimeline family(String identified, FinancialReading... readings) {
        return FamilyFixture.family("F1")
                .mother("P1", "1984-02-14")
                .child("P2", "2010-06-01")
                .engaged(identified)
                .records(readings)
                .build();
    }

    /** Tests sanction and balance, as when the plan leaves {@code of} out. */
    private static MeasureResult review(String reviewDate, String identified, FinancialReading... readings) {
        return reviewWatching(null, reviewDate, identified, readings);
    }

    private static MeasureResult reviewWatching(List<NoEscalation.Of> of, String reviewDate, String identified,
                                                FinancialReading[] readings) {
        NoEscalation measure = new NoEscalation(RecordSelection.of(RecordKind.FINANCES, Map.of("debt", "rent_arrears")),
                Period.ofMonths(6), of);
        return measure.evaluate(MeasureContext.review(family(identified, readings), d(reviewDate), d(identified)));
    }

    /** The measure as a plan file gives it, read by the plan loader inside a one-outcome plan. */
}
