package org.hearth.engine.measure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.timeline.TimelineRecord;

/**
 * Hears a measure decide. Each measure's rule is written once, in {@link Measure#test}: as it decides,
 * it tells the witness what it looked at, worked out and found, and the explanation is what a
 * {@link #recording()} witness heard. The {@link #SILENT} witness keeps nothing, so deciding a whole
 * population costs no words, and it lets the rule stop as soon as its decision is settled
 * ({@link #decisionOnly}, {@link #enough}): the decision is the same either way, because it is the same
 * code that makes it.
 *
 * <p>A witness is used by one thread, for one test of one measure and its parts.
 */
public abstract sealed class Witness permits Witness.Silent, Witness.Recording {

    /** Keeps nothing and lets the rule stop early. Shared: it has no state. */
    public static final Witness SILENT = new Silent();

    private Witness() {
    }

    /** A witness that keeps everything it is told, for an explanation. */
    public static Recording recording() {
        return new Recording();
    }

    /**
     * True when only the decision is wanted (the silent witness): the rule may stop as soon as its
     * decision is settled, rather than go on to find words for the rest (every child's rate, every
     * member tried), and may take a decision it remembered from an earlier day instead of working out
     * the figures an explanation would quote.
     */
    public abstract boolean decisionOnly();

    /**
     * How many records to count before stopping, for a rule that needs {@code needed} of them: that many
     * when the decision alone is wanted, all of them when the explanation quotes the count.
     */
    public final int enough(int needed) {
        return decisionOnly() ? needed : Integer.MAX_VALUE;
    }

    /** The sentence this witness's explanation starts with, formatted only when it is read. */
    public abstract void says(String pattern, Object... args);

    /** Cites the records as evidence. */
    public abstract void cites(Collection<? extends TimelineRecord> records);

    /** Cites the records the supplier finds; the silent witness does not ask it. */
    public abstract void cites(Supplier<? extends Collection<? extends TimelineRecord>> records);

    /** A witness for a part of this measure (a part measure, a member, a child): heard after this one's sentence, in order. */
    public abstract Witness part();

    /** Forgets every part but the given one: "met by one of 3" keeps only the part that met it. */
    public abstract void keepOnly(Witness part);

    /** Forgets the given part: words found for an explanation that the rule then did not need. */
    public abstract void forget(Witness part);

    /** True when nothing this witness or its parts heard cites a record (always, for the silent witness). */
    public abstract boolean citesNothing();

    /** Keeps nothing, asks nothing. */
    static final class Silent extends Witness {
        @Override
        public boolean decisionOnly() {
            return true;
        }

        @Override
        public void says(String pattern, Object... args) {
        }

        @Override
        public void cites(Collection<? extends TimelineRecord> records) {
        }

        @Override
        public void cites(Supplier<? extends Collection<? extends TimelineRecord>> records) {
        }

        @Override
        public Witness part() {
            return this;
        }

        @Override
        public void keepOnly(Witness part) {
        }

        @Override
        public void forget(Witness part) {
        }

        @Override
        public boolean citesNothing() {
            return true;
        }
    }

    /** Keeps what it is told, and gives it as an {@link Explanation}. */
    public static final class Recording extends Witness {
        private String pattern;
        private Object[] args;
        private List<Recording> parts;
        private List<TimelineRecord> cited;

        private Recording() {
        }

        @Override
        public boolean decisionOnly() {
            return false;
        }

        /** Says it; a second sentence replaces the first (a rule may revise what it first said). */
        @Override
        public void says(String pattern, Object... args) {
            this.pattern = pattern;
            this.args = args;
        }

        @Override
        public void cites(Collection<? extends TimelineRecord> records) {
            if (records.isEmpty()) {
                return;
            }
            if (cited == null) {
                cited = new ArrayList<>();
            }
            cited.addAll(records);
        }

        @Override
        public void cites(Supplier<? extends Collection<? extends TimelineRecord>> records) {
            cites(records.get());
        }

        @Override
        public Recording part() {
            Recording part = new Recording();
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.add(part);
            return part;
        }

        @Override
        public void keepOnly(Witness part) {
            if (parts != null && parts.contains(part)) {
                parts = new ArrayList<>(List.of((Recording) part));
            }
        }

        @Override
        public void forget(Witness part) {
            if (parts != null) {
                parts.remove(part);
            }
        }

        @Override
        public boolean citesNothing() {
            if (cited != null) {
                return false;
            }
            for (int i = 0; parts != null && i < parts.size(); i++) {
                if (!parts.get(i).citesNothing()) {
                    return false;
                }
            }
            return true;
        }

        /** What was heard: the sentence, then each part's explanation, then the records cited. */
        public Explanation explanation() {
            List<Explanation> heard = new ArrayList<>();
            if (parts != null) {
                for (Recording part : parts) {
                    heard.add(part.explanation());
                }
            }
            Explanation said = pattern == null ? Explanation.joined(heard) : Explanation.of(heard, pattern, args);
            return cited == null ? said : said.citing(cited);
        }
    }
}
