package org.hearth.server.whatif;

import org.hearth.server.BackgroundJob;

/**
 * One comparison as it runs in the background: the step it is on and how far through, then its result, or why it
 * failed. Read by the page's requests (the job is kept in the session of the person who asked) or awaited by the
 * API's request ({@link #result()}), while the comparison's own thread writes it.
 */
public final class WhatIfJob extends BackgroundJob<WhatIfResult> {
    /** How a comparison stands. */
    public enum State { RUNNING, DONE, FAILED }

    private final String draftFileName;

    WhatIfJob(String draftFileName) {
        super("Waiting for the comparison before it to finish");
        this.draftFileName = draftFileName;
    }

    /**
     * Waits until the comparison has ended.
     *
     * @throws RuntimeException what made it fail, as the comparison threw it
     */
    public WhatIfResult result() {
        return await();
    }

    public String draftFileName() {
        return draftFileName;
    }

    public State state() {
        return running() ? State.RUNNING : outcome() != null ? State.DONE : State.FAILED;
    }

    /** The comparison, once it has ended well; else null. */
    public WhatIfResult finishedResult() {
        return outcome();
    }

    /** Why it failed, once it has; else null. */
    public String failure() {
        return refusal() == null ? null : refusal().getMessage();
    }
}
