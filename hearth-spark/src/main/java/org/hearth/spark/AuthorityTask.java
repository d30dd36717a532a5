package org.hearth.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.apache.spark.api.java.function.Function;
import org.hearth.engine.HearthException;
import org.hearth.engine.evaluation.DataUsed;
import org.hearth.engine.evaluation.EvaluationJson;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.Plans;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.io.EvaluationFormat;
import org.hearth.io.canonical.CanonicalReader;

/**
 * One Spark task: what {@code hearth evaluate --plan PLAN --data FOLDER --as-of DATE --format FORMAT --out FILE} does
 * for one authority, on an executor. The folder is read all or nothing ({@link CanonicalReader#read}), every family
 * evaluated and written by {@link EvaluationFormat}, as the command line does, into the job's staging folder. A
 * folder or plan the reader refuses is reported back with the reader's message, not thrown, so that the job names
 * every refused folder at once and Spark does not retry what would fail again.
 */
final class AuthorityTask implements Function<Authority, AuthorityResult> {
    private static final long serialVersionUID = 1L;

    private final String plan;
    private final LocalDate asOf;
    private final EvaluationFormat format;
    private final String staging;

    /**
     * @param plan    a plan file every executor reads at the same path, or a built-in plan's name
     * @param staging the job's staging folder, on storage every executor writes to
     */
    AuthorityTask(String plan, LocalDate asOf, EvaluationFormat format, Path staging) {
        this.plan = plan;
        this.asOf = asOf;
        this.format = format;
        this.staging = staging.toString();
    }

    /** The name of an authority's result file. */
    static String fileName(Authority authority, EvaluationFormat format) {
        return authority.name() + "." + format.name();
    }

    @Override
    public AuthorityResult call(Authority authority) {
        List<FamilyTimeline> families;
        Plan loaded;
        try {
            loaded = Plans.loadInForce(plan, asOf);
            families = CanonicalReader.read(Path.of(authority.folder())).timelines();
        } catch (HearthException e) {
            return AuthorityResult.refused(authority, e.getMessage());
        }
        String name = fileName(authority, format);
        Path file = Path.of(staging, name);
        try {
            // beside the file, then moved into place: a retried or speculative attempt of the same task never
            // leaves a half-written file under the final name
            Path partial = Files.createTempFile(file.getParent(), "." + name, ".partial");
            try {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(partial))) {
                    format.write(loaded, families, asOf, DataUsed.WHOLE_FOLDER,
                            EvaluationJson.Content.DECISIONS_AND_EXPLANATIONS, stream, done -> { });
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
        return AuthorityResult.evaluated(authority, families.size(), name);
    }
}
