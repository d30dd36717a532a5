package org.hearth.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.HearthException;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;

/** Finds a plan: a file path, or the name of a built-in plan (southwark, sunderland, southampton, worcestershire). */
final class Plans {
    /** The built-in plans, in the order the demo shows them. */
    static final List<String> BUILT_IN = PlanLoader.BUILT_IN;

    private static final PlanLoader LOADER = PlanLoader.withBuiltInSchema();

    private Plans() {
    }

    static Plan load(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.exists(path)) {
            return LOADER.load(path);
        }
        if (BUILT_IN.contains(fileOrName)) {
            return builtIn(fileOrName);
        }
        throw new HearthException(fileOrName + ": no such plan file, and not a built-in plan (" + String.join(", ", BUILT_IN) + ")");
    }

    /** The bytes of a plan file, or of a built-in plan named. */
    static byte[] bytes(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.exists(path) || !BUILT_IN.contains(fileOrName)) {
            return PlanLoader.fileBytes(path);
        }
        return PlanLoader.builtInFile(fileOrName);
    }

    /** What errors and the store call a plan file, or a built-in plan named. */
    static String fileName(String fileOrName) {
        Path path = Path.of(fileOrName);
        return !Files.exists(path) && BUILT_IN.contains(fileOrName) ? fileOrName + ".yaml" : path.getFileName().toString();
    }

    static Plan builtIn(String name) {
        return LOADER.load("plans/" + name + ".yaml", PlanLoader.builtInFile(name));
    }

    static List<Plan> allBuiltIn() {
        List<Plan> plans = new ArrayList<>();
        for (String name : BUILT_IN) {
            plans.add(builtIn(name));
        }
        return plans;
    }
}
