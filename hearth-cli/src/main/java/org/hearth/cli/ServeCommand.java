package org.hearth.cli;

import java.util.concurrent.Callable;

import org.hearth.server.HearthServer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code hearth serve}: starts the server (docs/operations.md) and runs until it is stopped (Ctrl-C or a
 * signal), on an external PostgreSQL when {@code HEARTH_DB_URL} names one, otherwise on the embedded one
 * whose data lives under {@code HEARTH_DATA_DIR}.
 */
@Command(name = "serve", description = "Start the Hearth server (docs/operations.md); stop it with Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "the HTTP port (default: SERVER_PORT, or 8080)")
    Integer port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ConfigurableApplicationContext server = HearthServer.start(port == null ? new String[0]
                : new String[] {"--server.port=" + port});
        RunningServer.untilStopped(server, spec.commandLine().getErr());
        return 0;
    }
}
