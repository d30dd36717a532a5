package org.hearth.spark;

import java.io.Serializable;

/**
 * What one authority's task did: how many families it evaluated into its file, or why its folder could not be used
 * (the reader's or the plan loader's own message, naming the folder, file, line and field).
 *
 * @param file   the result file's name in the output folder, or null when the folder was refused
 * @param reason why the folder was refused, or null
 */
record AuthorityResult(Authority authority, int families, String file, String reason) implements Serializable {

    static AuthorityResult evaluated(Authority authority, int families, String file) {
        return new AuthorityResult(authority, families, file, null);
    }

    static AuthorityResult refused(Authority authority, String reason) {
        return new AuthorityResult(authority, 0, null, reason);
    }

    boolean wasRefused() {
        return reason != null;
    }
}
