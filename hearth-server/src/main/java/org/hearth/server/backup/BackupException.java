package org.hearth.server.backup;

import org.hearth.engine.HearthException;

/** A backup or restore that could not be done, with what the operator needs to put it right. */
public class BackupException extends HearthException {
    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
