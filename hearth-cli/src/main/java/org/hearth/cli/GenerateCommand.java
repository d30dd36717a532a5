package org.hearth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.hearth.engine.HearthException;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Plans;
import org.hearth.io.Population;
import org.hearth.io.generate.SyntheticAuthority;
import org.hearth.io.generate.WorkerQuestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hearth generate}: a synthetic authority written as a canonical data folder. */
@Command(name = "generate", description = "Write a realistic synthetic authority (no real person's data) as a canonical data folder.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--families", defaultValue = "1000", description = "how many families (default ${DEFAULT-VALUE})")
    int families;

    @Option(names = "--seed", defaultValue = "2015", description = "random seed; the same seed gives the same data (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write (must not exist, or be empty)")
    Path out;

    @Option(names = "--earlier-episodes", description = "give one engaged family in four an earlier episode of early help that"
            + " closed before it engaged again (re-referrals, for the early-help pathway)")
    boolean earlierEpisodes;

    @Option(names = "--plan", paramLabel = "PLAN", description = "answer only this plan's key-worker questions (a plan"
            + " file or built-in name; repeat for more): an authority answers its own plan's (default: all four built-in"
            + " plans', so that every plan's outcomes can be tried on one folder)")
    List<String> plans;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (families < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--families must be at least 1, not " + families);
        }
        refuseAnythingBut(out);
        List<Plan> answered = plans == null ? Plans.allBuiltIn() : plans.stream().map(Plans::load).toList();
        Population population = generate(families, seed, answered, earlierEpisodes);
        DataFolder.write(population, out);
        spec.commandLine().getErr().printf("wrote %d families, %d people and %d records to %s%n", population.families().size(),
                population.people().size(), population.records().size(), out);
        return 0;
    }

    /** Refuses a target that is a file, or a folder that holds anything: generating never replaces data. */
    private static void refuseAnythingBut(Path out) throws IOException {
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
            throw new HearthException("Will not write " + out + ": it is not a folder");
        }
        try (Stream<Path> entries = Files.list(out)) {
            if (entries.findAny().isPresent()) {
                throw new HearthException("Will not write into " + out + ": it is not empty, and generated data never"
                        + " replaces what is there; give a new folder");
            }
        }
    }

    /**
     * Makes the synthetic authority, answering the plans' key-worker questions.
     *
     * @param earlierEpisodes whether engaged families may have had an earlier episode of early help
     *                        ({@link SyntheticAuthority#withEarlierEpisodes})
     */
    static Population generate(int families, long seed, List<Plan> plans, boolean earlierEpisodes) {
        SyntheticAuthority plain = new SyntheticAuthority(families, seed, WorkerQuestions.of(plans));
        SyntheticAuthority authority = earlierEpisodes ? plain.withEarlierEpisodes() : plain;
        try (ProgressBars.Bar bar = ProgressBars.start("Generating", families)) {
            return authority.generate(i -> bar.step());
        }
    }
}
