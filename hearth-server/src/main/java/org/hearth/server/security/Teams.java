package org.hearth.server.security;

import java.util.List;
import java.util.Map;

import org.hearth.server.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The teams key workers and managers belong to; a manager sees the families allocated to their team. */
@Service
public class Teams {
    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    Teams(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A team, by id and name. */
    public record Team(long id, String name) {
    }

    /** @return the new team's id */
    @Transactional
    public long create(String name, String by) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidUserException(Map.of("teamName", "Enter the team's name, up to 200 characters"));
        }
        long id = jdbc.queryForObject("insert into team (name) values (?) returning id", Long.class, name.strip());
        audit.record(by, "team created", Long.toString(id), name.strip());
        return id;
    }

    /** Every team, by name. */
    public List<Team> all() {
        return jdbc.query("select id, name from team order by name",
                (row, number) -> new Team(row.getLong("id"), row.getString("name")));
    }
}
