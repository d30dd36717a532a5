package org.hearth.engine.explain;

import java.util.function.Supplier;

/**
 * Words worked out only when an explanation is read: pass one as an argument of
 * {@link Explanation#of(String, Object...)} where building the words costs more than a field or two.
 */
public final class Deferred {
    private final Supplier<String> words;

    private Deferred(Supplier<String> words) {
        this.words = words;
    }

    public static Deferred words(Supplier<String> words) {
        return new Deferred(words);
    }

    @Override
    public String toString() {
        return words.get();
    }
}
