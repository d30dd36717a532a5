package org.hearth.server.claims;

import org.hearth.engine.HearthException;

/**
 * A change the user may not make to a claim or batch that they may see: another organisation's batch, or a role that
 * does not do it. The pages say so; the API answers 403.
 */
public class NotYoursException extends HearthException {
    private static final long serialVersionUID = 1L;

    NotYoursException(String message) {
        super(message);
    }
}
