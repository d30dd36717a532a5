package org.hearth.engine.measure;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * No escalation in a household's sanctions or arrears over a period: "no escalation in sanctions or
 * arrears over two quarters" (Southwark 4.7), "no escalation in sanctions, e.g. eviction"
 * (Southampton).
 *
 * <pre>
 * type: no_escalation
 * records: finances
 * where: {debt: rent_arrears}
 * window: {months: 6}
 * of: [sanction, balance]
 * </pre>
 *
 * <p>Rule: for each debt, the starting point is the last reading on or before the window's first day,
 * or else the first reading in the window. No later reading in the window may have a higher sanction
 * (when sanction is named) or a higher balance (when balance is named) than the starting point. With no
 * reading in the window: not met. The window must start on or after identification (else too early).
 */
public record NoEscalation(RecordSelection selection, Period window, List<Of> of) implements Measure {

    public NoEscalation {
        of = of == null || of.isEmpty() ? List.of(Of.SANCTION, Of.BALANCE) : List.copyOf(of);
    }

    @JsonCreator
    static NoEscalation fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                                 @JsonProperty("window") Period window, @JsonProperty("of") List<Of> of) {
        return new NoEscalation(new RecordSelection(records, where), window, of);
    }

    /** What must not rise. */
    public enum Of { SANCTION, BALANCE }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
