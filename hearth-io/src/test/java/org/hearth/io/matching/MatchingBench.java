package org.hearth.io.matching;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Map;

import org.hearth.io.generate.MatchingData;

/**
 * Measures person matching on generated data for docs/benchmarks.md: a measurement, not a test (it asserts nothing
 * and no build runs it). Run from the repository root after {@code ./mvnw -o -q -pl hearth-io -am test-compile}:
 *
 * <pre>
 * java -Xmx6g -cp hearth-engine/target/classes:hearth-io/target/classes:hearth-io/target/test-classes:$(cat cp.txt) \
 *     org.hearth.io.matching.MatchingBench 210000 1
 * </pre>
 *
 * with {@code cp.txt} from {@code ./mvnw -o -q -pl hearth-io dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 * Arguments: households (210,000 give about a million source records) and seed. Prints the records, the time to
 * generate and to link (reading files is left out: the linker's input is the people), the heap's peak, the
 * persons, links and review queue, and precision, recall and F1 against the truth.
 */
public final class MatchingBench {
    private MatchingBench() {
    }

    public static void main(String[] args) {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 210_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        long start = System.nanoTime();
        MatchingData data = MatchingData.generate(households, seed);
        long generated = System.nanoTime();
        System.gc();
        long linkStart = System.nanoTime();
        PersonIndex index = new PersonLinker(LinkSettings.DEFAULTS).link(data.records(), ReviewDecisions.none());
        long linked = System.nanoTime();
        LinkageAccuracy accuracy = LinkageAccuracy.of(index.personIds(), data.truth());
        System.out.printf(Locale.ROOT, "records %,d (households %,d, seed %d)%n", data.records().size(), households, seed);
        System.out.printf(Locale.ROOT, "generate %.1f s, link %.1f s%n", (generated - start) / 1e9, (linked - linkStart) / 1e9);
        System.out.printf(Locale.ROOT, "heap peak %,d MB%n", peakHeap() / (1024 * 1024));
        System.out.printf(Locale.ROOT, "persons %,d, true persons %,d, links %,d, review %,d%n", index.persons(),
                data.truth().values().stream().distinct().count(), index.links().size(), index.reviewQueue().size());
        System.out.printf(Locale.ROOT, "precision %.4f recall %.4f F1 %.4f (true pairs %,d, predicted %,d, correct %,d)%n",
                accuracy.precision(), accuracy.recall(), accuracy.f1(), accuracy.truePairs(), accuracy.predictedPairs(),
                accuracy.correctPairs());
        reviewBands(index, data.truth());
        model(index);
    }

    /** The trained model: the prior, and each field's levels with their m and u. */
    static void model(PersonIndex index) {
        System.out.printf(Locale.ROOT, "prior %.3g%n", index.model().prior());
        for (PersonIndex.FieldParameters field : index.model().fields()) {
            System.out.printf(Locale.ROOT, "  %s%n", field.field());
            for (int l = 0; l < field.levels().size(); l++) {
                System.out.printf(Locale.ROOT, "    %-55s m %.4f u %.6f%n", field.levels().get(l), field.m().get(l), field.u().get(l));
            }
        }
    }

    /** How many of the review queue's pairs are truly one person, by band of match weight. */
    static void reviewBands(PersonIndex index, Map<SourcePersonKey, String> truth) {
        int[] pairs = new int[8];
        int[] same = new int[8];
        for (Link link : index.reviewQueue()) {
            int band = Math.max(0, Math.min(7, (int) Math.floor(link.matchWeight()) + 1));
            pairs[band]++;
            if (truth.get(link.a()).equals(truth.get(link.b()))) {
                same[band]++;
            }
        }
        for (int band = 0; band < 8; band++) {
            System.out.printf(Locale.ROOT, "review weight %s: %,d pairs, %,d truly one person%n",
                    band == 0 ? "below 0" : band == 7 ? "6 and above" : "[" + (band - 1) + ", " + band + ")", pairs[band], same[band]);
        }
    }

    /** The heap's peak use since the JVM started or the pools' peaks were last reset. */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
