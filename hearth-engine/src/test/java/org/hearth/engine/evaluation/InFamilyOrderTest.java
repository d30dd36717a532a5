package org.hearth.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Results are handed over in family order as they are done, no more than the window wait however slow one family
 * or the consumer is, and the first failure stops every thread and is the one thrown.
 */
class InFamilyOrderTest {
    private static final int WINDOW = 16;
    private static final List<Integer> FAMILIES = IntStream.range(0, 2_000).boxed().toList();

    private final AtomicInteger made = new AtomicInteger();
    private final AtomicInteger consumed = new AtomicInteger();
    private final AtomicInteger mostWaiting = new AtomicInteger();

    @Test
    void everyResultIsHandedOverInFamilyOrderAndCounted() {
        List<Integer> received = new ArrayList<>();
        AtomicInteger counted = new AtomicInteger();

        new InFamilyOrder<>(FAMILIES, family -> {
            if (family % 7 == 0) {
                pause(1); // families take unequal times, so the cores finish them out of order
            }
            return family * 3;
        }, WINDOW).run(received::add, counted::addAndGet);

        assertThat(received).containsExactlyElementsOf(FAMILIES.stream().map(family -> family * 3).toList());
        assertThat(counted).hasValue(FAMILIES.size());
    }

    @Test
    void noMoreThanTheWindowWaitWhileTheFirstFamilyIsSlow() {
        new InFamilyOrder<>(FAMILIES, family -> {
            if (family == 0) {
                pause(300);
            }
            return made(family);
        }, WINDOW).run(this::consume, done -> { });

        assertThat(consumed).hasValue(FAMILIES.size());
        assertThat(mostWaiting.get()).isBetween(1, WINDOW + 1);
    }

    @Test
    void noMoreThanTheWindowWaitForASlowConsumer() {
        new InFamilyOrder<>(FAMILIES, this::made, WINDOW).run(result -> {
            if (result % 100 == 0) {
                pause(20);
            }
            consume(result);
        }, done -> { });

        assertThat(consumed).hasValue(FAMILIES.size());
        assertThat(mostWaiting.get()).isBetween(WINDOW / 2, WINDOW + 1);
    }

    @Test
    void aFamilysFailureStopsTheWorkAndIsThrownAfterTheFamiliesBeforeIt() {
        List<Integer> received = new ArrayList<>();
        IllegalStateException failure = new IllegalStateException("family 500 cannot be evaluated");

        assertThatThrownBy(() -> new InFamilyOrder<>(FAMILIES, family -> {
            if (family == 500) {
                throw failure;
            }
            return made(family);
        }, WINDOW).run(received::add, done -> { })).isSameAs(failure);

        assertThat(received).isEqualTo(FAMILIES.subList(0, received.size())).hasSizeLessThanOrEqualTo(500);
        assertThat(made.get()).isLessThan(500 + WINDOW);
    }

    @Test
    void theConsumersFailureStopsTheWorkAndIsThrown() {
        IllegalStateException full = new IllegalStateException("the disk is full");

        assertThatThrownBy(() -> new InFamilyOrder<>(FAMILIES, this::made, WINDOW).run(result -> {
            if (result == 100) {
                throw full;
            }
        }, done -> { })).isSameAs(full);

        int madeWhenThrown = made.get();
        pause(50);
        assertThat(made.get()).as("no family is worked on once run has returned").isEqualTo(madeWhenThrown)
                .isLessThanOrEqualTo(101 + WINDOW);
    }

    @Test
    void noFamiliesNoResults() {
        List<Integer> received = new ArrayList<>();
        AtomicInteger counted = new AtomicInteger();

        new InFamilyOrder<Integer, Integer>(List.of(), family -> family, WINDOW).run(received::add, counted::addAndGet);

        assertThat(received).isEmpty();
        assertThat(counted).hasValue(0);
    }

    /** Counts a result made; the most made and not yet consumed can be one over the window, the one in the consumer's hands. */
    private int made(int family) {
        int waiting = made.incrementAndGet() - consumed.get();
        mostWaiting.accumulateAndGet(waiting, Math::max);
        return family;
    }

    private void consume(int result) {
        consumed.incrementAndGet();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
