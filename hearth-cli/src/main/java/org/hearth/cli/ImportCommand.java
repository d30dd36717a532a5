package org.hearth.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.hearth.server.HearthServer;
import org.hearth.server.ingest.DataImport;
import org.hearth.server.ingest.ImportRejectedException;
import org.hearth.server.ingest.ImportReport;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth import DIR}: imports a canonical data folder into the server's database (the embedded one
 * under {@code HEARTH_DATA_DIR}, or {@code HEARTH_DB_URL}'s), all or nothing, with the errors {@code hearth
 * evaluate} gives, then evaluates every family under the plan in force. The server must not be running on
 * the same embedded database; upload on the import page instead.
 */
@Command(name = "import", description = "Import a canonical data folder into the server's database, all or nothing (docs/operations.md).")
final class ImportCommand implements Callable<Integer> {
    private static final int ERRORS_SHOWN = 20;

    @Parameters(paramLabel = "DIR", description = "the canonical data folder (docs/data-format.md)")
    Path folder;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext server = HearthServer.offline();
             ImportBars bars = new ImportBars()) {
            ImportReport report = server.getBean(DataImport.class).importFolder(folder.toAbsolutePath(),
                    Operator.name(), bars);
            bars.close();
            out.printf("Import %d accepted: %,d rows from %s%n", report.importId(), report.rows(), folder);
            out.printf("  %-28s %10s %10s %10s %10s%n", "file", "added", "replaced", "unchanged", "withdrawn");
            for (Map.Entry<String, ImportReport.FileCounts> file : report.files().entrySet()) {
                ImportReport.FileCounts counts = file.getValue();
                out.printf("  %-28s %,10d %,10d %,10d %,10d%n", file.getKey(), counts.added(), counts.replaced(),
                        counts.unchanged(), counts.withdrawn());
            }
            out.println(report.evaluationRun() == null
                    ? "No plan is in force on the review date, so no family was evaluated: add one with `hearth plan add`."
                    : String.format("%,d families evaluated (evaluation run %d).", report.families(), report.evaluationRun()));
            out.flush();
            return 0;
        } catch (ImportRejectedException e) {
            err.printf("Import %d rejected: nothing was changed. %s%n", e.importId(), e.getMessage());
            e.errors().stream().limit(ERRORS_SHOWN).forEach(error -> err.println("  " + error));
            if (e.errorCount() > ERRORS_SHOWN) {
                err.printf("  … and %,d more; the import's record holds the first %,d%n", e.errorCount() - ERRORS_SHOWN,
                        e.errors().size());
            }
            err.flush();
            return Failures.REJECTED;
        }
    }
}
