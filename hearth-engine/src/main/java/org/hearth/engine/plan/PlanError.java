package org.hearth.engine.plan;

/**
 * One thing wrong with a plan file, and where: file, line and column (1-based; 0 when unknown), the
 * JSON pointer of the field, and what is wrong.
 */
public record PlanError(String file, int line, int column, String field, String message) {

    /** "plans/southwark.yaml:42:7: /problems/0/outcomes/1/measure/type: 'count' is not a measure type". */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }
}
