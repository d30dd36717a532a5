package org.hearth.io.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The pairs the blocking rules give (at most 8 rules), each once, with its comparison vector: for each rule, the people grouped by
 * the rule's key, every pair within a group that no earlier rule already gave. Blocks are compared in parallel.
 */
final class CandidatePairs {
    private static final int CHUNKS = 256;

    /**
     * Pair i is people {@code first[i]} and {@code second[i]}, at {@code vectors[i]}; bit r of {@code rules[i]} is
     * set when rule r puts the pair in a block (the first such rule gave it), so that a rule's whole set of pairs,
     * which training needs, is there even though each pair is compared once.
     */
    final int[] first;
    final int[] second;
    final int[] vectors;
    final byte[] rules;

    /** Whether rule r put pair i in a block. */
    boolean blockedBy(int i, int r) {
        return (rules[i] & (1 << r)) != 0;
    }

    private CandidatePairs(int[] first, int[] second, int[] vectors, byte[] rules) {
        this.first = first;
        this.second = second;
        this.vectors = vectors;
        this.rules = rules;
    }

    int size() {
        return first.length;
    }

    /** The pairs of the prediction rules (the rules given must all predict). */
    static CandidatePairs of(List<PreparedPerson> people, List<BlockingRule> blocking, List<Comparison> comparisons) {
        String[][] keys = new String[blocking.size()][];
        for (int r = 0; r < blocking.size(); r++) {
            keys[r] = keys(people, blocking.get(r));
        }
        List<Buffer> buffers = new ArrayList<>();
        for (int r = 0; r < blocking.size(); r++) {
            int[][] blocks = blocks(keys[r], Integer.MAX_VALUE);
            int rule = r;
            buffers.addAll(IntStream.range(0, CHUNKS).parallel().mapToObj(chunk -> {
                Buffer buffer = new Buffer();
                for (int b = chunk; b < blocks.length; b += CHUNKS) {
                    buffer.block(blocks[b], keys, rule, people, comparisons);
                }
                return buffer;
            }).toList());
        }
        int total = buffers.stream().mapToInt(b -> b.size).sum();
        int[] first = new int[total];
        int[] second = new int[total];
        int[] vectors = new int[total];
        byte[] rules = new byte[total];
        int at = 0;
        for (Buffer buffer : buffers) {
            System.arraycopy(buffer.first, 0, first, at, buffer.size);
            System.arraycopy(buffer.second, 0, second, at, buffer.size);
            System.arraycopy(buffer.vectors, 0, vectors, at, buffer.size);
            System.arraycopy(buffer.rules, 0, rules, at, buffer.size);
            at += buffer.size;
        }
        return new CandidatePairs(first, second, vectors, rules);
    }

    private static String[] keys(List<PreparedPerson> people, BlockingRule rule) {
        return people.parallelStream().map(rule.key()).toArray(String[]::new);
    }

    /**
     * How many pairs of a training-only rule's blocks have each comparison vector, taking at most {@code most}
     * people of a block (the first in the input's order): training needs the shares of the vectors, not every pair
     * of the commonest names.
     */
    static Map<Integer, Long> vectorCounts(List<PreparedPerson> people, BlockingRule rule, List<Comparison> comparisons,
            int most) {
        int[][] blocks = blocks(keys(people, rule), most);
        return Arrays.stream(blocks).parallel().map(block -> {
            Map<Integer, Long> counts = new HashMap<>();
            for (int x = 0; x < block.length; x++) {
                for (int y = x + 1; y < block.length; y++) {
                    counts.merge(ComparisonVector.of(comparisons, people.get(block[x]), people.get(block[y])), 1L, Long::sum);
                }
            }
            return counts;
        }).reduce(new HashMap<>(), (a, b) -> {
            Map<Integer, Long> sum = new HashMap<>(a);
            b.forEach((vector, count) -> sum.merge(vector, count, Long::sum));
            return sum;
        });
    }

    /**
     * The people of each key with more than one person, at most {@code most} of them, in the input's order. One pass
     * of one hash map: each person points to the previous person with the same key, the map to the last.
     */
    private static int[][] blocks(String[] keys, int most) {
        Map<String, Integer> last = new HashMap<>(keys.length);
        int[] previous = new int[keys.length];
        int[] size = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                Integer before = last.put(keys[i], i);
                previous[i] = before == null ? -1 : before;
                size[i] = before == null ? 1 : size[before] + 1;
            }
        }
        List<int[]> blocks = new ArrayList<>();
        for (int tail : last.values()) {
            int n = size[tail];
            if (n > 1) {
                int[] block = new int[n];
                for (int at = n - 1, i = tail; at >= 0; at--, i = previous[i]) {
                    block[at] = i;
                }
                blocks.add(n > most ? Arrays.copyOf(block, most) : block);
            }
        }
        return blocks.toArray(int[][]::new);
    }

    /** One worker's pairs. */
    private static final class Buffer {
        int[] first = new int[1024];
        int[] second = new int[1024];
        int[] vectors = new int[1024];
        byte[] rules = new byte[1024];
        int size;

        void block(int[] members, String[][] keys, int rule, List<PreparedPerson> people, List<Comparison> comparisons) {
            for (int x = 0; x < members.length; x++) {
                for (int y = x + 1; y < members.length; y++) {
                    int a = members[x];
                    int b = members[y];
                    byte rules = agreeing(keys, a, b);
                    if (Integer.numberOfTrailingZeros(rules) == rule) {
                        add(a, b, ComparisonVector.of(comparisons, people.get(a), people.get(b)), rules);
                    }
                }
            }
        }

        /** The rules whose keys the two people share, one bit each. */
        private static byte agreeing(String[][] keys, int a, int b) {
            int rules = 0;
            for (int r = 0; r < keys.length; r++) {
                String key = keys[r][a];
                if (key != null && key.equals(keys[r][b])) {
                    rules |= 1 << r;
                }
            }
            return (byte) rules;
        }

        private void add(int a, int b, int vector, byte agreeing) {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
                vectors = Arrays.copyOf(vectors, size * 2);
                rules = Arrays.copyOf(rules, size * 2);
            }
            first[size] = a;
            second[size] = b;
            vectors[size] = vector;
            rules[size] = agreeing;
            size++;
        }
    }
}
