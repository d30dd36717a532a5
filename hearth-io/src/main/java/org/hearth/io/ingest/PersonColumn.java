package org.hearth.io.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.hearth.engine.Excerpt;

/**
 * The columns of a staged folder's persons.csv (docs/data-in.md), in the order they are written, each with the check
 * its values must pass. A value that fails is not staged: the person is staged without it and rejected.csv says why,
 * so that a bad identifier is never a strong key for matching.
 */
enum PersonColumn {
    SOURCE_PERSON_ID("source_person_id"),
    PROVIDER("provider"),
    UPN("upn"),
    FORMER_UPN("former_upn"),
    NHS_NUMBER("nhs_number"),
    NI_NUMBER("ni_number"),
    LOCAL_CHILD_ID("local_child_id"),
    GIVEN_NAME("given_name"),
    FAMILY_NAME("family_name"),
    FORMER_FAMILY_NAME("former_family_name"),
    DATE_OF_BIRTH("date_of_birth"),
    SEX("sex"),
    POSTCODE("postcode"),
    ADDRESS("address"),
    UPRN("uprn"),
    HOUSEHOLD_REF("household_ref");

    /** The canonical codes of people.csv's sex column. */
    static final Set<String> SEXES = Set.of("female", "male", "other", "unknown");

    private final String column;

    PersonColumn(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }

    /** The column a persons.csv header names, or null. */
    static PersonColumn named(String name) {
        for (PersonColumn c : values()) {
            if (c.column.equals(name)) {
                return c;
            }
        }
        return null;
    }

    static String[] header() {
        String[] header = new String[values().length];
        for (PersonColumn c : values()) {
            header[c.ordinal()] = c.column;
        }
        return header;
    }

    /** The value as staged (an NHS or NI number without its spaces), or the value itself when it needs no change. */
    String normalised(String value) {
        return switch (this) {
            case NHS_NUMBER -> NhsNumber.normalised(value);
            case NI_NUMBER -> NationalInsuranceNumber.normalised(value);
            default -> value;
        };
    }

    /** Why the value cannot be staged in this column, or null. */
    String problem(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Excerpt.forbidden(value.charAt(i))) {
                return "it holds " + Excerpt.describe(value.charAt(i)) + ", which no value may";
            }
        }
        return switch (this) {
            case UPN, FORMER_UPN -> UniquePupilNumber.problem(value);
            case NHS_NUMBER -> NhsNumber.problem(value);
            case NI_NUMBER -> NationalInsuranceNumber.problem(value);
            case SEX -> SEXES.contains(value) ? null : "it is not one of female, male, other, unknown";
            case DATE_OF_BIRTH -> isoDate(value) ? null : "it is not a day the calendar has (YYYY-MM-DD or DD/MM/YYYY)";
            default -> null;
        };
    }

    private static boolean isoDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
