package org.hearth.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A server started by {@code hearth serve}, and where it says it is listening. */
    record Serving(Process process, String url) implements AutoCloseable {
        private static final Pattern RUNNING = Pattern.compile("Hearth is running at (http://localhost:\\d+/)");

        /** Stops the server with a signal, as an operator's Ctrl-C does, and waits for it to end. */
        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the server did not stop on a signal");
            }
        }
    }

    /** {@code hearth serve --port 0} started, once it says where it is listening (it prints nothing after that line). */
    static Serving serve(Map<String, String> environment) throws IOException, InterruptedException {
        Process serve = start(environment, "serve", "--port", "0");
        BufferedReader output = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            Matcher running = Serving.RUNNING.matcher(line);
            if (running.find()) {
                return new Serving(serve, running.group(1));
            }
        }
        new Serving(serve, null).close();
        throw new AssertionError("hearth serve ended without saying where it listens");
    }
}
