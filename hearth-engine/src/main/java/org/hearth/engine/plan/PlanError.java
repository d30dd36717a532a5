package org.hearth.engine.plan;

import org.hearth.engine.Excerpt;

/**
 * One thing wrong with a plan file, and where: file, line and column (1-based; 0 when unknown), the
 * JSON pointer of the field, and what is wrong.
 */
public record PlanError(String file, int line, int column, String field, String message) {

    public PlanError {
        field = field == null ? "" : Excerpt.printable(field);
        message = Excerpt.printable(message); // values are quoted, cut and escaped where they are made: a backstop
    }

    /** "plans/southwark.yaml:42:7: /problems/0/outcomes/1/measure/type: 'count' is not a measure type". */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
