package org.hearth.server.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.engine.plan.Outcome;
import org.hearth.engine.plan.Plan;
import org.hearth.server.ReviewDate;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.plan.PlanVersion;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key workers' answers to the plan's questions, and their managers' sign-off (issue 12, item 6). A key worker
 * answers for a family allocated to them; the manager of the family's team signs each answer off, or returns
 * it with a reason; nobody signs off their own answer; nothing counts until signed off, and nothing decided is
 * changed afterwards. The sign-off itself is in {@link SignOff}.
 */
@Service
public class Answers {
    private static final int LONGEST_EVIDENCE = 10_000;

    private final JdbcTemplate jdbc;
    private final Access access;
    private final PlanVersions plans;
    /** The plans as read from their files, once each: reading one validates it against the schema again. */
    private final PlansInUse read;
    private final ReviewDate reviewDate;
    private final AuditLog audit;
    private final FamilyDirectory directory;

    Answers(JdbcTemplate jdbc, Access access, PlanVersions plans, PlansInUse read, ReviewDate reviewDate, AuditLog audit,
            FamilyDirectory directory) {
        this.jdbc = jdbc;
        this.access = access;
        this.plans = plans;
        this.read = read;
        this.reviewDate = reviewDate;
        this.audit = audit;
        this.directory = directory;
    }

    /** A question of the plan, and what it asks: its outcome's key-worker question or description. */
    public record Question(String id, String text) {

        /** The plan's question with this id, in the plan's words. */
        public static Question of(Plan plan, String id) {
            Outcome outcome = plan.outcome(id);
            return new Question(id, outcome == null ? "the programme's question " + id
                    : outcome.keyWorkerQuestion() != null ? outcome.keyWorkerQuestion() : outcome.description());
        }
    }

    /** The questions of the plan in force that a key worker answers, or none when no plan is in force. */
    public List<Question> questions() {
        PlanVersion version = plans.inForceOn(reviewDate.today());
        if (version == null) {
            return List.of();
        }
        Plan plan = read.plan(version.id());
        return plan.workerQuestions().stream().map(id -> Question.of(plan, id)).toList();
    }

    /**
     * Records a key worker's answer, awaiting sign-off.
     *
     * @throws InvalidAnswerException naming every field that cannot be accepted; nothing is recorded
     * @throws HearthException when the user is not the family's key worker
     */
    @Transactional
    public long record(CurrentUser worker, NewAnswer answer) {
        if (!worker.role().recordsAnswers() || !access.canSeeFamily(worker, answer.familyId())) {
            throw new HearthException("only the family's key worker records answers about it");
        }
        PlanVersion plan = plans.inForceOn(reviewDate.today());
        Map<String, String> problems = new LinkedHashMap<>();
        if (plan == null) {
            problems.put("question", "No plan is in force, so there is no question to answer");
        } else if (answer.question() == null || !read.plan(plan.id()).workerQuestions().contains(answer.question())) {
            problems.put("question", "Choose one of the plan's questions");
        }
        if (answer.answer() == null) {
            problems.put("answer", "Choose yes or no");
        }
        if (answer.evidence() == null || answer.evidence().isBlank() || answer.evidence().length() > LONGEST_EVIDENCE) {
            problems.put("evidence", "Enter the evidence for the answer, up to 10,000 characters");
        }
        if (answer.assessedOn() == null) {
            problems.put("assessedOn", "Enter the day you assessed it");
        } else if (answer.assessedOn().isAfter(reviewDate.today())) {
            problems.put("assessedOn", "The day you assessed it cannot be after today, " + reviewDate.today());
        }
        if (answer.personId() != null && !answer.personId().isBlank() && !directory.hasMember(answer.familyId(), answer.personId())) {
            problems.put("personId", "Choose a member of the family, or nobody");
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswerException(problems);
        }
        long id = jdbc.queryForObject("""
                insert into worker_answer (family_id, person_id, plan_id, question, answer, evidence, assessed_on, assessed_by, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'awaiting_sign_off') returning id""", Long.class,
                answer.familyId(), blankToNull(answer.personId()), plan.planId(), answer.question(), answer.answer(),
                answer.evidence().strip(), answer.assessedOn(), worker.username());
        audit.record(worker.username(), "answer recorded", answer.familyId(), "answer " + id + " to question "
                + answer.question() + ": " + (answer.answer() ? "yes" : "no"));
        return id;
    }

    /** The answers about a family, newest first. */
    public List<Answer> forFamily(String familyId) {
        return jdbc.query("select * from worker_answer where family_id = ? order by id desc", Answers::row, familyId);
    }

    /** The answers awaiting the manager's sign-off: those about the families of their team. */
    public List<Answer> awaiting(CurrentUser manager) {
        Access.VisibleFamilies visible = access.familiesVisibleTo(manager);
        return jdbc.query("select * from worker_answer where state = 'awaiting_sign_off' order by id", Answers::row).stream()
                .filter(answer -> visible.includes(answer.familyId())).toList();
    }

    public Answer get(long id) {
        List<Answer> found = jdbc.query("select * from worker_answer where id = ?", Answers::row, id);
        if (found.isEmpty()) {
            throw new HearthException("no answer " + id);
        }
        return found.get(0);
    }

    /**
     * The answer, checked to be one this manager may decide now: awaiting sign-off, about a family of their
     * team, and not their own.
     */
    Answer decidable(CurrentUser manager, long id) {
        Answer answer = get(id);
        if (manager.role() != Role.MANAGER || !access.canSeeFamily(manager, answer.familyId())) {
            throw new HearthException("only the manager of the family's team signs its answers off");
        }
        if (answer.assessedBy().equals(manager.username())) {
            throw new HearthException("nobody signs off their own answer");
        }
        if (answer.state() != Answer.State.AWAITING_SIGN_OFF) {
            throw new HearthException("answer " + id + " is already " + answer.state().words());
        }
        return answer;
    }

    /** Returns the answer to its key worker with the reason; it stays, as returned. */
    @Transactional
    public void returnToWorker(CurrentUser manager, long id, String reason) {
        Answer answer = decidable(manager, id);
        if (reason == null || reason.isBlank() || reason.length() > LONGEST_EVIDENCE) {
            throw new InvalidAnswerException(Map.of("reason", "Enter why the answer goes back, up to 10,000 characters"));
        }
        jdbc.update("""
                update worker_answer set state = 'returned', decided_by = ?, decided_at = now(), return_reason = ?
                where id = ? and state = 'awaiting_sign_off'""", manager.username(), reason.strip(), id);
        audit.record(manager.username(), "answer returned", answer.familyId(), "answer " + id + ": " + reason.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Answer row(ResultSet row, int number) throws SQLException {
        return new Answer(row.getLong("id"), row.getString("family_id"), row.getString("person_id"), row.getString("plan_id"),
                row.getString("question"), row.getBoolean("answer"), row.getString("evidence"),
                row.getObject("assessed_on", LocalDate.class), row.getString("assessed_by"),
                row.getTimestamp("recorded_at").toInstant(),
                Answer.State.valueOf(row.getString("state").toUpperCase(java.util.Locale.ROOT)), row.getString("decided_by"),
                row.getTimestamp("decided_at") == null ? null : row.getTimestamp("decided_at").toInstant(),
                row.getString("return_reason"), (Long) row.getObject("import_id"));
    }
}
