package org.hearth.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.hearth.server.HearthServer;
import org.hearth.server.audit.AuditChain;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code hearth audit verify}: walks the server's audit log from its first entry, checking that each is chained
 * to the one before by its hash, and reports the first broken link (an entry changed or removed behind the
 * application's back, by someone with rights over the database), exiting 1; or that the chain is whole.
 */
@Command(name = "audit", description = "Check the server's audit log.", subcommands = {AuditCommand.Verify.class})
final class AuditCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Say what to do with the audit log: one of the commands below");
    }

    @Command(name = "verify", description = "Check every entry of the audit log is chained to the one before; report the first broken link.")
    static final class Verify implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext server = HearthServer.offline()) {
                AuditChain.Verdict verdict = server.getBean(AuditChain.class).verify();
                if (verdict instanceof AuditChain.Broken broken) {
                    PrintWriter err = spec.commandLine().getErr();
                    err.printf("The audit log is broken at entry %d: %s%n", broken.entryId(), broken.problem());
                    err.flush();
                    return Failures.REJECTED;
                }
                AuditChain.Whole whole = (AuditChain.Whole) verdict;
                spec.commandLine().getOut().printf("The audit log is whole: %,d entries, each chained to the one before; "
                        + "the last hash is %s%n", whole.entries(), whole.lastHash());
                spec.commandLine().getOut().flush();
                return 0;
            }
        }
    }
}
