package org.hearth.io.ingest;

import org.hearth.engine.HearthException;

/**
 * A source file that cannot be read at all: not XML, not UTF-8 text, no header, a header that names no table of the
 * return, a DTD. Nothing of the source is staged; the message names the file (and the line, where there is one).
 */
public final class UnreadableSourceException extends HearthException {
    private static final long serialVersionUID = 1L;

    UnreadableSourceException(String file, long line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
