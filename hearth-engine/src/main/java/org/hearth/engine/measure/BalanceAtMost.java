package org.hearth.engine.measure;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every statement of a household's arrears in a period is at most an amount: "no arrears above £500
 * over two quarters" (Southwark 4.7).
 *
 * <pre>
 * type: balance_at_most
 * records: finances
 * where: {debt: rent_arrears}
 * window: {months: 6}
 * at_most_gbp: 500
 * </pre>
 *
 * <p>Rule: the readings dated in the window (about the family's household or members) are each at
 * most the amount in force on the reference day, compared in pence. With no reading in the window the
 * data cannot show it: not met. The window must start on or after identification (else too early).
 */
public record BalanceAtMost(RecordSelection selection, Period window, DatedValue atMostGbp) implements Measure {

    @JsonCreator
    static BalanceAtMost fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                                  @JsonProperty("window") Period window, @JsonProperty("at_most_gbp") DatedValue atMostGbp) {
        return new BalanceAtMost(new RecordSelection(records, where), window, atMostGbp);
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
