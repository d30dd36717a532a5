package org.hearth.server.ingest;

import java.util.concurrent.CountDownLatch;

/**
 * One uploaded import, from the pages or the JSON API, as it runs: the step it is on and how far through, then how
 * it ended: accepted, with its report; rejected, with the errors (both recorded); or failed, with the reason. Read
 * by the page's requests, or awaited by the API's ({@link #report()}), while the import's own thread writes it.
 */
public final class ImportJob implements ImportProgress {
    /** How a job stands. */
    public enum State { RUNNING, ACCEPTED, REJECTED, FAILED }

    private final String id;
    private final String by;
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile State state = State.RUNNING;
    private volatile String step = "Waiting for the import before it to finish";
    private volatile long total;
    private volatile long done;
    private volatile ImportReport report;
    /** Why it did not end accepted: the rejection ({@link ImportRejectedException}), or what made it fail. */
    private volatile RuntimeException refusal;

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

    void accepted(ImportReport report) {
        end(State.ACCEPTED, report, null);
    }

    void rejected(ImportRejectedException rejection) {
        end(State.REJECTED, null, rejection);
    }

    void failed(RuntimeException failure) {
        end(State.FAILED, null, failure);
    }

    private synchronized void end(State how, ImportReport accepted, RuntimeException why) {
        report = accepted;
        refusal = why;
        state = how;
        ended.countDown();
    }

    /**
     * Waits until the import has ended.
     *
     * @return the accepted import's report
     * @throws ImportRejectedException when the import was rejected (recorded, with its errors; nothing changed)
     * @throws RuntimeException what made the import fail, as the import threw it
     */
    public ImportReport report() {
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped waiting for import job " + id + " before it ended", e);
        }
        if (refusal != null) {
            throw refusal;
        }
        return report;
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
        if (report != null) {
            return report.importId();
        }
        return refusal instanceof ImportRejectedException rejection ? rejection.importId() : null;
    }

    /** Why the import failed, once it has; else null. */
    public String failure() {
        return state == State.FAILED ? refusal.getMessage() : null;
    }
}
