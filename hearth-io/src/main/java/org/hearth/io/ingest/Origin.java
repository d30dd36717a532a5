package org.hearth.io.ingest;

/**
 * Where a value came from: the file (its name, as rejected.csv gives it), the line it starts on (for XML, the line of
 * its element), and the provider within the source (the school, the local authority, the agency's extract).
 */
record Origin(String file, long line, String provider) {

    /** The same file and provider at another line. */
    Origin at(long otherLine) {
        return new Origin(file, otherLine, provider);
    }
}
