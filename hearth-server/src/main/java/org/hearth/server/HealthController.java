package org.hearth.server;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/health}: whether the server can reach its database, and which schema version it
 * runs, for a load balancer or an operator. It says nothing about any family.
 */
@RestController
class HealthController {
    private final JdbcTemplate jdbc;
    private final Database database;

    HealthController(JdbcTemplate jdbc, Database database) {
        this.jdbc = jdbc;
        this.database = database;
    }

    @GetMapping("/api/health")
    ResponseEntity<Map<String, Object>> health() {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            String version = jdbc.queryForObject("select current_setting('server_version')", String.class);
            String schema = jdbc.queryForObject(
                    "select version from flyway_schema_history where success order by installed_rank desc limit 1",
                    String.class);
            body.put("status", "UP");
            body.put("database", database.embedded() != null ? "embedded" : "external");
            body.put("postgresql", version);
            body.put("schema", schema);
            return ResponseEntity.ok(body);
        } catch (RuntimeException e) {
            body.put("status", "DOWN");
            return ResponseEntity.status(503).body(body);
        }
    }
}
