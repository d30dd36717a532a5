package org.hearth.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hearth.engine.plan.PlanLoader;
import org.hearth.io.Population;
import org.hearth.io.canonical.CanonicalWriter;
import org.hearth.io.generate.SyntheticAuthority;
import org.springframework.context.ConfigurableApplicationContext;

/** What the server's tests start from: a server on its own embedded database, and authorities to import. */
public final class ServerFixture {
    private ServerFixture() {
    }

    /**
     * The server's services on an embedded database in the folder, without the web server; the database is
     * thrown away after the test, so it does not wait for the disk (HearthServerTest checks the default, which does).
     */
    public static ConfigurableApplicationContext offline(Path dataDir, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "--HEARTH_DATA_DIR=" + dataDir;
        args[1] = "--HEARTH_REVIEW_DATE=" + SyntheticAuthority.DATA_END;
        args[2] = "--HEARTH_EMBEDDED_FSYNC=off";
        System.arraycopy(more, 0, args, 3, more.length);
        return HearthServer.offline(args);
    }

    /**
     * The whole server on an embedded database in the folder, listening on a free port (its {@code local.server.port}),
     * deciding as at the end of the synthetic authorities' data.
     */
    public static ConfigurableApplicationContext serving(Path dataDir) {
        return HearthServer.start("--HEARTH_DATA_DIR=" + dataDir, "--server.port=0",
                "--HEARTH_REVIEW_DATE=" + SyntheticAuthority.DATA_END);
    }

    /** A synthetic authority of the given size written as a canonical folder. */
    public static Path authority(Path folder, int families, long seed) {
        Population population = new SyntheticAuthority(families, seed, List.of()).generate(made -> {
        });
        CanonicalWriter.write(population, folder);
        return folder;
    }

    /**
     * Gives the person on {@code line} of the folder's people.csv these names, written as CSV cells (quoted where CSV
     * needs it, as the caller gives them).
     *
     * @return the person's cells, with the names as written
     */
    public static String[] rename(Path folder, int line, String givenNameCell, String familyNameCell) {
        try {
            Path file = folder.resolve("people.csv");
            List<String> people = new java.util.ArrayList<>(Files.readAllLines(file));
            List<String> header = List.of(people.get(0).split(","));
            String[] person = people.get(line - 1).split(",", -1);
            person[header.indexOf("given_name")] = givenNameCell;
            person[header.indexOf("family_name")] = familyNameCell;
            people.set(line - 1, String.join(",", person));
            Files.write(file, people);
            return person;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan file shipped with Hearth (plans/), as an authority would upload it. */
    public static byte[] builtInPlan(String id) {
        return PlanLoader.builtInFile(id);
    }

    public static void replaceLine(Path file, int line, String text) {
        try {
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
            if (text == null) {
                lines.remove(line - 1);
            } else {
                lines.set(line - 1, text);
            }
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
