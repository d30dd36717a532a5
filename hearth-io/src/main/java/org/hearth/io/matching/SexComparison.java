package org.hearth.io.matching;

import java.util.List;

/**
 * Sex: the same; different. Only {@code female} and {@code male} are compared: {@code other} and {@code unknown}
 * say nothing either way.
 */
record SexComparison() implements Comparison {
    private static final List<String> LEVELS = List.of("same", "else");

    @Override
    public String field() {
        return "sex";
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int level(PreparedPerson a, PreparedPerson b) {
        if (a.sex == null || b.sex == null) {
            return MISSING;
        }
        return a.sex.equals(b.sex) ? 0 : 1;
    }
}
