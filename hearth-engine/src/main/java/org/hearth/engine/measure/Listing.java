package org.hearth.engine.measure;

import java.util.List;
import java.util.StringJoiner;

/**
 * Items an explanation lists, joined only when the text is read, so that deciding a whole population
 * builds no strings nobody reads.
 *
 * @param empty what to say when there is nothing to list
 * @param separator what goes between items
 */
record Listing(List<?> items, String empty, String separator) {

    Listing {
        items = List.copyOf(items);
    }

    /** Items separated by commas. */
    Listing(List<?> items, String empty) {
        this(items, empty, ", ");
    }

    @Override
    public String toString() {
        if (items.isEmpty()) {
            return empty;
        }
        StringJoiner out = new StringJoiner(separator);
        for (Object item : items) {
            out.add(String.valueOf(item));
        }
        return out.toString();
    }
}
