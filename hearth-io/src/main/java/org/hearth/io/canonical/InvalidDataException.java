package org.hearth.io.canonical;

import java.util.List;

import org.hearth.engine.HearthException;

/**
 * A canonical data folder that cannot be used, with the errors found in it: the first
 * {@link #errors()} (at most {@value CanonicalReader#ERROR_LIMIT}, in file and line order) and how many
 * there were in all. When this is thrown, nothing was loaded.
 */
public class InvalidDataException extends HearthException {
    private static final long serialVersionUID = 1L;
    /** How many errors the message lists; {@link #errors()} may hold more. */
    public static final int ERRORS_IN_MESSAGE = 20;

    private final String folder;
    private final transient List<DataError> errors;
    private final long errorCount;

    public InvalidDataException(String folder, List<DataError> errors, long errorCount) {
        super(summary(folder, errors, errorCount));
        this.folder = folder;
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
    }

    private static String summary(String folder, List<DataError> errors, long errorCount) {
        StringBuilder out = new StringBuilder(folder).append(": ").append(errorCount)
                .append(errorCount == 1 ? " error" : " errors").append("; nothing was loaded");
        for (DataError error : errors.subList(0, Math.min(errors.size(), ERRORS_IN_MESSAGE))) {
            out.append(System.lineSeparator()).append("  ").append(error);
        }
        if (errorCount > ERRORS_IN_MESSAGE) {
            out.append(System.lineSeparator()).append("  and ").append(errorCount - ERRORS_IN_MESSAGE).append(" more");
        }
        return out.toString();
    }

    /** The folder that was read. */
    public String folder() {
        return folder;
    }

    /** The first errors, in file and line order. */
    public List<DataError> errors() {
        return errors;
    }

    /** How many errors were found in all, including those beyond {@link #errors()}. */
    public long errorCount() {
        return errorCount;
    }
}
