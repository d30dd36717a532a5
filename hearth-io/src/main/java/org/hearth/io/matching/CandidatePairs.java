package org.hearth.io.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The pairs the blocking rules give, each once, with its comparison vector: for each rule, the people grouped by
 * the rule's key, every pair within a group that no earlier rule already gave. Blocks are compared in parallel.
 */
final class CandidatePairs {
    private static final int CHUNKS = 256;

    /** Pair i is people {@code first[i]} and {@code second[i]}, at {@code vectors[i]}, given by {@code rules[i]}. */
    final int[] first;
    final int[] second;
    final int[] vectors;
    final byte[] rules;

    private CandidatePairs(int[] first, int[] second, int[] vectors, byte[] rules) {
        this.first = first;
        this.second = second;
        this.vectors = vectors;
        this.rules = rules;
    }

    int size() {
        return first.length;
    }

    static CandidatePairs of(List<PreparedPerson> people, List<BlockingRule> blocking, List<Comparison> comparisons) {
        String[][] keys = new String[blocking.size()][];
        for (int r = 0; r < blocking.size(); r++) {
            BlockingRule rule = blocking.get(r);
            keys[r] = people.parallelStream().map(rule.key()).toArray(String[]::new);
        }
        List<Buffer> buffers = new ArrayList<>();
        for (int r = 0; r < blocking.size(); r++) {
            int[][] blocks = blocks(keys[r]);
            int rule = r;
            buffers.addAll(IntStream.range(0, CHUNKS).parallel().mapToObj(chunk -> {
                Buffer buffer = new Buffer((byte) rule);
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
            Arrays.fill(rules, at, at + buffer.size, buffer.rule);
            at += buffer.size;
        }
        return new CandidatePairs(first, second, vectors, rules);
    }

    /** The people of each key with more than one person. */
    private static int[][] blocks(String[] keys) {
        Map<String, int[]> counts = new HashMap<>();
        for (String key : keys) {
            if (key != null) {
                counts.computeIfAbsent(key, k -> new int[1])[0]++;
            }
        }
        Map<String, int[]> members = new HashMap<>();
        counts.forEach((key, count) -> {
            if (count[0] > 1) {
                members.put(key, new int[count[0] + 1]);
            }
        });
        for (int i = 0; i < keys.length; i++) {
            int[] block = keys[i] == null ? null : members.get(keys[i]);
            if (block != null) {
                block[++block[0]] = i;
            }
        }
        return members.values().stream().map(block -> Arrays.copyOfRange(block, 1, block.length)).toArray(int[][]::new);
    }

    /** One worker's pairs. */
    private static final class Buffer {
        final byte rule;
        int[] first = new int[1024];
        int[] second = new int[1024];
        int[] vectors = new int[1024];
        int size;

        Buffer(byte rule) {
            this.rule = rule;
        }

        void block(int[] members, String[][] keys, int rule, List<PreparedPerson> people, List<Comparison> comparisons) {
            for (int x = 0; x < members.length; x++) {
                for (int y = x + 1; y < members.length; y++) {
                    int a = members[x];
                    int b = members[y];
                    if (!givenEarlier(keys, rule, a, b)) {
                        add(a, b, ComparisonVector.of(comparisons, people.get(a), people.get(b)));
                    }
                }
            }
        }

        private static boolean givenEarlier(String[][] keys, int rule, int a, int b) {
            for (int earlier = 0; earlier < rule; earlier++) {
                String key = keys[earlier][a];
                if (key != null && key.equals(keys[earlier][b])) {
                    return true;
                }
            }
            return false;
        }

        private void add(int a, int b, int vector) {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
                vectors = Arrays.copyOf(vectors, size * 2);
            }
            first[size] = a;
            second[size] = b;
            vectors[size] = vector;
            size++;
        }
    }
}
