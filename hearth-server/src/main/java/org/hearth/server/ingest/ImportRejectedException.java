package org.hearth.server.ingest;

import java.util.List;

import org.hearth.engine.HearthException;

/**
 * An import that changed nothing, with the reasons: the errors the command line's reader gives for the
 * folder, or, for rows that are valid alone but not with what is already stored, the same errors naming
 * the import and line each row came from.
 */
public class ImportRejectedException extends HearthException {
    private final transient List<String> errors;
    private final long errorCount;
    private final long importId;

    public ImportRejectedException(String summary, List<String> errors, long errorCount, long importId) {
        super(summary);
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
        this.importId = importId;
    }

    /** The errors, as the command line prints them (at most the reader's limit). */
    public List<String> errors() {
        return errors;
    }

    /** How many errors there were in all. */
    public long errorCount() {
        return errorCount;
    }

    /** The rejected import as recorded (status 'rejected'), for its report. */
    public long importId() {
        return importId;
    }
}
