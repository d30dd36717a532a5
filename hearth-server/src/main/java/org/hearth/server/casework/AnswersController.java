package org.hearth.server.casework;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.server.audit.AuditLog;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /families/{id}/answers}: the key worker's answers about a family, each with its evidence and what its
 * manager decided, and for the family's key worker a form to record an answer. Anyone who may see the family
 * may read them; a family they may not see is not found.
 */
@Controller
class AnswersController {
    private final Answers answers;
    private final FamilyDirectory directory;
    private final Access access;
    private final AuditLog audit;

    AnswersController(Answers answers, FamilyDirectory directory, Access access, AuditLog audit) {
        this.answers = answers;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/families/{familyId}/answers")
    String page(@PathVariable String familyId, CurrentUser user, Model model) {
        visible(user, familyId);
        audit.record(user.username(), "answers viewed", familyId, "");
        return page(familyId, user, model, new AnswerForm(null, null, null, "", null, null, null), Map.of());
    }

    @PostMapping("/families/{familyId}/answers")
    String record(@PathVariable String familyId, AnswerForm form, CurrentUser user, Model model) {
        visible(user, familyId);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate assessedOn = form.assessedOn(problems);
        try {
            if (problems.isEmpty()) {
                long id = answers.record(user, new NewAnswer(familyId, form.personId(), form.question(), form.answer(),
                        form.evidence(), assessedOn));
                return "redirect:/families/" + familyId + "/answers?recorded=" + id;
            }
        } catch (InvalidAnswerException e) {
            problems.putAll(e.problems());
        }
        return page(familyId, user, model, form, problems);
    }

    private void visible(CurrentUser user, String familyId) {
        if (!access.canSeeFamily(user, familyId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private String page(String familyId, CurrentUser user, Model model, AnswerForm form, Map<String, String> problems) {
        model.addAttribute("familyId", familyId);
        model.addAttribute("answers", answers.forFamily(familyId));
        model.addAttribute("questions", answers.questions());
        model.addAttribute("members", directory.members(familyId));
        model.addAttribute("canAnswer", user.role().recordsAnswers());
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        return "casework/answers";
    }

    /** The form as posted: the day assessed comes as the GOV.UK date input's three fields. */
    record AnswerForm(String question, Boolean answer, String personId, String evidence, String day, String month,
                      String year) {

        LocalDate assessedOn(Map<String, String> problems) {
            try {
                return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
            } catch (NumberFormatException | NullPointerException | DateTimeException e) {
                problems.put("assessedOn", "Enter the day you assessed it as a real date, for example 27 3 2019");
                return null;
            }
        }
    }
}
