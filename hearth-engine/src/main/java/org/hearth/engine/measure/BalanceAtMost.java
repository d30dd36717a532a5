package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.explain.Deferred;
import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.FinancialReading;

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
public record BalanceAtMost(RecordSelection selection, Period window, DatedValue atMostGbp) implements DataMeasure {

    @JsonCreator
    static BalanceAtMost fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                                  @JsonProperty("window") Period window, @JsonProperty("at_most_gbp") DatedValue atMostGbp) {
        return new BalanceAtMost(new RecordSelection(records, where), window, atMostGbp);
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        DateRange range = context.last(window);
        if (context.tooEarly(range)) {
            return context.tooEarly(range, window.earliestEndFrom(context.identifiedOn()), witness);
        }
        BigDecimal limit = atMostGbp.on(context.referenceDay());
        if (limit == null) {
            witness.says("the plan sets no amount for %s in force on %s", selection, context.referenceDay());
            return Status.NOT_MET;
        }
        Deferred allowed = Deferred.words(() -> Money.pounds(limit));
        List<FinancialReading> read = new ArrayList<>();
        List<Statement> above = new ArrayList<>();
        FinancialReading highest = null;
        for (FinancialReading reading : FinancialStatements.of(context, selection, "balance_at_most")) {
            if (!range.contains(reading.date())) {
                continue;
            }
            read.add(reading);
            if (highest == null || reading.balancePence() > highest.balancePence()) {
                highest = reading;
            }
            if (Money.compare(reading.balancePence(), limit) > 0) {
                above.add(new Statement(reading));
            }
        }
        if (highest == null) {
            witness.says("no statement of %s in %s, so the data cannot show it stayed at most %s", selection, range,
                    allowed);
            return Status.NOT_MET;
        }
        witness.says("%d statement%s of %s in %s, the highest %s, at most %s allowed; above it: %s", read.size(),
                read.size() == 1 ? "" : "s", selection, range, new Statement(highest), allowed,
                new Listing(above, "none"));
        witness.cites(read);
        return above.isEmpty() ? Status.MET : Status.NOT_MET;
    }

    /** A statement as an explanation quotes it. */
    private record Statement(FinancialReading reading) {
        @Override
        public String toString() {
            return Figures.pounds(reading.balancePence()) + " on " + reading.date() + " (" + reading.recordId() + ")";
        }
    }

    /** Data first: the household's statements since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(selection, People.FAMILY);
    }

    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.EVERY_DAY;
    }

    @Override
    public Set<String> reads() {
        return Set.of(selection.records());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
