package org.hearth.server.ingest;

/**
 * One import uploaded from the pages, as it runs: the step it is on and how far through, then how it ended (the
 * import accepted or rejected, both recorded; or failed, with the reason). Read by the page's requests while the
 * import's own thread writes it.
 */
public final class ImportJob implements ImportProgress {
    /** How a job stands. */
    public enum State { RUNNING, ACCEPTED, REJECTED, FAILED }

    private final String id;
    private final String by;
    private volatile State state = State.RUNNING;
    private volatile String step = "Waiting for the import before it to finish";
    private volatile long total;
    private volatile long done;
    private volatile Long importId;
    private volatile String failure;

    ImportJob(String id, String by) {
        this.id = id;
        this.by = by;
    }

    @Override
    public synchronized void phase(String what, long steps) {
        step = what;
        total = steps;
        done = 0;
    }

    @Override
    public synchronized void advance(long more) {
        done += more;
    }

    void accepted(long importId) {
        this.importId = importId;
        state = State.ACCEPTED;
    }

    void rejected(long importId) {
        this.importId = importId;
        state = State.REJECTED;
    }

    void failed(String why) {
        failure = why;
        state = State.FAILED;
    }

    public String id() {
        return id;
    }

    /** Who uploaded it: only they follow it. */
    public String by() {
        return by;
    }

    public State state() {
        return state;
    }

    public String step() {
        return step;
    }

    /** How many units the step has, 0 when it cannot say. */
    public long total() {
        return total;
    }

    public long done() {
        return Math.min(done, total);
    }

    /** The import recorded, once the job has ended accepted or rejected; else null. */
    public Long importId() {
        return importId;
    }

    public String failure() {
        return failure;
    }
}
