package org.hearth.server.protection;

import org.hearth.engine.HearthException;

/**
 * A request to correct or erase records that cannot be made or approved as it stands, with the form's field it is
 * about ({@code ""} for the whole request), so that the page shows the message beside it.
 */
public class InvalidCorrectionException extends HearthException {
    private final String field;

    public InvalidCorrectionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
