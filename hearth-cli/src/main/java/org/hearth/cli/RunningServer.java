package org.hearth.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** A server started by a command, which then runs until it is stopped (Ctrl-C, or a signal). */
final class RunningServer {
    private RunningServer() {
    }

    /** The address it listens on. */
    static String url(ConfigurableApplicationContext server) {
        return "http://localhost:" + server.getEnvironment().getProperty("local.server.port") + "/";
    }

    /** Says where it listens, then waits until it is stopped. */
    static void untilStopped(ConfigurableApplicationContext server, PrintWriter say) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        server.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        server.registerShutdownHook();
        say.printf("Hearth is running at %s (health: %sapi/health); Ctrl-C stops it%n", url(server), url(server));
        say.flush();
        closed.await();
    }
}
