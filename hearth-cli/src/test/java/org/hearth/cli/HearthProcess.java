package org.hearth.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code hearth} command run as an operator runs it: in its own process, with the test's class path and the
 * environment it is given, such as a PostgreSQL of the test's own ({@link OwnPostgres}).
 */
final class HearthProcess {
    private HearthProcess() {
    }

    record Result(int exit, String output) {
    }

    static Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                HearthCommand.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder.start();
    }

    /** Runs the command to its end, with {@code input} on its standard input. */
    static Result run(Map<String, String> environment, String input, String... args) throws IOException, InterruptedException {
        Process process = start(environment, args);
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("hearth " + String.join(" ", args) + " did not end: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
