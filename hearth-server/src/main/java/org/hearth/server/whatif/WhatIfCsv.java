package org.hearth.server.whatif;

import static org.hearth.io.SpreadsheetCell.safe;

import java.io.IOException;
import java.io.Writer;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * A comparison's differences as CSV, one row a change of a family's decision with both plans' decisions and
 * explanations, safe to open in a spreadsheet ({@link org.hearth.io.SpreadsheetCell}).
 */
final class WhatIfCsv {
    static final String[] HEADER = {"family_id", "decision", "problem_id", "shift", "plan_in_force", "draft",
        "why_plan_in_force", "why_draft"};

    private WhatIfCsv() {
    }

    static void write(WhatIfResult result, Writer out) throws IOException {
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(HEADER);
            for (FamilyDifference family : result.differences()) {
                for (Change change : family.changes()) {
                    csv.writeRecord(safe(family.familyId()), change.what().code(),
                            change.problemId() == null ? "" : safe(change.problemId()), change.shift().code(),
                            change.inForce(), change.draft(), safe(change.whyInForce()), safe(change.whyDraft()));
                }
            }
        }
    }
}
