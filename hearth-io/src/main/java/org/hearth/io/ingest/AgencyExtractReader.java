package org.hearth.io.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hearth.engine.Excerpt;
import org.hearth.io.canonical.RecordCells;

/**
 * Reads an agency's CSV extract through its {@link AgencyMapping}: each row a person of persons.csv (by the extract's
 * own person id) and one record of the mapping's kind. Values are taken as the mapping says: the extract's codes made
 * canonical, dates read in the mapping's form, money with a pound sign or thousands separators made plain. Anything
 * the canonical format still refuses is rejected with the format's own reason.
 */
final class AgencyExtractReader implements SourceReader {
    private final AgencyMapping mapping;
    private final List<String> dateColumns;
    private final List<String> moneyColumns;
    private final boolean household;

    AgencyExtractReader(AgencyMapping mapping) {
        this.mapping = mapping;
        this.dateColumns = RecordCells.dateColumns(mapping.kind());
        this.moneyColumns = RecordCells.moneyColumns(mapping.kind());
        this.household = RecordCells.columns(mapping.kind()).contains("family_id");
    }

    @Override
    public void read(SourceFile file, StagingFolder staging) throws IOException {
        try (CsvTable csv = CsvTable.open(file)) {
            List<String> absent = new ArrayList<>();
            mapping.person().values().stream().filter(c -> !csv.has(c)).forEach(absent::add);
            mapping.columns().values().stream().filter(c -> !csv.has(c)).forEach(absent::add);
            if (mapping.recordId() != null && !csv.has(mapping.recordId())) {
                absent.add(mapping.recordId());
            }
            if (!absent.isEmpty()) {
                throw new UnreadableSourceException(file.name(), 1, "the mapping names columns the file's header does not have: "
                        + String.join(", ", absent.stream().distinct().toList()));
            }
            Origin origin = new Origin(file.name(), 0, mapping.provider());
            for (CsvTable.Row row = csv.next(); row != null; row = csv.next()) {
                Origin here = origin.at(row.line());
                if (row.ragged()) {
                    staging.reject(here, "", row.text(), "the row has " + row.fields() + " fields; the header has " + csv.header().size());
                } else {
                    row(file.name(), row, here, staging);
                }
            }
        }
    }

    private void row(String file, CsvTable.Row row, Origin here, StagingFolder staging) throws IOException {
        String idColumn = mapping.person().get(PersonColumn.SOURCE_PERSON_ID);
        String id = row.get(idColumn);
        if (id.isEmpty()) {
            staging.reject(here, idColumn, "", "a row with no " + idColumn + " (the person's id) is not staged: it would belong to no one");
            return;
        }
        RecordRow record = new RecordRow()
                .put("record_id", mapping.recordId() == null ? file + ":" + row.line() : row.get(mapping.recordId()),
                        mapping.recordId() == null ? "line" : mapping.recordId())
                .put("person_id", id, idColumn)
                .set("source", mapping.provider());
        if (household) {
            String column = mapping.person().get(PersonColumn.HOUSEHOLD_REF);
            record.put("family_id", column == null ? null : row.get(column), column);
        }
        for (Map.Entry<String, String> value : mapping.values().entrySet()) {
            record.set(value.getKey(), value.getValue());
        }
        for (Map.Entry<String, String> column : mapping.columns().entrySet()) {
            String value = value(column.getKey(), row.get(column.getValue()));
            if (value == null) {
                staging.reject(here, column.getValue(), row.get(column.getValue()), Excerpt.quoted(row.get(column.getValue()))
                        + " is not a date in the mapping's date_format " + mapping.dateFormatText() + ": the row is not staged");
                return;
            }
            record.put(column.getKey(), value, column.getValue());
        }
        staging.person(person(id, row), here);
        staging.record(mapping.kind(), record, here);
    }

    /** The value made canonical; null for a date that cannot be read. */
    private String value(String column, String text) {
        String value = mapping.code(column, text);
        if (value.isEmpty()) {
            return value;
        }
        if (dateColumns.contains(column)) {
            LocalDate day = mapping.date(value);
            return day == null ? null : day.toString();
        }
        if (moneyColumns.contains(column)) {
            return value.replace("£", "").replace(",", "").strip();
        }
        return value;
    }

    private StagedPerson person(String id, CsvTable.Row row) {
        StagedPerson person = new StagedPerson(id, mapping.provider());
        for (Map.Entry<PersonColumn, String> column : mapping.person().entrySet()) {
            String value = row.get(column.getValue());
            if (column.getKey() == PersonColumn.SOURCE_PERSON_ID || value.isEmpty()) {
                continue;
            }
            if (column.getKey() == PersonColumn.DATE_OF_BIRTH) {
                LocalDate day = mapping.date(value);
                value = day == null ? value : day.toString();
            } else if (column.getKey() == PersonColumn.SEX) {
                value = mapping.code("sex", value);
            }
            person.set(column.getKey(), value, column.getValue());
        }
        return person;
    }
}
