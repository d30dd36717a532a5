package org.hearth.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Hearth server: the programme's system of record on PostgreSQL (../shared/DESIGN.md). With no
 * database configured it starts an embedded PostgreSQL whose data lives under {@code HEARTH_DATA_DIR}
 * ({@link DatabaseConfiguration}); Flyway migrations own the schema (src/main/resources/db/migration).
 */
@SpringBootApplication
public class HearthServer {

    /** Starts the server; {@code hearth serve} calls this. */
    public static ConfigurableApplicationContext start(String... args) {
        return SpringApplication.run(HearthServer.class, args);
    }

    /**
     * Starts the server's services without its web server, for a command that works on the database
     * ({@code hearth import}, {@code hearth plan add}) and ends.
     */
    public static ConfigurableApplicationContext offline(String... args) {
        return new SpringApplicationBuilder(HearthServer.class).web(WebApplicationType.NONE).run(args);
    }

    public static void main(String[] args) {
        start(args);
    }
}
