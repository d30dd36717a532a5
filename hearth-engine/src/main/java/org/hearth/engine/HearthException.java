package org.hearth.engine;

/**
 * The root of every error Hearth raises on purpose. Subtypes carry the context an operator needs to
 * find the problem: the plan and outcome, or the file, line and column of the offending input.
 */
public class HearthException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HearthException(String message) {
        super(message);
    }

    public HearthException(String message, Throwable cause) {
        super(message, cause);
    }
}
