package org.hearth.io.ingest;

import java.io.IOException;

/** Reads one file of a source into the staging folder: one implementation per kind of source. */
interface SourceReader {

    /**
     * Stages what the file holds, rejecting (with a reason) each row or value that cannot be staged.
     *
     * @throws UnreadableSourceException when the file cannot be read at all
     */
    void read(SourceFile file, StagingFolder staging) throws IOException;
}
