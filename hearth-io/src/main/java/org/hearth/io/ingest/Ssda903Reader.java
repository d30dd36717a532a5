package org.hearth.io.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.RecordKind;

/**
 * Reads an SSDA903 return's tables as CSV (the DfE's column names: CHILD, SEX, DOB, UPN, DECOM, DEC, REC, MISSING,
 * MIS_START, MIS_END, …), each file's table known by its header ({@link Ssda903Table}). The header table gives the
 * children; the episodes become periods of care ({@link PeriodsOfCare}) staged as looked-after spells; the missing
 * table's episodes of being missing (not those away without authorisation) become missing episodes. The mapping is
 * docs/data-in.md's "SSDA903".
 */
final class Ssda903Reader implements SourceReader {
    private static final String PROVIDER = "SSDA903";
    /** UPN's own codes for why a child has none (UN1 to UN10): no UPN, not a bad one. */
    /** SEX in the SSDA903: 1 male, 2 female. */
    private static final Map<String, String> SEXES = Map.of("1", "male", "2", "female");
    private static final Set<String> NO_UPN = Set.of("UN1", "UN2", "UN3", "UN4", "UN5", "UN6", "UN7", "UN8", "UN9", "UN10");

    @Override
    public void read(SourceFile file, StagingFolder staging) throws IOException {
        try (CsvTable csv = CsvTable.open(file)) {
            Ssda903Table table = Ssda903Table.of(csv);
            if (table == null) {
                throw new UnreadableSourceException(file.name(), 1, "its header (" + Excerpt.cut(String.join(",", csv.header()))
                        + ") names no table of the SSDA903 return: header (CHILD, SEX, DOB, …), episodes (CHILD, DECOM, …),"
                        + " missing (CHILD, MISSING, MIS_START, …) or the others");
            }
            List<String> absent = table.required().stream().filter(column -> !csv.has(column)).toList();
            if (!absent.isEmpty()) {
                throw new UnreadableSourceException(file.name(), 1, "the SSDA903 " + table.tableName() + " table has no "
                        + String.join(", ", absent) + " column");
            }
            Origin origin = new Origin(file.name(), 0, PROVIDER);
            if (table.notStaged() != null) {
                staging.reject(origin, "", "", "the SSDA903 " + table.tableName() + " table is not staged: " + table.notStaged());
                return;
            }
            PeriodsOfCare periods = new PeriodsOfCare(staging, PROVIDER);
            for (CsvTable.Row row = csv.next(); row != null; row = csv.next()) {
                Origin here = origin.at(row.line());
                if (row.ragged()) {
                    staging.reject(here, "", row.text(), "the row has " + row.fields() + " fields; the header has " + csv.header().size());
                    continue;
                }
                String child = row.get("CHILD");
                if (child.isEmpty()) {
                    staging.reject(here, "CHILD", "", "a row with no CHILD is not staged: it would belong to no one");
                    continue;
                }
                switch (table) {
                    case HEADER -> staging.person(child(row, child), here);
                    case EPISODES -> periods.add(child, row, here);
                    default -> missing(row, child, here, staging);
                }
            }
            periods.stage();
        }
    }

    private static StagedPerson child(CsvTable.Row row, String child) {
        String upn = row.get("UPN");
        return new StagedPerson(child, PROVIDER)
                .set(PersonColumn.LOCAL_CHILD_ID, child, "CHILD")
                .set(PersonColumn.UPN, NO_UPN.contains(upn) ? null : upn, "UPN")
                .set(PersonColumn.DATE_OF_BIRTH, dateOrAsGiven(row.get("DOB")), "DOB")
                .set(PersonColumn.SEX, SEXES.getOrDefault(row.get("SEX"), row.get("SEX")), "SEX");
    }

    /** A date in ISO form when it is one; otherwise as given, for the person's check to report. */
    private static String dateOrAsGiven(String text) {
        String iso = SourceDate.iso(text);
        return iso == null ? text : iso;
    }

    /** MISSING is M (missing) or A (away from placement without authorisation, which is not being missing). */
    private static void missing(CsvTable.Row row, String child, Origin here, StagingFolder staging) throws IOException {
        String kind = row.get("MISSING");
        if (!kind.equals("M")) {
            staging.reject(here, "MISSING", kind, kind.equals("A") ? "away from placement without authorisation (A) is not a"
                    + " missing episode" : Excerpt.quoted(kind) + " is not M (missing) or A (away without authorisation)");
            return;
        }
        String start = SourceDate.iso(row.get("MIS_START"));
        String end = SourceDate.iso(row.get("MIS_END"));
        if (start == null || (end == null && !row.get("MIS_END").isEmpty())) {
            String field = start == null ? "MIS_START" : "MIS_END";
            staging.reject(here, field, row.get(field), row.get(field).isEmpty() ? "a missing episode with no MIS_START is not staged"
                    : SourceDate.reason(row.get(field)));
            return;
        }
        staging.person(new StagedPerson(child, PROVIDER).set(PersonColumn.LOCAL_CHILD_ID, child, "CHILD"), here);
        staging.record(RecordKind.MISSING_EPISODES, new RecordRow()
                .put("record_id", child + "/" + start + "/missing", "MIS_START")
                .put("person_id", child, "CHILD")
                .put("start_date", start, "MIS_START")
                .put("end_date", end, "MIS_END")
                .set("source", PROVIDER), here);
    }
}
