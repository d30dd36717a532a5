package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.FinancialReading;

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
 * <p>Rule: for each debt (one kind of debt, owed by the household or by one member), the starting point
 * is the last reading on or before the window's first day, or else the first reading in the window. No
 * later reading in the window may have a higher sanction (when sanction is named) or a higher balance
 * (when balance is named) than the starting point. With no reading in the window: not met. Readings
 * after the reference day are not yet known and are ignored. The window must start on or after
 * identification (else too early).
 */
public record NoEscalation(RecordSelection selection, Period window, List<Of> of) implements DataMeasure {

    public NoEscalation {
        of = of == null || of.isEmpty() ? List.of(Of.SANCTION, Of.BALANCE) : List.copyOf(of);
    }

    @JsonCreator
    static NoEscalation fromPlan(@JsonProperty("records") String records, @JsonProperty("where") Map<String, Object> where,
                                 @JsonProperty("window") Period window, @JsonProperty("of") List<Of> of) {
        return new NoEscalation(new RecordSelection(records, where), window, of);
    }

    /** What must not rise. */
    public enum Of {
        SANCTION, BALANCE;

        /** The plan's word, as explanations quote it. */
        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        DateRange range = context.last(window);
        if (context.tooEarly(range)) {
            return context.tooEarly(range, window.earliestEndFrom(context.identifiedOn()), witness);
        }
        Map<Debt, List<FinancialReading>> debts = new LinkedHashMap<>();
        for (FinancialReading reading : FinancialStatements.of(context, selection, "no_escalation")) {
            if (!reading.date().isAfter(range.end())) {
                debts.computeIfAbsent(new Debt(reading.debt(), reading.personId()), k -> new ArrayList<>()).add(reading);
            }
        }
        boolean any = false;
        boolean escalated = false;
        for (Map.Entry<Debt, List<FinancialReading>> debt : debts.entrySet()) {
            Course course = course(debt.getKey(), debt.getValue(), range);
            if (course != null) {
                any = true;
                escalated |= !course.rises().isEmpty();
                witness.part().says("%s", course);
                witness.cites(() -> List.of(course.from()));
                witness.cites(course.later());
            }
        }
        if (!any) {
            witness.says("no statement of %s in %s, so the data cannot show that nothing rose", selection, range);
            return Status.NOT_MET;
        }
        witness.says("%s of %s in %s, none may rise", new Listing(of, "", " or "), selection, range);
        return escalated ? Status.NOT_MET : Status.MET;
    }

    /** The debt's starting point and the statements in the window after it; null if none is in the window. */
    private Course course(Debt debt, List<FinancialReading> readings, DateRange range) {
        FinancialReading from = null;
        List<FinancialReading> inWindow = new ArrayList<>();
        for (FinancialReading reading : readings) {
            if (!reading.date().isAfter(range.start())) {
                from = reading;
            }
            if (range.contains(reading.date())) {
                inWindow.add(reading);
            }
        }
        if (inWindow.isEmpty()) {
            return null;
        }
        if (from == null) {
            from = inWindow.get(0);
        }
        List<FinancialReading> later = inWindow.subList(inWindow.indexOf(from) + 1, inWindow.size());
        List<FinancialReading> rises = new ArrayList<>();
        for (FinancialReading reading : later) {
            boolean sanctionRose = of.contains(Of.SANCTION) && reading.sanction().compareTo(from.sanction()) > 0;
            boolean balanceRose = of.contains(Of.BALANCE) && reading.balancePence() > from.balancePence();
            if (sanctionRose || balanceRose) {
                rises.add(reading);
            }
        }
        return new Course(debt, from, List.copyOf(later), rises);
    }

    /** One debt: a kind of debt, owed by a member or (person null) the household. */
    private record Debt(FinancialReading.Debt kind, String personId) {
        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + " of " + (personId == null ? "the household" : personId);
        }
    }

    /** A debt's starting point, the statements after it, and those that rose above it. */
    private record Course(Debt debt, FinancialReading from, List<FinancialReading> later, List<FinancialReading> rises) {
        @Override
        public String toString() {
            List<String> rose = new ArrayList<>();
            for (FinancialReading reading : rises) {
                rose.add(state(reading));
            }
            return debt + " from " + state(from) + ", " + later.size() + " later statement" + (later.size() == 1 ? "" : "s")
                    + "; rose: " + new Listing(rose, "none");
        }

        private static String state(FinancialReading reading) {
            return reading.sanction().name().toLowerCase(Locale.ROOT) + " and " + Figures.pounds(reading.balancePence())
                    + " on " + reading.date();
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
