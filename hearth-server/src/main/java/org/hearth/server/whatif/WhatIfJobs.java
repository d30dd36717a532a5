package org.hearth.server.whatif;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Every comparison asked for, from the page or the API, run in the background one after another (evaluating a whole
 * authority twice takes minutes, and two at once would only slow both and the server), so that the page can show its
 * progress and the API's request can wait for its own.
 */
@Component
class WhatIfJobs {
    private final WhatIf whatIf;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "hearth-what-if");
        thread.setDaemon(true);
        return thread;
    });

    WhatIfJobs(WhatIf whatIf) {
        this.whatIf = whatIf;
    }

    /** Starts comparing a checked draft; the job tells how it goes and how it ended. */
    WhatIfJob start(Draft draft, String by) {
        WhatIfJob job = new WhatIfJob(draft.fileName());
        worker.submit(() -> job.run(() -> whatIf.compare(draft, job, by)));
        return job;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
