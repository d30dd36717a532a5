package org.hearth.engine.timeline;

import java.time.LocalDate;

/** Argument checks shared by the timeline's records; each failure names the field that is wrong. */
final class Require {
    private Require() {
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static void ordered(LocalDate start, LocalDate end, String startField, String endField) {
        present(start, startField);
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException(endField + " " + end + " is before " + startField + " " + start);
        }
    }

    static void personOrFamily(String personId, String familyId) {
        if ((personId == null || personId.isBlank()) && (familyId == null || familyId.isBlank())) {
            throw new IllegalArgumentException("person_id or family_id is required");
        }
    }

    static double notNegative(double value, String field) {
        if (value < 0 || Double.isNaN(value)) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return value;
    }
}
