package org.hearth.io.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.RecordKind;

/**
 * Reads school census extracts as CSV: termly attendance (a pupil's sessions possible, authorised and unauthorised
 * absence in a term) and exclusions (category, start date, sessions), with the common basic data set's names for the
 * columns. Each school is a provider ({@code school census: URN 123456}); a pupil is staged under their UPN, as the
 * school recorded it. The mapping is docs/data-in.md's "School census".
 */
final class SchoolCensusReader implements SourceReader {
    private static final List<String> ATTENDANCE = List.of("UPN", "URN", "AcademicYear", "Term", "SessionsPossible",
            "SessionsAuthorised", "SessionsUnauthorised");
    private static final List<String> EXCLUSIONS = List.of("UPN", "URN", "Phase", "Category", "StartDate", "Sessions");
    private static final Map<String, String> SEXES = Map.of("M", "male", "F", "female", "U", "unknown");
    private static final Map<String, String> TERMS = Map.of("autumn", "autumn", "aut", "autumn", "spring", "spring",
            "spr", "spring", "summer", "summer", "sum", "summer");
    private static final Map<String, String> PHASES = Map.ofEntries(Map.entry("ps", "primary"), Map.entry("mp", "primary"),
            Map.entry("ns", "primary"), Map.entry("primary", "primary"), Map.entry("ss", "secondary"),
            Map.entry("ms", "secondary"), Map.entry("16", "secondary"), Map.entry("secondary", "secondary"),
            Map.entry("sp", "special"), Map.entry("special", "special"), Map.entry("ap", "alternative_provision"),
            Map.entry("pru", "alternative_provision"), Map.entry("alternative provision", "alternative_provision"));

    @Override
    public void read(SourceFile file, StagingFolder staging) throws IOException {
        try (CsvTable csv = CsvTable.open(file)) {
            boolean attendance = csv.has("SessionsPossible");
            boolean exclusions = csv.has("Category");
            if (attendance == exclusions) {
                throw new UnreadableSourceException(file.name(), 1, "its header names " + (attendance ? "both" : "neither")
                        + " a termly attendance extract (" + String.join(", ", ATTENDANCE) + ") " + (attendance ? "and" : "nor")
                        + " an exclusions extract (" + String.join(", ", EXCLUSIONS) + ")");
            }
            List<String> absent = (attendance ? ATTENDANCE : EXCLUSIONS).stream().filter(c -> !csv.has(c)).toList();
            if (!absent.isEmpty()) {
                throw new UnreadableSourceException(file.name(), 1, "the " + (attendance ? "attendance" : "exclusions")
                        + " extract has no " + String.join(", ", absent) + " column");
            }
            for (CsvTable.Row row = csv.next(); row != null; row = csv.next()) {
                String urn = row.get("URN");
                Origin here = new Origin(file.name(), row.line(), urn.isEmpty() ? "school census" : "school census: URN " + urn);
                if (row.ragged()) {
                    staging.reject(here, "", row.text(), "the row has " + row.fields() + " fields; the header has " + csv.header().size());
                } else if (pupil(row, here, staging)) {
                    if (attendance) {
                        attendance(row, here, staging);
                    } else {
                        exclusion(row, here, staging);
                    }
                }
            }
        }
    }

    /** Stages the row's pupil; a row with no UPN is rejected, since no pupil on a school's roll is without one. */
    private static boolean pupil(CsvTable.Row row, Origin here, StagingFolder staging) throws IOException {
        String upn = row.get("UPN").toUpperCase(Locale.ROOT);
        if (upn.isEmpty()) {
            staging.reject(here, "UPN", "", "a row with no UPN is not staged: every pupil in the school census has one");
            return false;
        }
        String sexField = row.get("Sex").isEmpty() ? "Gender" : "Sex";
        String sex = row.get(sexField);
        String birth = row.get("DOB");
        String birthIso = SourceDate.iso(birth);
        staging.person(new StagedPerson(upn, here.provider())
                .set(PersonColumn.UPN, upn, "UPN")
                .set(PersonColumn.FORMER_UPN, row.get("FormerUPN"), "FormerUPN")
                .set(PersonColumn.GIVEN_NAME, row.get("Forename"), "Forename")
                .set(PersonColumn.FAMILY_NAME, row.get("Surname"), "Surname")
                .set(PersonColumn.FORMER_FAMILY_NAME, row.get("FormerSurname"), "FormerSurname")
                .set(PersonColumn.DATE_OF_BIRTH, birthIso == null ? birth : birthIso, "DOB")
                .set(PersonColumn.SEX, SEXES.getOrDefault(sex.toUpperCase(Locale.ROOT), sex), sexField)
                .set(PersonColumn.POSTCODE, row.get("Postcode"), "Postcode")
                .set(PersonColumn.ADDRESS, row.get("Address"), "Address")
                .set(PersonColumn.UPRN, row.get("UPRN"), "UPRN"), here);
        return true;
    }

