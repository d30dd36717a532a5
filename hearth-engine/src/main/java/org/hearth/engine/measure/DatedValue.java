package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A threshold that may change on given dates, such as Sunderland's attendance of 85% becoming 90%
 * from 1 September 2015. In a plan it is either a plain number or a list of steps:
 *
 * <pre>
 * percent:
 *   - value: 85
 *   - value: 90
 *     from: 2015-09-01
 * </pre>
 *
 * The value in force on a day is the one of the latest step whose {@code from} is on or before it;
 * a step without {@code from} applies from the beginning. Which day is asked is the review date.
 */
public final class DatedValue {
    private final List<Step> steps;
    /** The same steps as an array, read on every test of a measure. */
    private final Step[] ordered;

    private DatedValue(List<Step> steps) {
        List<Step> sorted = new ArrayList<>(steps);
        sorted.sort((a, b) -> a.from == null ? -1 : b.from == null ? 1 : a.from.compareTo(b.from));
        this.steps = List.copyOf(sorted);
        this.ordered = sorted.toArray(new Step[0]);
    }

    /** A value that never changes. */
    public static DatedValue of(BigDecimal value) {
        return new DatedValue(List.of(new Step(null, value)));
    }

    public static DatedValue of(double value) {
        return of(BigDecimal.valueOf(value));
    }

    /** Reads the plan's form: a number, or a list of {@code {value, from}} steps. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static DatedValue fromJson(JsonNode node) {
        if (node.isNumber()) {
            return of(node.decimalValue());
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException("expected a number or a list of {value, from} steps");
        }
        List<Step> steps = new ArrayList<>();
        for (JsonNode step : node) {
            JsonNode from = step.get("from");
            steps.add(new Step(from == null || from.isNull() ? null : LocalDate.parse(from.asText()),
                    step.get("value").decimalValue()));
        }
        return new DatedValue(steps);
    }

    /** The value in force on the day, or null when the first step starts later. */
    public BigDecimal on(LocalDate day) {
        for (int i = ordered.length - 1; i >= 0; i--) {
            if (ordered[i].from == null || !ordered[i].from.isAfter(day)) {
                return ordered[i].value;
            }
        }
        return null;
    }

    /** The steps, earliest first. */
    public List<Step> steps() {
        return steps;
    }

    /** One value and the day it takes effect (null: from the beginning). */
    public record Step(LocalDate from, BigDecimal value) {
    }

    @Override
    public String toString() {
        return steps.size() == 1 && steps.get(0).from == null ? steps.get(0).value.toPlainString() : steps.toString();
    }
}
