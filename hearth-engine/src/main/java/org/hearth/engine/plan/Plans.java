package org.hearth.engine.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.HearthException;

/**
 * Finds a plan as the commands name it: a file path, or the name of a built-in plan (southwark, sunderland,
 * southampton, worcestershire). The command line and the Spark job both find their plans here.
 */
public final class Plans {
    /** The built-in plans, in the order the demo shows them. */
    public static final List<String> BUILT_IN = PlanLoader.BUILT_IN;

    private static final PlanLoader LOADER = PlanLoader.withBuiltInSchema();

    private Plans() {
    }

    public static Plan load(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.exists(path)) {
            return LOADER.load(path);
        }
        if (BUILT_IN.contains(fileOrName)) {
            return builtIn(fileOrName);
        }
        throw new HearthException(fileOrName + ": no such plan file, and not a built-in plan (" + String.join(", ", BUILT_IN) + ")");
    }

    /**
     * The plan to evaluate as at a review date, refused when the date is before the plan is in force: its rules
     * did not apply then.
     */
    public static Plan loadInForce(String fileOrName, LocalDate asOf) {
        Plan loaded = load(fileOrName);
        if (asOf.isBefore(loaded.effective().from())) {
            throw new HearthException("The review date " + asOf + " is before plan " + loaded.id() + " "
                    + loaded.version() + " is in force (from " + loaded.effective().from() + "): its rules did not apply"
                    + " then; give a later --as-of, or the plan that was in force");
        }
        return loaded;
    }

    /** The bytes of a plan file, or of a built-in plan named. */
    public static byte[] bytes(String fileOrName) {
        Path path = Path.of(fileOrName);
        if (Files.exists(path) || !BUILT_IN.contains(fileOrName)) {
            return PlanLoader.fileBytes(path);
        }
        return PlanLoader.builtInFile(fileOrName);
    }

    /** What errors and the store call a plan file, or a built-in plan named. */
    public static String fileName(String fileOrName) {
        Path path = Path.of(fileOrName);
        return !Files.exists(path) && BUILT_IN.contains(fileOrName) ? fileOrName + ".yaml" : path.getFileName().toString();
    }

    public static Plan builtIn(String name) {
        return LOADER.load("plans/" + name + ".yaml", PlanLoader.builtInFile(name));
    }

    public static List<Plan> allBuiltIn() {
        List<Plan> plans = new ArrayList<>();
        for (String name : BUILT_IN) {
            plans.add(builtIn(name));
        }
        return plans;
    }
}
