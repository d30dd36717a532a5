package org.hearth.server.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.hearth.server.Database;
import org.postgresql.Driver;
import org.springframework.core.env.PropertyResolver;

/**
 * PostgreSQL's own client tools ({@code pg_dump}, {@code pg_restore}), found in {@code HEARTH_PG_BIN} when it is set,
 * else on the {@code PATH}; their major version must be the database's or later. They are told where the database is
 * through their environment ({@code PGHOST}, {@code PGPASSWORD}...), never their arguments, which other users of the
 * machine can read.
 */
public final class PostgresTools {
    private final Path folder;

    private PostgresTools(Path folder) {
        this.folder = folder;
    }

    public static PostgresTools configured(PropertyResolver settings) {
        String folder = settings.getProperty("HEARTH_PG_BIN", "");
        return new PostgresTools(folder.isBlank() ? null : Path.of(folder));
    }

    /** A tool started on the database, its standard output and input the caller's to use; its errors kept. */
    Run start(String tool, Database database, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(find(tool).toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(connection(database));
        try {
            return new Run(tool, builder.start());
        } catch (IOException e) {
            throw new BackupException("Cannot run " + tool + ": " + e.getMessage(), e);
        }
    }

    private Path find(String tool) {
        if (folder != null) {
            Path path = folder.resolve(tool);
            if (!Files.isExecutable(path)) {
                throw new BackupException("There is no " + tool + " in HEARTH_PG_BIN (" + folder + "): set it to the folder "
                        + "that holds PostgreSQL's client tools");
            }
            return path;
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry.isEmpty() ? "." : entry).resolve(tool);
            if (Files.isExecutable(path)) {
                return path;
            }
        }
        throw new BackupException(tool + " is not installed: install PostgreSQL's client tools, of the database's "
                + "version or later (Debian: apt-get install postgresql-client), or set HEARTH_PG_BIN to the folder that "
                + "holds them");
    }

    /** The environment that points libpq at the database, from its JDBC URL as PostgreSQL's driver reads it. */
    static Map<String, String> connection(Database database) {
        Properties url = Driver.parseURL(database.jdbcUrl(), new Properties());
        if (url == null) {
            throw new BackupException("HEARTH_DB_URL is not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        Map<String, String> environment = new java.util.HashMap<>();
        environment.put("PGHOST", url.getProperty("PGHOST"));
        environment.put("PGPORT", url.getProperty("PGPORT"));
        environment.put("PGDATABASE", url.getProperty("PGDBNAME"));
        String user = database.user() != null ? database.user() : url.getProperty("user");
        if (user != null) {
            environment.put("PGUSER", user);
        }
        String password = database.password() != null ? database.password() : url.getProperty("password");
        if (password != null && !password.isEmpty()) {
            environment.put("PGPASSWORD", password);
        }
        if (url.getProperty("sslmode") != null) {
            environment.put("PGSSLMODE", url.getProperty("sslmode"));
        }
        if (url.getProperty("sslrootcert") != null) {
            environment.put("PGSSLROOTCERT", url.getProperty("sslrootcert"));
        }
        return environment;
    }

    /** A tool running: its process, and what it writes to its standard error, read as it goes. */
    static final class Run {
        private final String tool;
        private final Process process;
        private final CompletableFuture<String> errors;

        Run(String tool, Process process) {
            this.tool = tool;
            this.process = process;
            this.errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        }

        InputStream output() {
            return process.getInputStream();
        }

        java.io.OutputStream input() {
            return process.getOutputStream();
        }

        /** Waits for the tool to end; refuses, with what it said, when it failed. */
        void finish() {
            try {
                int exit = process.waitFor();
                String said = errors.join().strip();
                if (exit != 0) {
                    throw new BackupException(tool + " failed (exit " + exit + ")" + (said.isEmpty() ? "" : ": " + said));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandon();
                throw new BackupException(tool + " was interrupted", e);
            }
        }

        /** Stops the tool at once, before it finishes what it was doing (a restore's transaction is not committed). */
        void abandon() {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static String readAll(InputStream stream) {
            try (stream) {
                ByteArrayOutputStream kept = new ByteArrayOutputStream();
                stream.transferTo(kept);
                return kept.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
