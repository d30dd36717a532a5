package org.hearth.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The hearth command run in the test's own process, as a user runs it from a terminal: its exit code and what it
 * wrote to standard output and standard error.
 */
record CommandRun(int code, String out, String err) {

    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HearthCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(code, out.toString(), err.toString());
    }
}
