package org.hearth.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.hearth.engine.HearthException;
import org.hearth.io.ingest.Ingest;
import org.hearth.io.ingest.IngestSummary;
import org.hearth.io.ingest.Rejection;
import org.hearth.io.ingest.SourceKind;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth ingest}: one source's files (a return, or an agency's extracts with their mapping) read into a staged
 * source folder for {@code hearth link} (docs/data-in.md). Exit code 0 when the folder was written, with what was
 * rejected listed in its rejected.csv and the first of it printed; 1 when a file cannot be read at all or the mapping
 * is wrong (nothing is written); 2 for a usage error.
 */
@Command(name = "ingest", sortOptions = false,
        description = "Read one source's files (a CIN census, an SSDA903 return, school census extracts, or an agency's extracts"
                + " through their mapping) into a staged source folder for `hearth link` (docs/data-in.md).")
final class IngestCommand implements Callable<Integer> {

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "the kind of source: cin_census, ssda903, school_census or agency")
    String kind;

    @Option(names = "--mapping", paramLabel = "FILE", description = "for --kind agency: the mapping file (YAML) from the extract's"
            + " columns and codes to Hearth's")
    Path mapping;

    @Option(names = "--source", required = true, paramLabel = "ID", description = "the source's id, written in source.csv for linking"
            + " (letters, digits, '.', '_', '-'), such as cin-census-2019 or police-offences-2019q1")
    String source;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the staged source folder to write (absent, empty,"
            + " or an earlier staged folder, which is replaced only when the new one is complete)")
    Path out;

    @Option(names = "--read-on", paramLabel = "DATE", description = "the day written in source.csv as the day it was read"
            + " (default today)")
    LocalDate readOn;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the source's files, or folders of them (their .csv and .xml"
            + " files, in name order)")
    List<Path> inputs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        SourceKind sourceKind = SourceKind.of(kind);
        if (sourceKind == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--kind must be one of " + SourceKind.codes() + ", not '"
                    + kind + "'");
        }
        if ((sourceKind == SourceKind.AGENCY) != (mapping != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), sourceKind == SourceKind.AGENCY
                    ? "--kind agency reads an extract through its mapping: give --mapping FILE"
                    : "--mapping is for --kind agency only: a " + kind + " return is read as the DfE specifies it");
        }
        List<Path> files = files(inputs);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        IngestSummary summary;
        try (ProgressBars.Bar bar = ProgressBars.start("Ingesting", bytes)) {
            summary = new Ingest(sourceKind, source, mapping, files, out, readOn == null ? LocalDate.now() : readOn, bar::stepBy).run();
        }
        report(summary, spec.commandLine().getOut());
        return 0;
    }

    /** The files named, with each folder replaced by its .csv and .xml files in name order. */
    private static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                files.add(input);
                continue;
            }
            try (Stream<Path> entries = Files.list(input)) {
                List<Path> found = entries.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".xml")).sorted().toList();
                if (found.isEmpty()) {
                    throw new HearthException("The folder " + input + " holds no .csv or .xml file to ingest");
                }
                files.addAll(found);
            }
        }
        return files;
    }

    private static void report(IngestSummary summary, PrintWriter out) {
        out.printf("Staged %s (%s) in %s: %,d persons and %,d records%n", summary.source(), summary.kind().code(),
                summary.folder(), summary.persons(), summary.recordCount());
        for (Map.Entry<String, Integer> file : summary.records().entrySet()) {
            out.printf("  %-24s %,10d%n", file.getKey(), file.getValue());
        }
        if (summary.rejected() == 0) {
            out.println("Nothing was rejected.");
        } else {
            out.printf("%,d rows or values were not staged; every one is in %s with its reason:%n", summary.rejected(),
                    summary.folder().resolve("rejected.csv"));
            for (Rejection rejection : summary.firstRejections()) {
                out.println("  " + rejection.describe());
            }
            if (summary.rejected() > summary.firstRejections().size()) {
                out.printf("  … and %,d more%n", summary.rejected() - summary.firstRejections().size());
            }
        }
        out.flush();
    }
}
