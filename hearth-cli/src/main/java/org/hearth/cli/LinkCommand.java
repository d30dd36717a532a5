package org.hearth.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.hearth.io.link.CanonicalAssembly;
import org.hearth.io.link.CompositionDecisions;
import org.hearth.io.matching.ReviewDecisions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hearth link}: staged source folders (from {@code hearth ingest}) matched into one canonical folder, people
 * into persons and persons into households and families (docs/data-in.md, "hearth link"); the person index, the links
 * with their weights, the review queue and the households go in a report folder beside it.
 */
@Command(name = "link", description = "Match staged sources' people into persons and families: the canonical data folder.")
final class LinkCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "STAGED", description = "staged source folders, as hearth ingest writes them")
    List<Path> staged;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the canonical folder to write (new or empty)")
    Path out;

    @Option(names = "--report", paramLabel = "DIR",
            description = "where the person index, links, review queue and households go (default: OUT-linking)")
    Path report;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "review decisions made before (review_decisions.csv): pairs accepted or rejected stay so")
    Path decisions;

    @Option(names = "--compositions", paramLabel = "FILE",
            description = "coordinators' decisions on families' compositions (composition_decisions.csv, from the server)")
    Path compositions;

    @Option(names = "--schedule", paramLabel = "FILE",
            description = "the expected schedule (kind,provider,every_days): sources late or missing are reported")
    Path schedule;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path reportFolder = report != null ? report : out.resolveSibling(out.getFileName() + "-linking");
        ReviewDecisions reviewed = decisions == null ? ReviewDecisions.none() : ReviewDecisions.read(decisions);
        CompositionDecisions decided = compositions == null ? CompositionDecisions.none()
                : CompositionDecisions.read(compositions);
        CanonicalAssembly.Made made = CanonicalAssembly.link(staged, reviewed, decided, schedule, out, reportFolder);
        var err = spec.commandLine().getErr();
        err.printf("linked %,d people of %d sources into %,d persons; %,d families with %,d memberships written to %s%n",
                made.sourcePeople(), made.sources(), made.persons(), made.families(), made.members(), out);
        err.printf("%,d pairs await review in %s%n", made.reviewQueue(), reportFolder.resolve("review.csv"));
        if (made.peopleWithoutBirthDate() > 0) {
            err.printf("%,d persons left out: no source gives their date of birth%n", made.peopleWithoutBirthDate());
        }
        if (made.sameDayConflicts() > 0) {
            err.printf("%,d times two sources read on one day placed a person in different households (the first key "
                    + "taken; see households.csv)%n", made.sameDayConflicts());
        }
        if (compositions != null) {
            err.printf("%,d composition decisions applied%n", made.compositionDecisionsApplied());
        }
        made.compositionDecisionsNotApplied().forEach(line -> err.printf("%s%n", line));
        made.lateOrMissing().forEach(line -> err.printf("%s%n", line));
        err.printf("data quality per source and provider: %s%n", reportFolder.resolve("data_quality.csv"));
        made.recordsLeftOut().forEach((file, rows) -> err.printf("%s: %,d rows left out, about a person or household "
                + "in no family with a child%n", file, rows));
        return Files.isDirectory(out) ? 0 : 1;
    }
}
