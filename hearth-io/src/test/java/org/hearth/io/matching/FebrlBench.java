package org.hearth.io.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures person matching on the FEBRL benchmark sets 3 and 4 for docs/benchmarks.md: a measurement, not a test (it
 * asserts nothing and no build runs it; the sets are not in the repository, see docs/data-in.md, "FEBRL 3 and 4").
 * Run from the repository root after {@code ./mvnw -o -q -pl hearth-io -am test-compile}, with {@code cp.txt} as for
 * {@link MatchingBench}:
 *
 * <pre>
 * java -Xmx1g -cp hearth-engine/target/classes:hearth-io/target/classes:hearth-io/target/test-classes:$(cat cp.txt) \
 *     org.hearth.io.matching.FebrlBench /path/to/febrl
 * </pre>
 *
 * The folder holds {@code dataset3.csv} (deduplicated as one source) and {@code dataset4a.csv} and
 * {@code dataset4b.csv} (linked as two sources). For each set: the records, the time to link, the heap's peak, the
 * persons, links and review queue; precision, recall and F1 with the review queue kept apart, and again as if a
 * reviewer accepted every queued pair that is truly one person and rejected the rest; and, of the true pairs not put
 * together, how many no blocking rule gives and the comparison levels of the rest.
 */
public final class FebrlBench {
    private FebrlBench() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/febrl");
        for (FebrlSets.Postcodes postcodes : FebrlSets.Postcodes.values()) {
            measure("FEBRL 3 (deduplication), postcodes " + postcodes,
                    FebrlSets.read(postcodes, folder.resolve("dataset3.csv")));
            measure("FEBRL 4 (linkage), postcodes " + postcodes,
                    FebrlSets.read(postcodes, folder.resolve("dataset4a.csv"), folder.resolve("dataset4b.csv")));
        }
    }

    private static void measure(String name, FebrlSets set) {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        PersonIndex index = new PersonLinker(LinkSettings.DEFAULTS).link(set.records(), ReviewDecisions.none());
        long linked = System.nanoTime();
        LinkageAccuracy accuracy = LinkageAccuracy.of(index.personIds(), set.truth());
        LinkageAccuracy reviewed = LinkageAccuracy.of(reviewedCorrectly(index, set.truth()), set.truth());
        System.out.printf(Locale.ROOT, "%s: records %,d (dates of birth empty %d, not a real day %d)%n", name,
                set.records().size(), set.datesEmpty(), set.datesNotADay());
        System.out.printf(Locale.ROOT, "link %.2f s, heap peak %,d MB%n", (linked - start) / 1e9,
                MatchingBench.peakHeap() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "persons %,d, true persons %,d, links %,d, review %,d%n", index.persons(),
                set.truth().values().stream().distinct().count(), index.links().size(), index.reviewQueue().size());
        print("review kept apart", accuracy);
        print("review decided correctly", reviewed);
        MatchingBench.reviewBands(index, set.truth());
        doubts(index, set.truth());
        MatchingBench.model(index);
        missed(index, set);
    }

    private static void print(String label, LinkageAccuracy accuracy) {
        System.out.printf(Locale.ROOT, "  %s: precision %.4f recall %.4f F1 %.4f (true pairs %,d, predicted %,d, correct %,d)%n",
                label, accuracy.precision(), accuracy.recall(), accuracy.f1(), accuracy.truePairs(),
                accuracy.predictedPairs(), accuracy.correctPairs());
    }

    /**
     * The person ids a reviewer who accepts every queued pair that is truly one person (joining the two persons
     * whole, as accepting does) and rejects every other would leave.
     */
    private static Map<SourcePersonKey, String> reviewedCorrectly(PersonIndex index, Map<SourcePersonKey, String> truth) {
        Map<String, String> parent = new HashMap<>();
        for (Link link : index.reviewQueue()) {
            if (truth.get(link.a()).equals(truth.get(link.b()))) {
                parent.put(root(parent, index.personId(link.a())), root(parent, index.personId(link.b())));
            }
        }
        Map<SourcePersonKey, String> ids = new LinkedHashMap<>();
        index.personIds().forEach((key, id) -> ids.put(key, root(parent, id)));
        return ids;
    }

    private static String root(Map<String, String> parent, String id) {
        String root = id;
        while (parent.containsKey(root) && !parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        return root;
    }

    /** The review queue's pairs by why they wait (the note after "but", or "below the acceptance weight"). */
    private static void doubts(PersonIndex index, Map<SourcePersonKey, String> truth) {
        Map<String, int[]> reasons = new TreeMap<>();
        for (Link link : index.reviewQueue()) {
            int but = link.note().indexOf(", but ");
            String reason = but < 0 ? "below the acceptance weight"
                    : link.note().substring(but + 6).replaceFirst("it would join .*: ", "a chain would join two: ");
            int[] counts = reasons.computeIfAbsent(reason, r -> new int[2]);
            counts[0]++;
            counts[1] += truth.get(link.a()).equals(truth.get(link.b())) ? 1 : 0;
        }
        reasons.forEach((reason, counts) -> System.out.printf(Locale.ROOT, "  review, %s: %,d pairs, %,d truly one person%n",
                reason, counts[0], counts[1]));
    }

    /**
     * The true pairs not put together: how many no prediction rule blocks, and for the rest how often each field is
     * at each level.
     */
    private static void missed(PersonIndex index, FebrlSets set) {
        Nicknames nicknames = Nicknames.standard();
        Map<String, List<PreparedPerson>> entities = new LinkedHashMap<>();
        for (int i = 0; i < set.records().size(); i++) {
            SourcePerson person = set.records().get(i);
            entities.computeIfAbsent(set.truth().get(person.key()), k -> new ArrayList<>())
                    .add(new PreparedPerson(i, person, nicknames));
        }
        List<BlockingRule> rules = BlockingRule.standard().stream().filter(BlockingRule::predicts).toList();
        List<Comparison> comparisons = Comparison.standard();
        int unblocked = 0;
        int blocked = 0;
        Map<String, Integer> levels = new TreeMap<>();
        for (List<PreparedPerson> entity : entities.values()) {
            for (int x = 0; x < entity.size(); x++) {
                for (int y = x + 1; y < entity.size(); y++) {
                    PreparedPerson a = entity.get(x);
                    PreparedPerson b = entity.get(y);
                    if (index.personId(a.person.key()).equals(index.personId(b.person.key()))) {
                        continue;
                    }
                    boolean given = rules.stream().anyMatch(rule -> {
                        String key = rule.key().apply(a);
                        return key != null && key.equals(rule.key().apply(b));
                    });
                    if (!given) {
                        unblocked++;
                        continue;
                    }
                    blocked++;
                    for (Comparison comparison : comparisons) {
                        int level = comparison.level(a, b);
                        levels.merge(comparison.field() + ": "
                                + (level == Comparison.MISSING ? "missing" : comparison.levels().get(level)), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "true pairs not together: %,d no rule blocks, %,d blocked but not linked%n",
                unblocked, blocked);
        levels.forEach((level, count) -> System.out.printf(Locale.ROOT, "    %-60s %,d%n", level, count));
    }
}
