package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.timeline.FinancialReading;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.TimelineRecord;

/** The statements of arrears a plan's selection picks, for the measures of debt. */
final class FinancialStatements {
    private FinancialStatements() {
    }

    /**
     * The selected statements about the family's household or its members, earliest first.
     *
     * @param measure the measure's plan name, to say which measure was given another kind of record
     */
    static List<FinancialReading> of(MeasureContext context, RecordSelection selection, String measure) {
        if (selection.kind() != RecordKind.FINANCES) {
            throw new IllegalStateException(measure + " reads " + RecordKind.FINANCES.name() + ", not "
                    + selection.kind().name());
        }
        List<FinancialReading> statements = new ArrayList<>();
        for (TimelineRecord record : context.records(selection, People.FAMILY)) {
            statements.add((FinancialReading) record);
        }
        return statements;
    }
}
