package org.hearth.server.ingest;

/**
 * PostgreSQL advisory locks, held to the end of a transaction, that put work on the same data in a line:
 * an import, a plan change and a re-evaluation each take {@link #DATA}, so none sees another half done.
 */
public final class Locks {
    /** The data held and the evaluations made from it. */
    public static final long DATA = 0x4845_4152_5448L; // "HEARTH"

    private Locks() {
    }
}