    private static void attendance(CsvTable.Row row, Origin here, StagingFolder staging) throws IOException {
        String upn = row.get("UPN").toUpperCase(Locale.ROOT);
        String year = row.get("AcademicYear").replace('-', '/');
        String term = TERMS.getOrDefault(row.get("Term").toLowerCase(Locale.ROOT), row.get("Term"));
        staging.record(RecordKind.ATTENDANCE, new RecordRow()
                .put("record_id", upn + "/" + year + "/" + term + "/" + row.get("URN"), "UPN")
                .put("person_id", upn, "UPN")
                .put("academic_year", year, "AcademicYear")
                .put("term", term, "Term")
                .put("possible_sessions", row.get("SessionsPossible"), "SessionsPossible")
                .put("authorised_absence", row.get("SessionsAuthorised"), "SessionsAuthorised")
                .put("unauthorised_absence", row.get("SessionsUnauthorised"), "SessionsUnauthorised")
                .put("school_urn", row.get("URN"), "URN")
                .set("source", here.provider()), here);
    }

    /**
     * An exclusion's days are its sessions halved (a session is half a school day, as the census counts them); a
     * permanent exclusion with no sessions given counts 0 days.
     */
    private static void exclusion(CsvTable.Row row, Origin here, StagingFolder staging) throws IOException {
        String given = row.get("Category");
        ExclusionCategory category = ExclusionCategory.of(given);
        if (category == null) {
            staging.reject(here, "Category", given, Excerpt.quoted(given) + " is not an exclusion category: PERM (permanent),"
                    + " FIXD (fixed period) or SUSP (suspension, its name since 2022), or LNCH (lunchtime)");
            return;
        }
        String start = SourceDate.iso(row.get("StartDate"));
        if (start == null) {
            staging.reject(here, "StartDate", row.get("StartDate"), row.get("StartDate").isEmpty()
                    ? "an exclusion with no StartDate is not staged" : SourceDate.reason(row.get("StartDate")));
            return;
        }
        String sessions = row.get("Sessions");
        String days = sessions.isEmpty() && category == ExclusionCategory.PERMANENT ? "0" : halved(sessions);
        if (days == null) {
            staging.reject(here, "Sessions", sessions, sessions.isEmpty() ? "a suspension's Sessions are required"
                    : Excerpt.quoted(sessions) + " is not a number of sessions (a whole number, 0 or more)");
            return;
        }
        String phase = PHASES.getOrDefault(row.get("Phase").toLowerCase(Locale.ROOT), row.get("Phase"));
        String upn = row.get("UPN").toUpperCase(Locale.ROOT);
        staging.record(RecordKind.EXCLUSIONS, new RecordRow()
                .put("record_id", upn + "/" + start + "/" + row.get("URN") + "/" + category.canonical(), "UPN")
                .put("person_id", upn, "UPN")
                .put("date", start, "StartDate")
                .put("type", category.canonical(), "Category")
                .put("days", days, "Sessions")
                .put("phase", phase, "Phase")
                .set("source", here.provider()), here);
    }

    private static String halved(String sessions) {
        if (sessions.isEmpty() || !sessions.chars().allMatch(c -> c >= '0' && c <= '9') || sessions.length() > 6) {
            return null;
        }
        return new BigDecimal(sessions).divide(BigDecimal.valueOf(2)).stripTrailingZeros().toPlainString();
    }
}
