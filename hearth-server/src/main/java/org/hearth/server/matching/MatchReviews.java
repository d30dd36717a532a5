package org.hearth.server.matching;

import java.io.StringReader;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.io.matching.ReviewDecision;
import org.hearth.io.matching.ReviewDecisions;
import org.hearth.io.matching.ReviewQueueFile;
import org.hearth.io.matching.SourcePersonKey;
import org.hearth.server.DownloadText;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching review queue (docs/data-in.md, "Reviewing matches"): a coordinator queues the pairs {@code hearth link}
 * could not decide (its review.csv), decides each, one person or two, and downloads the decisions for the next
 * {@code hearth link --decisions}, which keeps every pair as decided. A file is queued whole or not at all; a pair
 * already held (awaiting review or decided) is not queued again. Every queueing, view and decision is audited: the
 * pairs hold people's names and dates of birth.
 */
@Service
public class MatchReviews {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    MatchReviews(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** What queueing a file did: pairs added, and pairs held already. */
    public record Queued(int added, int held) {
    }

    /**
     * Queues the file's pairs.
     *
     * @throws org.hearth.io.canonical.InvalidDataException naming each wrong line and field (nothing is queued)
     */
    @Transactional
    public Queued queue(CurrentUser user, String fileName, String text) {
        List<ReviewQueueFile.QueuedPair> pairs = ReviewQueueFile.read(new StringReader(text), fileName);
        int added = 0;
        for (ReviewQueueFile.QueuedPair pair : pairs) {
            boolean ordered = pair.a().compareTo(pair.b()) < 0;
            SourcePersonKey a = ordered ? pair.a() : pair.b();
            SourcePersonKey b = ordered ? pair.b() : pair.a();
            added += jdbc.update("""
                    insert into match_review (source_a, person_a, source_b, person_b, match_weight, match_probability,
                                              why, shown, explanation, queued_by)
                    values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) on conflict do nothing""",
                    a.source(), a.sourcePersonId(), b.source(), b.sourcePersonId(), pair.matchWeight(),
                    pair.matchProbability(), pair.why(), json(ordered ? pair.shown() : swapped(pair.shown())),
                    pair.explanation(), user.username());
        }
        audit.record(user.username(), "match review queued", "matching", fileName + ": " + added + " pairs added, "
                + (pairs.size() - added) + " held already");
        return new Queued(added, pairs.size() - added);
    }

    /** The first {@code most} pairs awaiting review, the heaviest first (the likeliest to be one person). */
    public List<MatchPair> awaiting(int most) {
        return jdbc.query("select * from match_review where decision is null order by match_weight desc, id limit ?",
                MatchReviews::pair, most);
    }

    /** How many pairs await review. */
    public long awaitingCount() {
        return jdbc.queryForObject("select count(*) from match_review where decision is null", Long.class);
    }

    /** The heaviest pair awaiting review other than the one given, or null: the reviewer's next. */
    public Long nextAwaiting(long besides) {
        return jdbc.query("select id from match_review where decision is null and id <> ? order by match_weight desc, id "
                + "limit 1", (row, n) -> row.getLong("id"), besides).stream().findFirst().orElse(null);
    }

    /** The latest decisions, newest first. */
    public List<MatchPair> decided(int most) {
        return jdbc.query("select * from match_review where decision is not null order by decided_at desc, id desc limit ?",
                MatchReviews::pair, most);
    }

    /** The pair, or null; the view is audited. */
    public MatchPair pair(CurrentUser user, long id) {
        List<MatchPair> found = jdbc.query("select * from match_review where id = ?", MatchReviews::pair, id);
        if (found.isEmpty()) {
            return null;
        }
        audit.record(user.username(), "match pair viewed", "match " + id, "");
        return found.get(0);
    }

    /**
     * Records the decision.
     *
     * @return false when the pair was decided already (the decision stands), or there is none with the id
     */
    @Transactional
    public boolean decide(CurrentUser user, long id, boolean samePerson, String note) {
        int changed = jdbc.update("""
                update match_review set decision = ?, decided_by = ?, decided_at = now(), note = ?
                where id = ? and decision is null""", samePerson ? "accepted" : "rejected", user.username(),
                note == null || note.isBlank() ? null : note.strip(), id);
        if (changed == 1) {
            audit.record(user.username(), samePerson ? "match accepted" : "match rejected", "match " + id,
                    note == null ? "" : note.strip());
        }
        return changed == 1;
    }

    /** Every decision, as hearth link's review_decisions.csv, for {@code hearth link --decisions}; audited. */
    public byte[] decisionsFile(CurrentUser user) {
        List<ReviewDecision> decisions = jdbc.query("select * from match_review where decision is not null order by id",
                (row, n) -> new ReviewDecision(new SourcePersonKey(row.getString("source_a"), row.getString("person_a")),
                        new SourcePersonKey(row.getString("source_b"), row.getString("person_b")),
                        "accepted".equals(row.getString("decision")), row.getString("decided_by"),
                        LocalDate.ofInstant(row.getTimestamp("decided_at").toInstant(), LONDON)));
        audit.record(user.username(), "match decisions downloaded", "matching", decisions.size() + " decisions");
        return DownloadText.of(ReviewDecisions.of(decisions)::write);
    }

    private static Map<String, List<String>> swapped(Map<String, List<String>> shown) {
        Map<String, List<String>> swapped = new java.util.LinkedHashMap<>();
        shown.forEach((field, values) -> swapped.put(field, List.of(values.get(1), values.get(0))));
        return swapped;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a pair's values are always JSON", e);
        }
    }

    private static MatchPair pair(ResultSet row, int number) throws SQLException {
        try {
            return new MatchPair(row.getLong("id"), row.getString("source_a"), row.getString("person_a"),
                    row.getString("source_b"), row.getString("person_b"), row.getDouble("match_weight"),
                    row.getDouble("match_probability"), row.getString("why"),
                    JSON.readValue(row.getString("shown"), new TypeReference<Map<String, List<String>>>() { }),
                    row.getString("explanation"), row.getString("queued_by"), row.getTimestamp("queued_at").toInstant(),
                    row.getString("decision"), row.getString("decided_by"),
                    row.getTimestamp("decided_at") == null ? null : row.getTimestamp("decided_at").toInstant(),
                    row.getString("note"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a pair's stored values are not JSON", e);
        }
    }
}
