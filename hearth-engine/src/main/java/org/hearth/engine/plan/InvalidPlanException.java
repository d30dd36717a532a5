package org.hearth.engine.plan;

import java.util.List;

import org.hearth.engine.HearthException;

/** A plan file that cannot be used, with every error found in it. */
public class InvalidPlanException extends HearthException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<PlanError> errors;

    public InvalidPlanException(String file, List<PlanError> errors) {
        super(summary(file, errors));
        this.file = file;
        this.errors = List.copyOf(errors);
    }

    private static String summary(String file, List<PlanError> errors) {
        StringBuilder out = new StringBuilder(file).append(": ").append(errors.size())
                .append(errors.size() == 1 ? " error" : " errors");
        for (PlanError error : errors) {
            out.append(System.lineSeparator()).append("  ").append(error);
        }
        return out.toString();
    }

    public String file() {
        return file;
    }

    public List<PlanError> errors() {
        return errors;
    }
}
