package org.hearth.io.canonical;

import java.util.List;

/**
 * A row that the skip-invalid reader left out, with every reason: its own bad cells, or the rejected
 * person, family, membership or intervention it depends on.
 */
public record RejectedRow(String file, long line, List<DataError> reasons) {

    public RejectedRow {
        reasons = List.copyOf(reasons);
    }
}
