package org.hearth.io.canonical;

import java.util.List;

import org.hearth.io.Population;

/**
 * What the skip-invalid reader produced: the population of the rows that were valid, and every row
 * it left out, in file order.
 */
public record ReadResult(Population population, List<RejectedRow> rejected) {

    public ReadResult {
        rejected = List.copyOf(rejected);
    }
}
