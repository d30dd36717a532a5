package org.hearth.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.hearth.engine.HearthException;

/**
 * The demo's output folder: {@code data/}, {@code results/}, the demo server's {@code server/} and a draft plan to try
 * on its what-if page. An earlier demo's folder (recognised by
 * its marker file) is replaced; any other non-empty folder is refused rather than deleted.
 */
record DemoFolder(Path root) {
    private static final String MARKER = ".hearth-demo";

    static DemoFolder prepare(Path root) throws IOException {
        if (Files.exists(root)) {
            boolean ours = Files.exists(root.resolve(MARKER));
            boolean empty;
            try (Stream<Path> entries = Files.list(root)) {
                empty = entries.findAny().isEmpty();
            }
            if (!ours && !empty) {
                throw new HearthException(root + " exists and was not made by hearth demo; choose another --out");
            }
            if (ours) {
                try (Stream<Path> walk = Files.walk(root)) {
                    for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }
        Files.createDirectories(root.resolve("results"));
        Files.writeString(root.resolve(MARKER), "made by hearth demo; safe to delete\n");
        return new DemoFolder(root);
    }

    Path data() {
        return root.resolve("data");
    }

    Path results() {
        return root.resolve("results");
    }

    /** A draft of the demo's plan, for a coordinator to compare with the plan in force (what if). */
    Path draftPlan() {
        return root.resolve("southwark-draft.yaml");
    }

    /** The demo server's own data folder (its embedded database). */
    Path server() {
        return root.resolve("server");
    }
}
