package org.hearth.io.matching;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What linking made of the sources' people: Hearth's person id for every source person; the accepted links that
 * joined them (each with its explanation); the review queue (pairs waiting for a reviewer, kept apart until one
 * accepts); the pairs reviewers rejected; and the model that weighed them.
 *
 * @param personIds Hearth's person id of every source person, in the order they were given
 * @param links the accepted links, strongest first within each basis: one fewer per person than their source people
 * @param reviewQueue the pairs waiting for review, highest weight first, each with why it waits
 * @param rejected the pairs reviewers rejected that the sources still suggest
 * @param model each field's levels with their m and u probabilities, and the prior
 */
public record PersonIndex(Map<SourcePersonKey, String> personIds, List<Link> links, List<Link> reviewQueue,
        List<Link> rejected, ModelParameters model) {

    public PersonIndex {
        personIds = Collections.unmodifiableMap(new LinkedHashMap<>(personIds));
        links = List.copyOf(links);
        reviewQueue = List.copyOf(reviewQueue);
        rejected = List.copyOf(rejected);
    }

    /** Hearth's person id for the source person, or null when they were not among the sources linked. */
    public String personId(SourcePersonKey person) {
        return personIds.get(person);
    }

    /** How many persons the source people make. */
    public long persons() {
        return personIds.values().stream().distinct().count();
    }

    /** The trained model, as the documentation and a reviewer read it. */
    public record ModelParameters(double prior, List<FieldParameters> fields) {
        public ModelParameters {
            fields = List.copyOf(fields);
        }
    }

    /** One field's comparison levels and their m and u probabilities. */
    public record FieldParameters(String field, List<String> levels, List<Double> m, List<Double> u) {
        public FieldParameters {
            levels = List.copyOf(levels);
            m = List.copyOf(m);
            u = List.copyOf(u);
        }
    }
}
