package org.hearth.io.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** The generator's dice: a seeded random source with the few draws the stories need. */
final class Chance {
    private final SplittableRandom random;

    Chance(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream for one family, so families can be made in any order or in parallel. */
    Chance split() {
        return new Chance(random.split());
    }

    boolean percent(double chance) {
        return random.nextDouble() * 100 < chance;
    }

    /** A whole number from low to high, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    /** A day from start to end, both included. */
    LocalDate day(LocalDate start, LocalDate end) {
        return start.plusDays(random.nextLong(end.toEpochDay() - start.toEpochDay() + 1));
    }

    /** One of the values, with the given weights. */
    <T> T pick(T[] values, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    /** A normally distributed value, clamped. */
    double normal(double mean, double spread, double low, double high) {
        double u = Math.max(1e-12, random.nextDouble());
        double v = random.nextDouble();
        double z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
        return Math.max(low, Math.min(high, mean + z * spread));
    }
}
