package org.hearth.io.matching;

/** A person as one source knows them: the source's id (as its {@code source.csv} names it) and their id within it. */
public record SourcePersonKey(String source, String sourcePersonId) implements Comparable<SourcePersonKey> {

    public SourcePersonKey {
        if (source == null || source.isBlank() || sourcePersonId == null || sourcePersonId.isBlank()) {
            throw new IllegalArgumentException("a source person needs its source and its id within it");
        }
    }

    @Override
    public int compareTo(SourcePersonKey other) {
        int bySource = source.compareTo(other.source);
        return bySource != 0 ? bySource : sourcePersonId.compareTo(other.sourcePersonId);
    }

    @Override
    public String toString() {
        return source + "/" + sourcePersonId;
    }
}
