package org.hearth.server.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.hearth.engine.HearthException;
import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every version of every plan ever uploaded, kept with the SHA-256 of its file. A file is read and checked
 * exactly as {@code hearth plan validate} reads it, with the same messages; a version already held is not
 * uploaded twice. The version in force on a day is the one with the latest {@code in_force_from} on or
 * before it.
 */
@Repository
public class PlanVersions {
    private final JdbcTemplate jdbc;

    PlanVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Checks and stores a plan file.
     *
     * @throws org.hearth.engine.plan.InvalidPlanException when the file is not a valid plan (the validator's errors)
     * @throws HearthException when this plan's version is already held with other content
     */
    public PlanVersion upload(String fileName, byte[] file, LocalDate inForceFrom, String uploadedBy) {
        Plan plan = PlanLoader.withBuiltInSchema().load(fileName, file);
        String text = new String(file, StandardCharsets.UTF_8);
        String sha256 = sha256(file);
        List<PlanVersion> held = jdbc.query("select * from plan_version where plan_id = ? and version = ?", PlanVersions::row,
                plan.id(), plan.version());
        if (!held.isEmpty()) {
            if (held.get(0).sha256().equals(sha256)) {
                return held.get(0);
            }
            throw new HearthException(fileName + ": plan " + plan.id() + " version " + plan.version()
                    + " is already held with other content (SHA-256 " + held.get(0).sha256().substring(0, 12)
                    + "…): give the changed plan a new version");
        }
        long id = jdbc.queryForObject("""
                insert into plan_version (plan_id, version, title, file_name, file_sha256, plan_text, in_force_from, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class,
                plan.id(), plan.version(), plan.title(), fileName, sha256, text, inForceFrom, uploadedBy);
        return get(id);
    }

    public PlanVersion get(long id) {
        return jdbc.queryForObject("select * from plan_version where id = ?", PlanVersions::row, id);
    }

    /** The version in force on the day, or null when none is. */
    public PlanVersion inForceOn(LocalDate day) {
        List<PlanVersion> inForce = jdbc.query("""
                select * from plan_version where in_force_from <= ? order by in_force_from desc, id desc limit 1""",
                PlanVersions::row, day);
        return inForce.isEmpty() ? null : inForce.get(0);
    }

    /** Every version, newest first. */
    public List<PlanVersion> all() {
        return jdbc.query("select * from plan_version order by in_force_from desc, id desc", PlanVersions::row);
    }

    /** The SHA-256 of the bytes, in lower-case hex. */
    public static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static PlanVersion row(ResultSet row, int number) throws SQLException {
        return new PlanVersion(row.getLong("id"), row.getString("plan_id"), row.getString("version"), row.getString("title"),
                row.getString("file_name"), row.getString("file_sha256"), row.getString("plan_text"),
                row.getObject("in_force_from", LocalDate.class), row.getString("uploaded_by"),
                row.getTimestamp("uploaded_at").toInstant());
    }
}
