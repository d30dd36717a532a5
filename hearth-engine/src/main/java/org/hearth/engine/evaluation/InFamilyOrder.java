package org.hearth.engine.evaluation;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Work done on every family by one thread per core, its results handed to a consumer on the calling thread in
 * family order, each as soon as it and every family before it are done. The consumer works while the cores go
 * on with the next families, and a core takes the next family as it finishes one, so no core waits for another's
 * share. At most {@code window} results wait to be consumed: a core that runs that far ahead of the family the
 * consumer waits for stops until the consumer catches up, so memory does not grow with the number of families
 * however slow one family or the consumer is.
 *
 * @param <F> a family as the work takes it (its timeline)
 * @param <T> what the work makes of it
 */
final class InFamilyOrder<F, T> {
    private static final int PROGRESS_STEP = 500;

    private final List<F> families;
    private final Function<F, T> work;
    private final Object[] waiting;
    private final AtomicInteger next = new AtomicInteger();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition done = lock.newCondition();
    private final Condition room = lock.newCondition();
    private int consumed;
    private Throwable failure;
    private boolean stopped;

    InFamilyOrder(List<F> families, Function<F, T> work, int window) {
        this.families = families;
        this.work = work;
        this.waiting = new Object[window];
    }

    /**
     * Does the work on every family, handing each result to the consumer in family order and telling
     * {@code progress} how many more have been consumed. The first failure of the work or of the consumer stops
     * every core and is thrown here.
     */
    void run(Consumer<T> consumer, IntConsumer progress) {
        int cores = Runtime.getRuntime().availableProcessors();
        Thread[] workers = new Thread[Math.min(cores, Math.max(1, families.size()))];
        for (int w = 0; w < workers.length; w++) {
            workers[w] = new Thread(this::workOnNextFamilies, "hearth-evaluation-" + (w + 1));
            workers[w].setDaemon(true);
            workers[w].start();
        }
        try {
            consumeInOrder(consumer, progress);
        } finally {
            stop(null);
            for (Thread worker : workers) {
                joinUninterruptibly(worker);
            }
        }
    }

    private void consumeInOrder(Consumer<T> consumer, IntConsumer progress) {
        int unreported = 0;
        for (int i = 0; i < families.size(); i++) {
            consumer.accept(take(i));
            if (++unreported == PROGRESS_STEP) {
                progress.accept(unreported);
                unreported = 0;
            }
        }
        if (unreported > 0) {
            progress.accept(unreported);
        }
    }

    @SuppressWarnings("unchecked")
    private T take(int index) {
        int slot = index % waiting.length;
        lock.lock();
        try {
            while (waiting[slot] == null && failure == null) {
                done.await();
            }
            if (failure != null) {
                throw rethrown(failure);
            }
            T result = (T) waiting[slot];
            waiting[slot] = null;
            consumed = index + 1;
            room.signalAll();
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("evaluation interrupted after " + index + " families");
        } finally {
            lock.unlock();
        }
    }

    private void workOnNextFamilies() {
        try {
            for (int i = next.getAndIncrement(); i < families.size(); i = next.getAndIncrement()) {
                if (!awaitRoomFor(i)) {
                    return;
                }
                T result = work.apply(families.get(i));
                lock.lock();
                try {
                    waiting[i % waiting.length] = result;
                    if (i == consumed) {
                        done.signal();
                    }
                } finally {
                    lock.unlock();
                }
            }
        } catch (InterruptedException e) {
            stop(new CancellationException("evaluation interrupted")); // the consumer must not wait for this family
        } catch (RuntimeException | Error e) {
            stop(e);
        }
    }

    /** Waits until the result of family {@code index} would be within the window; false once stopped. */
    private boolean awaitRoomFor(int index) throws InterruptedException {
        lock.lock();
        try {
            while (!stopped && index >= consumed + waiting.length) {
                room.await();
            }
            return !stopped;
        } finally {
            lock.unlock();
        }
    }

    private void stop(Throwable cause) {
        lock.lock();
        try {
            stopped = true;
            if (cause != null && failure == null) {
                failure = cause;
            }
            done.signalAll();
            room.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static RuntimeException rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    private static void joinUninterruptibly(Thread worker) {
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
