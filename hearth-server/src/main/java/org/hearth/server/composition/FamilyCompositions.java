package org.hearth.server.composition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hearth.engine.timeline.Vocabulary;
import org.hearth.io.link.CompositionDecision;
import org.hearth.io.link.CompositionDecision.Change;
import org.hearth.io.link.CompositionDecisions;
import org.hearth.server.DownloadText;
import org.hearth.server.ReviewDate;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinators' decisions on families' compositions (issue 14, item 3; docs/data-in.md, "Deciding a family's
 * composition in the server"): the members as {@code hearth link} formed them confirmed, a person joining or leaving a
 * family from a day, or a member's role from a day. A decision is checked by {@link CompositionDecision#problems} (the
 * file's own rule) and against the data imported now, kept once with its audit entry, and written with every other as
 * composition_decisions.csv for {@code hearth link --compositions}, which applies them when it next forms households.
 * The family's members shown meanwhile are the data as linked.
 */
@Service
public class FamilyCompositions {
    /** The longest note kept with a decision (the table's check). */
    public static final int LONGEST_NOTE = 2_000;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    /** Each column of the file as a sentence about it begins. */
    private static final Map<String, String> COLUMN_WORDS = Map.of("family_id", "The family", "person_id", "The person",
            "change", "The change", "role", "The role", "from", "The day it takes effect", "decided_by", "Who decided",
            "decided_on", "The day decided");
    /** The audit log's action for each change. */
    private static final Map<Change, String> ACTIONS = Map.of(Change.CONFIRMED, "composition confirmed",
            Change.JOINS, "composition member joins", Change.LEAVES, "composition member leaves",
            Change.ROLE, "composition role changed");


    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Access access;
    private final ReviewDate reviewDate;
    private final FamilyDirectory directory;

    FamilyCompositions(JdbcTemplate jdbc, AuditLog audit, Access access, ReviewDate reviewDate, FamilyDirectory directory) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.access = access;
        this.reviewDate = reviewDate;
        this.directory = directory;
    }

    /**
     * What is wrong with the decision, by the file's column, as sentences: the file's rule first, then the data
     * imported now: the family is held; a person who joins is held and is not a member of the family now; a person who
     * leaves or whose role changes has been a member of it; the day is not after today (the review date) nor before
     * the person was born; the note is not too long. Empty when nothing is.
     */
    public Map<String, String> problems(CurrentUser user, NewCompositionDecision asked) {
        Map<String, String> wrong = new LinkedHashMap<>();
        CompositionDecision.problems(asked.familyId(), asked.personId(), asked.change(), asked.role(), asked.from(),
                user.username(), reviewDate.today()).forEach((column, what) -> wrong.put(column,
                COLUMN_WORDS.getOrDefault(column, column) + " " + what));
        if (!wrong.containsKey("family_id") && !directory.held(asked.familyId().strip())) {
            wrong.put("family_id", "No family " + asked.familyId() + " is held in the data imported");
        }
        boolean person = !wrong.containsKey("person_id") && asked.change() != null && asked.change() != Change.CONFIRMED;
        LocalDate born = person ? born(asked.personId()) : null;
        if (person) {
            String personProblem = personProblem(asked, born);
            if (personProblem != null) {
                wrong.put("person_id", personProblem);
            }
        }
        if (!wrong.containsKey("from") && asked.from().isAfter(reviewDate.today())) {
            wrong.put("from", "The day it takes effect must be today or earlier (" + reviewDate.today().format(DAY) + ")");
        } else if (!wrong.containsKey("from") && born != null && asked.from().isBefore(born)) {
            wrong.put("from", "The day it takes effect must be on or after the day " + asked.personId() + " was born");
        }
        if (asked.note() != null && asked.note().length() > LONGEST_NOTE) {
            wrong.put("note", "Write the note in " + LONGEST_NOTE + " characters or fewer");
        }
        return wrong;
    }

    private String personProblem(NewCompositionDecision asked, LocalDate born) {
        String personId = asked.personId().strip();
        List<String> stays = jdbc.queryForList("""
                select coalesce(nullif(fields->>'end_date', ''), 'now') from stored_row
                where ended_by is null and file = 'memberships.csv' and family_id = ? and person_id = ?""",
                String.class, asked.familyId(), personId);
        if (asked.change() == Change.JOINS) {
            if (born == null) {
                return "No person " + personId + " is held in the data imported (people.csv)";
            }
            return stays.contains("now") ? personId + " is a member of family " + asked.familyId()
                    + " now: record a change of role, or their leaving, instead" : null;
        }
        return stays.isEmpty() ? personId + " has not been a member of family " + asked.familyId()
                + " in the data imported: a person who is not is recorded as joining" : null;
    }

    /** Whether the user may decide on the family's composition as one who sees it ({@link Access}); a refusal is audited. */
    boolean maySee(CurrentUser user, String familyId) {
        boolean allowed = access.canSeeFamily(user, familyId);
        if (!allowed) {
            audit.record(user.username(), "family refused", familyId, "composition decision");
        }
        return allowed;
    }

    /**
     * Keeps the decision, made by the user now, and audits it, in one transaction.
     *
     * @return the decision's number (the file's decision_id)
     * @throws InvalidCompositionDecisionException with every problem ({@link #problems}); nothing is kept
     */
    @Transactional
    public long decide(CurrentUser user, NewCompositionDecision asked) {
        Map<String, String> wrong = problems(user, asked);
        if (!wrong.isEmpty()) {
            throw new InvalidCompositionDecisionException(wrong);
        }
        boolean takesRole = asked.role() != null;
        String personId = asked.change() == Change.CONFIRMED ? null : asked.personId().strip();
        long id = jdbc.queryForObject("""
                insert into composition_decision (family_id, person_id, change, role, parenting_responsibility, from_date,
                                                  decided_by, note)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, asked.familyId().strip(), personId,
                asked.change().code(), takesRole ? Vocabulary.code(asked.role()) : null,
                takesRole && asked.parentingResponsibility(), asked.from(), user.username(),
                asked.note() == null || asked.note().isBlank() ? null : asked.note().strip());
        audit.record(user.username(), ACTIONS.get(asked.change()), asked.familyId().strip(), "decision " + id
                + (personId == null ? "" : ", person " + personId)
                + (takesRole ? ", as " + Vocabulary.code(asked.role()) + (asked.parentingResponsibility()
                ? " with parenting responsibility" : "") : "") + ", from " + asked.from());
        return id;
    }

    /** The family's decisions, in the order made. */
    public List<MadeCompositionDecision> ofFamily(String familyId) {
        return jdbc.query("select * from composition_decision where family_id = ? order by id", FamilyCompositions::made,
                familyId);
    }

    /**
     * The family page's Composition part: its decisions, and the people who have been its members (the form's
     * choices); null when the user may not see the family (the page has refused them already; asked again so the part
     * never shows what its page would not).
     */
    public CompositionPart forFamilyPage(CurrentUser user, String familyId) {
        if (user == null || !access.canReadFamily(user, familyId)) {
            return null;
        }
        return new CompositionPart(ofFamily(familyId), jdbc.query("""
                select distinct m.person_id, trim(coalesce(p.fields->>'given_name', '') || ' '
                                                  || coalesce(p.fields->>'family_name', '')) as name
                from stored_row m
                join stored_row p on p.ended_by is null and p.file = 'people.csv' and p.row_key = m.person_id
                where m.ended_by is null and m.file = 'memberships.csv' and m.family_id = ? order by 1""",
                (row, n) -> new CompositionPart.Member(row.getString("person_id"), row.getString("name")), familyId),
                CompositionForm.BLANK);
    }

    /** Every decision, in the order made, as composition_decisions.csv for {@code hearth link --compositions}; audited. */
    public byte[] decisionsFile(CurrentUser user) {
        List<CompositionDecision> decisions = jdbc.query("select * from composition_decision order by id",
                (row, n) -> made(row, n).decision());
        audit.record(user.username(), "composition decisions downloaded", "compositions", decisions.size() + " decisions");
        return DownloadText.of(CompositionDecisions.of(decisions)::write);
    }

    /** The person's date of birth in the data imported now, or null when no person has the id. */
    private LocalDate born(String personId) {
        List<String> births = jdbc.queryForList("""
                select fields->>'date_of_birth' from stored_row where ended_by is null and file = 'people.csv' and row_key = ?""",
                String.class, personId.strip());
        // people.csv requires a date of birth, so every person held has one.
        return births.isEmpty() ? null : LocalDate.parse(births.get(0));
    }

    private static MadeCompositionDecision made(ResultSet row, int number) throws SQLException {
        String role = row.getString("role");
        return new MadeCompositionDecision(new CompositionDecision(row.getLong("id"), row.getString("family_id"),
                row.getString("person_id"), Vocabulary.parse(Change.class, row.getString("change")),
                role == null ? null : Vocabulary.parse(Vocabulary.Role.class, role),
                row.getBoolean("parenting_responsibility"), row.getDate("from_date").toLocalDate(),
                row.getString("decided_by"), LocalDate.ofInstant(row.getTimestamp("decided_at").toInstant(), LONDON),
                row.getString("note")), row.getTimestamp("decided_at").toInstant());
    }
}
