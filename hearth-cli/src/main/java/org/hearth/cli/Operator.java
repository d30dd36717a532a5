package org.hearth.cli;

/** Who runs a command that changes the server's data, as its audit log names them. */
final class Operator {
    private Operator() {
    }

    /** The operating-system user running the command. */
    static String name() {
        return "command line (" + System.getProperty("user.name") + ")";
    }
}
