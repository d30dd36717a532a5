package org.hearth.server.protection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.io.canonical.CanonicalRows;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages of rectification and erasure (docs/data-protection.md, "Correcting and erasing"):
 * <ul>
 *   <li>{@code /families/{id}/corrections/new?file=&record=}: ask for one of the family's records to be corrected, its
 *       values shown to change, with a reason ({@link CorrectionRequests});</li>
 *   <li>{@code /families/{id}/erasures/new?person=}: ask for everything held about a member to be erased;</li>
 *   <li>{@code /data-protection/corrections}: the coordinators' queue, where another coordinator approves or refuses
 *       each request ({@link Corrections}), and the flags awaiting review;</li>
 *   <li>{@code POST /families/{id}/correction-reviews/{flag}}: a flag reviewed, from the family's page
 *       ({@link CorrectionReviews}).</li>
 * </ul>
 * Who may reach each is SecurityConfiguration's; the services check the rest (the family seen, the second person).
 */
@Controller
class CorrectionController {
    private static final String VALUE = "value.";

    private final CorrectionRequests requests;
    private final Corrections corrections;
    private final CorrectionReviews reviews;
    private final Access access;
    private final AuditLog audit;

    CorrectionController(CorrectionRequests requests, Corrections corrections, CorrectionReviews reviews, Access access,
                         AuditLog audit) {
        this.requests = requests;
        this.corrections = corrections;
        this.reviews = reviews;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/families/{familyId}/corrections/new")
    String rectificationForm(@PathVariable String familyId, @RequestParam String file, @RequestParam String record,
                             CurrentUser user, Model model) {
        Rectification.Row row = row(user, familyId, file, record);
        // The form shows the record's values: a view of the family, audited as the family page's is.
        audit.record(user.username(), "family viewed", familyId, "to ask for " + file + " " + record + " to be corrected");
        return rectificationForm(model, familyId, row, row.values(), "", Map.of());
    }

    @PostMapping("/families/{familyId}/corrections/new")
    Object requestRectification(@PathVariable String familyId, @RequestParam String file, @RequestParam String record,
                                @RequestParam(defaultValue = "") String reason, @RequestParam Map<String, String> form,
                                CurrentUser user, Model model) {
        Rectification.Row row = row(user, familyId, file, record);
        Map<String, String> proposed = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(VALUE)) {
                proposed.put(name.substring(VALUE.length()), value);
            }
        });
        try {
            long id = requests.requestRectification(user, familyId, file, record, proposed, reason);
            return "redirect:/families/" + familyId + "?correction-requested=" + id;
        } catch (InvalidCorrectionException e) {
            Map<String, String> shown = new LinkedHashMap<>(row.values());
            shown.putAll(proposed);
            String field = e.field().isEmpty() || e.field().equals("reason") ? e.field() : VALUE + e.field();
            return new ModelAndView(rectificationForm(model, familyId, row, shown, reason, Map.of(field, e.getMessage())),
                    model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping("/families/{familyId}/erasures/new")
    String erasureForm(@PathVariable String familyId, @RequestParam String person, CurrentUser user, Model model) {
        row(user, familyId, "people.csv", person);
        audit.record(user.username(), "family viewed", familyId, "to ask for " + person + "'s records to be erased");
        return erasureForm(model, familyId, person, "", Map.of());
    }

    @PostMapping("/families/{familyId}/erasures/new")
    Object requestErasure(@PathVariable String familyId, @RequestParam String person,
                          @RequestParam(defaultValue = "") String reason, CurrentUser user, Model model) {
        row(user, familyId, "people.csv", person);
        try {
            long id = requests.requestErasure(user, familyId, person, reason);
            return "redirect:/families/" + familyId + "?erasure-requested=" + id;
        } catch (InvalidCorrectionException e) {
            return new ModelAndView(erasureForm(model, familyId, person, reason, Map.of(e.field(), e.getMessage())),
                    model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @GetMapping("/data-protection/corrections")
    String queue(Model model) {
        return queue(model, Map.of());
    }

    @PostMapping("/data-protection/corrections/{id}/approve")
    Object approve(@PathVariable long id, @RequestParam(defaultValue = "") String note, CurrentUser user, Model model) {
        try {
            corrections.approve(user, id, note);
            return "redirect:/data-protection/corrections?approved=" + id;
        } catch (HearthException e) { // the request's own problems, or the evaluation's that followed it (nothing changed)
            return new ModelAndView(queue(model, Map.of("request-" + id, e.getMessage())), model.asMap(),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping("/data-protection/corrections/{id}/refuse")
    Object refuse(@PathVariable long id, @RequestParam(defaultValue = "") String decisionReason, CurrentUser user,
                  Model model) {
        try {
            corrections.refuse(user, id, decisionReason);
            return "redirect:/data-protection/corrections?refused=" + id;
        } catch (InvalidCorrectionException e) {
            return new ModelAndView(queue(model, Map.of("request-" + id, e.getMessage())), model.asMap(),
                    HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    @PostMapping("/families/{familyId}/correction-reviews/{flag}")
    Object review(@PathVariable String familyId, @PathVariable long flag, @RequestParam(defaultValue = "") String note,
                  CurrentUser user) {
        if (!access.canSeeFamily(user, familyId)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            reviews.review(user, familyId, flag, note);
            return "redirect:/families/" + familyId + "?reviewed=" + flag + "#corrections";
        } catch (InvalidCorrectionException e) {
            return "redirect:/families/" + familyId + "?review-refused=" + flag + "#corrections";
        }
    }

    /** The family's record, or 404 when the user may not ask about it or the family holds no such record. */
    private Rectification.Row row(CurrentUser user, String familyId, String file, String record) {
        try {
            return requests.record(user, familyId, file, record);
        } catch (InvalidCorrectionException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private String rectificationForm(Model model, String familyId, Rectification.Row row, Map<String, String> shown,
                                     String reason, Map<String, String> problems) {
        String key = CanonicalRows.keyColumn(row.file());
        List<Map<String, Object>> columns = CanonicalRows.columns(row.file()).stream()
                .map(column -> Map.<String, Object>of("name", column, "field", VALUE + column,
                        "held", row.values().getOrDefault(column, ""), "value", shown.getOrDefault(column, ""),
                        "fixed", Rectification.FIXED.contains(column) || column.equals(key)))
                .toList();
        model.addAttribute("familyId", familyId);
        model.addAttribute("row", row);
        model.addAttribute("columns", columns);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        return "protection/correction-request";
    }

    private String erasureForm(Model model, String familyId, String person, String reason, Map<String, String> problems) {
        model.addAttribute("familyId", familyId);
        model.addAttribute("person", person);
        model.addAttribute("reason", reason);
        model.addAttribute("problems", problems);
        return "protection/erasure-request";
    }

    private String queue(Model model, Map<String, String> problems) {
        model.addAttribute("awaiting", requests.awaiting());
        model.addAttribute("decided", requests.decided(50));
        model.addAttribute("flags", reviews.awaiting());
        model.addAttribute("problems", problems);
        return "protection/corrections";
    }
}
