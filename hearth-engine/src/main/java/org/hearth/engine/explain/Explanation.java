package org.hearth.engine.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.hearth.engine.timeline.TimelineRecord;

/**
 * Why a decision came out as it did: the windows used, the numbers computed and the records cited.
 * The words are put together only when {@link #text()} is asked for, so that evaluating a whole
 * population costs no string building for explanations nobody reads; one made {@link #later} is
 * not even worked out until it is read.
 */
public final class Explanation {
    private final String heading;
    private final String pattern;
    private final Object[] args;
    private final List<Explanation> parts;
    private final List<TimelineRecord> cited;
    private final Supplier<Explanation> source;
    private Explanation worked;

    private Explanation(String heading, String pattern, Object[] args, List<Explanation> parts,
                        List<TimelineRecord> cited) {
        this(heading, pattern, args, parts, cited, null);
    }

    private Explanation(String heading, String pattern, Object[] args, List<Explanation> parts,
                        List<TimelineRecord> cited, Supplier<Explanation> source) {
        this.heading = heading;
        this.pattern = pattern;
        this.args = args;
        this.parts = parts;
        this.cited = cited;
        this.source = source;
    }

    /**
     * An explanation worked out only when first read, by the given supplier, which must give the
     * same explanation every time (a measure re-tested with its explanation, say). Evaluation
     * decides on a whole population and keeps these, so that it builds no explanation nobody reads.
     */
    public static Explanation later(Supplier<Explanation> source) {
        return new Explanation(null, null, null, null, null, source);
    }

    /**
     * The explanation itself: this one, or the one the supplier gives for an explanation made later.
     * Working it out twice (two threads reading at once) gives the same words, so the field is
     * written without a lock; an Explanation's final fields make it safe to publish so.
     */
    private Explanation worked() {
        if (source == null) {
            return this;
        }
        Explanation found = worked;
        if (found == null) {
            found = source.get().worked();
            worked = found;
        }
        return found;
    }

    /**
     * This explanation with its structure worked out now if it was made {@link #later}: reading its
     * words then costs only the formatting. Lets a caller work out on many threads what it will
     * read on one.
     */
    public Explanation workedOut() {
        worked();
        return this;
    }

    /** A sentence built with {@link String#format} from the pattern and arguments when first read. */
    public static Explanation of(String pattern, Object... args) {
        return new Explanation(null, pattern, args, List.of(), List.of());
    }

    /** A heading followed by the explanations of its parts, as a combinator or a problem gives. */
    public static Explanation of(String heading, List<Explanation> parts) {
        return new Explanation(heading, null, null, List.copyOf(parts), List.of());
    }

    /** The explanations of the parts one after another, with no heading of their own. */
    public static Explanation joined(List<Explanation> parts) {
        return new Explanation(null, null, null, List.copyOf(parts), List.of());
    }

    /** A sentence formatted when first read, followed by the explanations of its parts. */
    public static Explanation of(List<Explanation> parts, String pattern, Object... args) {
        return new Explanation(null, pattern, args, List.copyOf(parts), List.of());
    }

    /** This explanation, also citing the given records. */
    public Explanation citing(Collection<? extends TimelineRecord> records) {
        if (records.isEmpty()) {
            return this;
        }
        Explanation self = worked();
        List<TimelineRecord> all = new ArrayList<>(self.cited);
        all.addAll(records);
        return new Explanation(self.heading, self.pattern, self.args, self.parts, List.copyOf(all));
    }

    /** The explanation of each part, for a combinator. */
    public List<Explanation> parts() {
        return worked().parts;
    }

    /** The records this explanation cites, its parts' included, in the order given. */
    public List<TimelineRecord> cited() {
        if (source != null) {
            return worked().cited();
        }
        if (parts.isEmpty()) {
            return cited;
        }
        List<TimelineRecord> all = new ArrayList<>(cited);
        for (Explanation part : parts) {
            all.addAll(part.cited());
        }
        return all;
    }

    /** The explanation as sentences: the own sentence or heading, then each part's text. */
    public String text() {
        if (source != null) {
            return worked().text();
        }
        StringBuilder out = new StringBuilder();
        if (pattern != null) {
            out.append(Sentence.format(pattern, args));
        }
        if (heading != null) {
            out.append(heading);
        }
        for (int i = 0; i < parts.size(); i++) {
            out.append(i == 0 ? (out.length() == 0 ? "" : ": ") : "; ").append(parts.get(i).text());
        }
        if (!cited.isEmpty()) {
            out.append(" [");
            for (int i = 0; i < cited.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(cited.get(i).citation());
            }
            out.append(']');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
