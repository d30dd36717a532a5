package org.hearth.server.casework;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key workers' answers and their sign-off in JSON, under the pages' rules: {@code GET/POST
 * /api/families/{id}/answers} (a key worker records), {@code GET /api/sign-offs} (a manager's queue),
 * {@code POST /api/answers/{id}/sign-off} and {@code POST /api/answers/{id}/return} (a manager decides).
 */
@RestController
class AnswerApiController {
    private final Answers answers;
    private final SignOff signOff;
    private final Access access;

    AnswerApiController(Answers answers, SignOff signOff, Access access) {
        this.answers = answers;
        this.signOff = signOff;
        this.access = access;
    }

    /** An answer as a script sends it: {@code assessed_on} as {@code YYYY-MM-DD}. */
    record AnswerBody(String question, Boolean answer, String personId, String evidence, LocalDate assessedOn) {
    }

    record ReturnBody(String reason) {
    }

    @GetMapping("/api/families/{familyId}/answers")
    ResponseEntity<List<Answer>> list(@PathVariable String familyId, CurrentUser user) {
        if (!access.canSeeFamily(user, familyId)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok(answers.forFamily(familyId));
    }

    @PostMapping("/api/families/{familyId}/answers")
    ResponseEntity<Map<String, Object>> record(@PathVariable String familyId, @RequestBody AnswerBody body, CurrentUser user) {
        try {
            long id = answers.record(user, new NewAnswer(familyId, body.personId(), body.question(), body.answer(),
                    body.evidence(), body.assessedOn()));
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id, "state", "awaiting_sign_off"));
        } catch (InvalidAnswerException e) {
            return ResponseEntity.unprocessableContent().body(Map.of("problems", e.problems()));
        } catch (HearthException e) {
            return refused(e);
        }
    }

    @GetMapping("/api/sign-offs")
    List<Answer> awaiting(CurrentUser manager) {
        return answers.awaiting(manager);
    }

    @PostMapping("/api/answers/{answerId}/sign-off")
    ResponseEntity<Map<String, Object>> signOff(@PathVariable long answerId, CurrentUser manager) {
        try {
            Long run = signOff.signOff(manager, answerId);
            Map<String, Object> body = new HashMap<>();
            body.put("state", "signed_off");
            body.put("evaluation_run", run);
            return ResponseEntity.ok(body);
        } catch (HearthException e) {
            return refused(e);
        }
    }

    @PostMapping("/api/answers/{answerId}/return")
    ResponseEntity<Map<String, Object>> returnToWorker(@PathVariable long answerId, @RequestBody ReturnBody body,
                                                       CurrentUser manager) {
        try {
            answers.returnToWorker(manager, answerId, body.reason());
            return ResponseEntity.ok(Map.of("state", "returned"));
        } catch (InvalidAnswerException e) {
            return ResponseEntity.unprocessableContent().body(Map.of("problems", e.problems()));
        } catch (HearthException e) {
            return refused(e);
        }
    }

    private static ResponseEntity<Map<String, Object>> refused(HearthException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("refused", e.getMessage()));
    }
}
