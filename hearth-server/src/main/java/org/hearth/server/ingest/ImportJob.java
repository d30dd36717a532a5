package org.hearth.server.ingest;

import org.hearth.server.BackgroundJob;

/**
 * One uploaded import, from the pages or the JSON API, as it runs: the step it is on and how far through, then how
 * it ended: accepted, with its report; rejected, with the errors (both recorded); or failed, with the reason. Read
 * by the page's requests, or awaited by the API's ({@link #report()}), while the import's own thread writes it.
 */
public final class ImportJob extends BackgroundJob<ImportReport> implements ImportProgress {
    /** How a job stands. */
    public enum State { RUNNING, ACCEPTED, REJECTED, FAILED }

    private final String id;
    private final String by;

    ImportJob(String id, String by) {
        super("Waiting for the import before it to finish");
        this.id = id;
        this.by = by;
    }

    /**
     * Waits until the import has ended.
     *
     * @return the accepted import's report
     * @throws ImportRejectedException when the import was rejected (recorded, with its errors; nothing changed)
     * @throws RuntimeException what made the import fail, as the import threw it
     */
    public ImportReport report() {
        return await();
    }

    public String id() {
        return id;
    }

    /** Who uploaded it: only they follow it. */
    public String by() {
        return by;
    }

    public State state() {
        if (running()) {
            return State.RUNNING;
        }
        return outcome() != null ? State.ACCEPTED : refusal() instanceof ImportRejectedException ? State.REJECTED
                : State.FAILED;
    }

    /** The import recorded, once the job has ended accepted or rejected; else null. */
    public Long importId() {
        if (outcome() != null) {
            return outcome().importId();
        }
        return refusal() instanceof ImportRejectedException rejection ? rejection.importId() : null;
    }

    /** Why the import failed, once it has; else null. */
    public String failure() {
        return state() == State.FAILED ? refusal().getMessage() : null;
    }
}
