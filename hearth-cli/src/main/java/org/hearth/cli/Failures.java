package org.hearth.cli;

import org.hearth.engine.HearthException;
import picocli.CommandLine;

/**
 * Turns rejected input into exit code 1 with its reasons printed, and nothing else: no stack trace
 * for a mistake in a plan or a data file. Anything unexpected still shows its stack trace.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    static final int REJECTED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof HearthException) {
            line.getErr().println(e.getMessage());
            return REJECTED;
        }
        throw e;
    }
}
