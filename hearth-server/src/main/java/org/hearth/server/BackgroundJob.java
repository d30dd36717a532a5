package org.hearth.server;

import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Work a request starts and a thread of its own does (an upload's import, a comparison of plans), as it goes: the step
 * it is on and how far through, for a page to show while it runs; then what it came to, or what made it end without,
 * for the page or for a request that waits ({@link #await}). Written by the working thread, read by requests.
 *
 * @param <R> what the work comes to
 */
public class BackgroundJob<R> {
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile String step;
    private volatile long total;
    private volatile long done;
    private volatile R outcome;
    private volatile RuntimeException refusal;

    /** @param waiting the step it is on until the work before it has finished */
    protected BackgroundJob(String waiting) {
        this.step = waiting;
    }

    /** A new step of the work begins, of {@code steps} units (0 when it cannot say). */
    public synchronized void phase(String what, long steps) {
        step = what;
        total = steps;
        done = 0;
    }

    /** {@code more} units of the current step are done. */
    public synchronized void advance(long more) {
        done += more;
    }

    /**
     * Does the work on this thread (the job's own) and ends the job with what it came to, or with what stopped it: a
     * {@code RuntimeException} as the work threw it; an {@code Error} (the memory exhausted, say) as a failure that names
     * it, so that no page or request waits for ever on work that can no longer end, and is then thrown on.
     */
    public void run(Supplier<R> work) {
        try {
            succeeded(work.get());
        } catch (RuntimeException e) {
            ended(e);
        } catch (Error e) {
            ended(new IllegalStateException("The server had to stop this work: " + e, e));
            throw e;
        }
    }

    /** The work has come to {@code what}. */
    protected synchronized void succeeded(R what) {
        outcome = what;
        ended.countDown();
    }

    /** The work ended without an outcome, for this reason. */
    protected synchronized void ended(RuntimeException why) {
        refusal = why;
        ended.countDown();
    }

    /**
     * Waits until the work has ended.
     *
     * @return what it came to
     * @throws RuntimeException why it did not, as the work threw it
     */
    protected R await() {
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped waiting for background work (" + step + ") before it ended", e);
        }
        if (refusal != null) {
            throw refusal;
        }
        return outcome;
    }

    public boolean running() {
        return ended.getCount() > 0;
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

    /** What the work came to, once it has; else null. */
    protected R outcome() {
        return outcome;
    }

    /** Why the work ended without an outcome, once it has; else null. */
    protected RuntimeException refusal() {
        return refusal;
    }
}
