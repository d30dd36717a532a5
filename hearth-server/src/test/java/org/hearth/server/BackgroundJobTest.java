package org.hearth.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * An import or a comparison runs on a thread of its own while a page polls it and an API request waits for it: however
 * the work ends, the job ends, so that nobody waits for ever.
 */
class BackgroundJobTest {

    @Test
    void workThatRunsOutOfMemoryEndsTheJobAsFailedNamingWhy() throws Exception {
        BackgroundJob<String> job = new BackgroundJob<>("waiting") {
        };
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            Future<?> running = worker.submit(() -> job.run(() -> {
                throw new OutOfMemoryError("Java heap space");
            }));
            assertThatThrownBy(running::get).isInstanceOf(ExecutionException.class) // thrown on, once the job has ended
                    .hasCauseInstanceOf(OutOfMemoryError.class);
        } finally {
            worker.shutdown();
            assertThat(worker.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(job.running()).isFalse();
        assertThatThrownBy(job::await).isInstanceOf(IllegalStateException.class)
                .hasMessage("The server had to stop this work: java.lang.OutOfMemoryError: Java heap space");
    }

    @Test
    void aRefusalIsGivenToTheWaiterAsTheWorkThrewIt() {
        BackgroundJob<String> job = new BackgroundJob<>("waiting") {
        };
        IllegalArgumentException refusal = new IllegalArgumentException("not a plan");

        job.run(() -> {
            throw refusal;
        });

        assertThat(job.running()).isFalse();
        assertThatThrownBy(job::await).isSameAs(refusal);
    }

    @Test
    void workThatEndsWellGivesWhatItCameTo() {
        BackgroundJob<String> job = new BackgroundJob<>("waiting") {
        };

        job.run(() -> "compared");

        assertThat(job.await()).isEqualTo("compared");
        assertThat(job.refusal()).isNull();
    }
}
