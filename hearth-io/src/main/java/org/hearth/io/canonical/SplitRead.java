package org.hearth.io.canonical;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * One file read in parts, each part on its own thread, with exactly the outcome of reading it whole.
 *
 * <p>A file of at least {@link Policy#threshold} bytes is cut into as many parts as the policy says, each
 * cut just after a line feed. Every part is parsed by its own FastCSV reader over its bytes, with its own
 * keys, its own collector of rejected rows and its own sink of rows, its lines numbered from the lines
 * before it (counted as FastCSV counts them: a carriage return, a line feed or the two together each end
 * one line). When every part is read, the parts are joined in order: the rows each sink took, the
 * rejected rows each collector kept, and the errors each counted, as the single reader would have given
 * them.
 *
 * <p>Where a part's view could differ from the whole file's it is not trusted: a value holding a line
 * break (a quote left open, which may run across a cut), text that is not CSV, a key that an earlier
 * part also holds (its line "is also on" would be in another part), or anything thrown. Then the parts'
 * results are dropped, none of them reported, and the whole file is read again by the single reader,
 * which reports what it finds with its own words. Such files are rare and their errors are what
 * matters, so the second reading costs nothing in practice.
 */
final class SplitRead {
    /** Files of at least this many bytes are read in parts. */
    static final long THRESHOLD = 4L << 20;

    private SplitRead() {
    }

    /** What one part's rows become: a sink of the file's rows, to which a later part's sink is appended. */
    interface Sink<T, S extends Sink<T, S>> extends TableFile.Rows<T> {
        /**
         * Takes the rows of the part after this one, as if its calls had been made on this sink: what a
         * rejected row left must have been taken when it was made, as the row's values are reused.
         */
        void append(S later);
    }

    /** When a file is read in parts, and in how many. */
    static final class Policy {
        private final long threshold;
        private final int parts;
        private final long[] at;

        private Policy(long threshold, int parts, long[] at) {
            this.threshold = threshold;
            this.parts = parts;
            this.at = at;
        }

        /** Every file read whole, by one thread. */
        static Policy never() {
            return new Policy(Long.MAX_VALUE, 1, null);
        }

        /** Each file of at least so many bytes read in so many parts. */
        static Policy of(long threshold, int parts) {
            return new Policy(threshold, parts, null);
        }

        /** Every file read in parts cut at the first line feed from each of these bytes (for tests). */
        static Policy at(long... bytes) {
            return new Policy(0, bytes.length + 1, bytes.clone());
        }

        long threshold() {
            return threshold;
        }

        int parts() {
            return parts;
        }

        @Override
        public String toString() {
            return at != null ? "cut after the line feeds at or after " + java.util.Arrays.toString(at)
                    : parts + " parts of files of at least " + threshold + " bytes";
        }

        /** Where to look for each cut in a file of the size. */
        long[] nominalCuts(long size) {
            if (at != null) {
                return at;
            }
            long[] cuts = new long[parts - 1];
            for (int i = 1; i < parts; i++) {
                cuts[i - 1] = size / parts * i + size % parts * i / parts;
            }
            return cuts;
        }
    }

    /**
     * One part of a file as read (null in place of it when it cannot be trusted). What it holds is let go
     * once the parts are joined or dropped: the futures of the parts may outlive the joining, and a
     * record file's part holds millions of records and a table of keys of a hundred megabytes.
     */
    private static final class Part<S> {
        private S sink;
        private Problems problems;
        private KeyLines keys;

        Part(S sink, Problems problems, KeyLines keys) {
            this.sink = sink;
            this.problems = problems;
            this.keys = keys;
        }

        void drop() {
            sink = null;
            problems = null;
            keys = null;
        }
    }

    /**
     * Reads the table on the pool, whole or in parts as the policy says. No task waits for another, so
     * the pool may be busy with other files.
     *
     * @param problems where the file's rejected rows go (from the parts only once all are read and trusted)
     * @param sinks    a new sink for the file, or for each of its parts
     * @return the sink of the file's rows, or the exception its reading ended with (the single reader's)
     */
    static <T, S extends Sink<T, S>> Future<S> read(TableFile<T> table, ReadContext context, Problems problems,
                                                    Supplier<S> sinks, Policy policy, ExecutorService pool) {
        List<long[]> ranges = policy.parts() < 2 || table.bytes() < policy.threshold() ? List.of()
                : ranges(table.path(), policy.nominalCuts(table.bytes()));
        if (ranges.size() < 2) {
            return pool.submit(() -> whole(table, context, problems, sinks));
        }
        List<CompletableFuture<Part<S>>> parts = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            long[] range = ranges.get(i);
            boolean first = i == 0;
            parts.add(CompletableFuture.supplyAsync(() -> part(table, context, problems.part(), sinks.get(), range,
                    first), pool));
        }
        return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]))
                .thenApply(done -> join(table, context, problems, sinks, parts));
    }

    private static <T, S extends Sink<T, S>> S whole(TableFile<T> table, ReadContext context, Problems problems,
                                                     Supplier<S> sinks) throws IOException {
        S sink = sinks.get();
        table.read(new FileScope(context), problems, sink);
        return sink;
    }

    private static <T, S extends Sink<T, S>> Part<S> part(TableFile<T> table, ReadContext context, Problems problems,
                                                          S sink, long[] range, boolean first) {
        try {
            long lines = first ? 0 : lineBreaks(table.path(), range[0]);
            KeyLines keys = table.layout().key() == null ? null
                    : new KeyLines(KeyLines.expectedKeys(Math.min(range[1], table.bytes()) - range[0]));
            boolean trusted = table.readPart(new FileScope(context), problems, sink, keys, range[0], range[1], first,
                    lines);
            return trusted ? new Part<>(sink, problems, keys) : null;
        } catch (IOException | RuntimeException e) {
            return null; // read again whole, which meets the same and reports it in its own words
        }
    }

    private static <T, S extends Sink<T, S>> S join(TableFile<T> table, ReadContext context, Problems problems,
                                                    Supplier<S> sinks, List<CompletableFuture<Part<S>>> reads) {
        List<Part<S>> parts = new ArrayList<>();
        for (CompletableFuture<Part<S>> read : reads) {
            parts.add(read.join());
        }
        boolean trusted = trusted(parts);
        List<S> joined = new ArrayList<>();
        List<Problems> found = new ArrayList<>();
        for (Part<S> part : parts) {
            if (part != null) {
                joined.add(part.sink);
                found.add(part.problems);
                part.drop();
            }
        }
        if (!trusted) {
            joined.clear();
            found.clear();
            try {
                return whole(table, context, problems, sinks);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }
        S sink = joined.get(0);
        problems.append(found.get(0));
        for (int i = 1; i < joined.size(); i++) {
            sink.append(joined.get(i));
            problems.append(found.get(i));
        }
        return sink;
    }

    /** True when every part was read and none holds a key an earlier part holds. */
    private static <S> boolean trusted(List<Part<S>> parts) {
        for (int i = 0; i < parts.size(); i++) {
            Part<S> part = parts.get(i);
            if (part == null) {
                return false;
            }
            for (int earlier = 0; earlier < i && part.keys != null; earlier++) {
                if (part.keys.sharesAKeyWith(parts.get(earlier).keys)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The parts of the file: from its start (after a UTF-8 byte order mark) to just after the first line
     * feed at or after the first nominal cut, and so on, the last to the end of the file (end
     * {@link Long#MAX_VALUE}). Fewer parts where no line feed follows a cut; none when the file begins
     * with a byte order mark of another encoding than UTF-8 (FastCSV would read it in that encoding), or
     * cannot be read.
     */
    static List<long[]> ranges(Path path, long[] nominalCuts) {
        List<long[]> ranges = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer head = ByteBuffer.allocate(4);
            while (head.hasRemaining() && channel.read(head, head.position()) > 0) {
                // the first four bytes, or all there are
            }
            int start = bomLength(head.array(), head.position());
            if (start < 0) {
                return List.of();
            }
            long from = start;
            for (long nominal : nominalCuts) {
                long feed = lineFeed(channel, Math.max(nominal, from), size);
                if (feed < 0 || feed + 1 >= size) {
                    break;
                }
                ranges.add(new long[] {from, feed + 1});
                from = feed + 1;
            }
            ranges.add(new long[] {from, Long.MAX_VALUE});
            return ranges;
        } catch (IOException e) {
            return List.of(); // read whole, which meets the same and reports it
        }
    }

    /**
     * The length of the byte order mark the bytes begin with, as FastCSV detects them: 3 for UTF-8, 0 for
     * none, -1 for that of another encoding.
     */
    static int bomLength(byte[] bytes, int length) {
        if (length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return 3;
        }
        if (length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return -1;
        }
        if (length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == (byte) 0xFE && bytes[3] == (byte) 0xFF) {
            return -1;
        }
        return 0;
    }

    /** Where the first line feed at or after from is, or -1. */
    private static long lineFeed(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long at = from; at < size; ) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                return -1;
            }
            byte[] bytes = buffer.array();
            for (int i = 0; i < read; i++) {
                if (bytes[i] == '\n') {
                    return at + i;
                }
            }
            at += read;
        }
        return -1;
    }

    /**
     * The lines that end before the byte, as FastCSV counts them outside quotes: each carriage return,
     * and each line feed that does not follow one. (A line break inside a quoted value would count too,
     * but a part that meets one is not trusted.) Eight bytes at a time: the line feeds and returns of a
     * word are found with a few operations on it, without a branch per byte.
     */
    static long lineBreaks(Path path, long before) throws IOException {
        long lines = 0;
        boolean afterReturn = false;
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
            byte[] bytes = buffer.array();
            for (long at = 0; at < before; ) {
                buffer.clear();
                buffer.limit((int) Math.min(buffer.capacity(), before - at));
                int read = channel.read(buffer, at);
                if (read <= 0) {
                    throw new IOException("the file ended before byte " + before);
                }
                int i = 0;
                for (; i + Long.BYTES <= read; i += Long.BYTES) {
                    long word = buffer.getLong(i);
                    long feeds = zeroBytes(word ^ FEEDS);
                    long returns = zeroBytes(word ^ RETURNS);
                    // a feed just after a return (in this word, or as its first byte after the last word's last)
                    long paired = (returns << Byte.SIZE) & feeds | (afterReturn ? feeds & 0x80L : 0);
                    lines += Long.bitCount(feeds) + Long.bitCount(returns) - Long.bitCount(paired);
                    afterReturn = returns < 0; // its last byte, the highest
                }
                for (; i < read; i++) {
                    byte b = bytes[i];
                    if (b == '\n') {
                        lines += afterReturn ? 0 : 1;
                        afterReturn = false;
                    } else {
                        afterReturn = b == '\r';
                        lines += afterReturn ? 1 : 0;
                    }
                }
                at += read;
            }
        }
        return lines;
    }

    private static final long FEEDS = 0x0A0A0A0A0A0A0A0AL;
    private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

    /** The highest bit of each byte of the word that is 0, and no other bit. */
    private static long zeroBytes(long word) {
        return ~(((word & LOW_SEVEN) + LOW_SEVEN) | word | LOW_SEVEN);
    }
}
