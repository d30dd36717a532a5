package org.hearth.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hearth.engine.testing.FamilyFixture.d;

import java.math.BigDecimal;
import java.util.Map;

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
 * Southwark 4.7: no rent arrears above £500 over two quarters. The review date is 31 March 2016, so
 * the six months are 1 October 2015 to 31 March 2016; the problem is identified on 1 June 2015.
 */
class BalanceAtMostTest {
    private static final String IDENTIFIED = "2015-06-01";
    private static final BalanceAtMost RENT_ARREARS = new BalanceAtMost(
            RecordSelection.of(RecordKind.FINANCES, Map.of("debt", "rent_arrears")), Period.ofMonths(6),
            DatedValue.of(new BigDecimal("500")));

    @ParameterizedTest(name = "{0}p: met {1}")
    @CsvSource({
        "50000, true, '£500.00 on 2016-01-15 (FR-2)', none",
        "50001, false, '£500.01 on 2016-01-15 (FR-2)', '£500.01 on 2016-01-15 (FR-2)'"
    })
    void everyStatementInTheSixMonthsIsAtMostFiveHundredPounds(long pence, boolean met, String highest, String above) {
        MeasureResult result = review("2016-03-31",
                rent("FR-1", "2015-11-02", 42000), rent("FR-2", "2016-01-15", pence), rent("FR-3", "2016-03-01", 31000));

        assertThat(result.met()).isEqualTo(met);
        assertThat(result.explanation().text()).isEqualTo(
                "3 statements of finances where debt = rent_arrears in 2015-10-01 to 2016-03-31, the highest " + highest
                        + ", at most £500.00 allowed; above it: " + above
                        + " [finances FR-1 (2015-11-02), finances FR-2 (2016-01-15), finances FR-3 (2016-03-01)]");
    }

    @ParameterizedTest(name = "statement on {0}: {1}")
    @CsvSource({
        "2015-09-30, NOT_MET",
        "2015-10-01, MET"
    })
    void withNoStatementInTheWindowTheDataCannotShowIt(String dated, Status status) {
        MeasureResult result = review("2016-03-31", rent("FR-1", dated, 10000));

        assertThat(result.status()).isEqualTo(status);
        if (status == Status.NOT_MET) {
            assertThat(result.explanation().text()).isEqualTo("no statement of finances where debt = rent_arrears in "
                    + "2015-10-01 to 2016-03-31, so the data cannot show it stayed at most £500.00");
        }
    }

    @Test
    void otherDebtsAreNotCounted() {
        MeasureResult result = review("2016-03-31", rent("FR-1", "2016-01-15", 20000),
                new FinancialReading("FR-2", "F1", "P1", d("2016-02-01"), Debt.COUNCIL_TAX_ARREARS, 90000,
                        Sanction.WARNING, "council tax"));

        assertThat(result.status()).isEqualTo(Status.MET);
        assertThat(result.explanation().text()).startsWith("1 statement of finances where debt = rent_arrears in").doesNotContain("FR-2");
    }

    @Test
    void aStatementAfterTheReviewDateIsNotYetKnown() {
        MeasureResult result = review("2016-03-31", rent("FR-1", "2016-01-15", 20000), rent("FR-2", "2016-04-01", 90000));

        assertThat(result.status()).isEqualTo(Status.MET);
    }

    @ParameterizedTest(name = "identified {0}: {1}")
    @CsvSource({
        "2015-10-01, MET",
        "2015-10-02, TOO_EARLY"
    })
    void theSixMonthsMustStartOnOrAfterIdentification(String identified, Status status) {
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1984-02-14").child("P2", "2010-06-01")
                .engaged(identified).record(rent("FR-1", "2016-01-15", 20000)).build();

        MeasureResult result = RENT_ARREARS.evaluate(MeasureContext.review(family, d("2016-03-31"), d(identified)));

        assertThat(result.status()).isEqualTo(status);
    }

    @Test
    void aSelectionOfAnotherKindIsAPlanError() {
        BalanceAtMost wrong = new BalanceAtMost(RecordSelection.of(RecordKind.SERVICES), Period.ofMonths(6),
                DatedValue.of(new BigDecimal("500")));
        FamilyTimeline family = FamilyFixture.family("F1").mother("P1", "1984-02-14").engaged(IDENTIFIED).build();

        assertThatThrownBy(() -> wrong.evaluate(MeasureContext.review(family, d("2016-03-31"), d(IDENTIFIED))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("balance_at_most reads finances, not services");
    }

    @Test
    void theDocumentedPlanFormReadsAsWritten() {
        Measure read = PlanSnippets.measure("""
                type: balance_at_most
                records: finances
                where: {debt: rent_arrears}
                window: {months: 6}
                at_most_gbp: 500
                """);

        assertThat(read).isInstanceOfSatisfying(BalanceAtMost.class, balance -> {
            assertThat(balance.selection().describe()).isEqualTo("finances where debt = rent_arrears");
            assertThat(balance.window()).isEqualTo(Period.ofMonths(6));
            assertThat(balance.atMostGbp().on(d("2016-03-31"))).isEqualByComparingTo("500");
        });
    }

    private static FinancialReading rent(String id, String dated, long pence) {
        return new FinancialReading(id, "F1", null, d(dated), Debt.RENT_ARREARS, pence, Sanction.NONE, "housing");
    }

    private static MeasureResult review(String reviewDate, FinancialReading... readings) {
        FamilyTimeline family = FamilyFixture.family("F1")
                .mother("P1", "1984-02-14")
                .child("P2", "2010-06-01")
                .engaged(IDENTIFIED)
                .records(readings)
                .build();
        return RENT_ARREARS.evaluate(MeasureContext.review(family, d(reviewDate), d(IDENTIFIED)));
    }

    /** The measure as a plan file gives it, read by the plan loader inside a one-outcome plan. */
}
