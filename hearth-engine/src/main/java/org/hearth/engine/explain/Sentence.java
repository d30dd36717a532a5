package org.hearth.engine.explain;

import java.util.Formattable;
import java.util.Locale;

/**
 * Puts an explanation's sentence together from its pattern and arguments, exactly as
 * {@code String.format(Locale.UK, pattern, args)} does. Nearly every pattern explanations use holds only
 * {@code %s} and {@code %d}; those are filled in directly, which costs a fraction of parsing the pattern into a
 * {@link java.util.Formatter} for every sentence of a whole authority's explanations. Any other pattern (flags,
 * widths, indexes, {@code %%}, a {@link Formattable} or a non-integer {@code %d} argument) is given to
 * {@link String#format} itself.
 */
final class Sentence {
    private Sentence() {
    }

    static String format(String pattern, Object[] args) {
        StringBuilder out = new StringBuilder(pattern.length() + 16 * args.length);
        int next = 0;
        int from = 0;
        for (int at = pattern.indexOf('%'); at >= 0; at = pattern.indexOf('%', from)) {
            if (at + 1 >= pattern.length() || next >= args.length) {
                return String.format(Locale.UK, pattern, args);
            }
            char conversion = pattern.charAt(at + 1);
            Object arg = args[next++];
            out.append(pattern, from, at);
            if (conversion == 's' && !(arg instanceof Formattable)) {
                out.append(arg);
            } else if (conversion == 'd' && (arg instanceof Integer || arg instanceof Long)) {
                out.append(((Number) arg).longValue());
            } else {
                return String.format(Locale.UK, pattern, args);
            }
            from = at + 2;
        }
        return out.append(pattern, from, pattern.length()).toString();
    }
}
