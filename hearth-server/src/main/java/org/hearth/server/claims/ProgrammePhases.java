package org.hearth.server.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The programme's phases ({@link ProgrammePhase}), earliest first, and the phase a day is in. */
@Repository
public class ProgrammePhases {
    private final JdbcTemplate jdbc;

    ProgrammePhases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ProgrammePhase> all() {
        return jdbc.query("select * from programme_phase order by starts_on", ProgrammePhases::row);
    }

    /** The phase the day is in, or null when it is in none. */
    public ProgrammePhase on(LocalDate day) {
        return all().stream().filter(phase -> phase.includes(day)).findFirst().orElse(null);
    }

    public ProgrammePhase get(String code) {
        return jdbc.queryForObject("select * from programme_phase where code = ?", ProgrammePhases::row, code);
    }

    private static ProgrammePhase row(ResultSet row, int number) throws SQLException {
        return new ProgrammePhase(row.getString("code"), row.getString("name"), row.getObject("starts_on", LocalDate.class),
                row.getObject("ends_on", LocalDate.class), row.getObject("planned_end", LocalDate.class),
                row.getString("note"));
    }
}
