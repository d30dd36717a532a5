package org.hearth.server.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.server.plan.PlanVersion;
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.web.DateInput;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /reports/target}: the programme against a target of its own ({@code ?target=ID}; unless asked, the latest
 * begun by the review date), as a chart beside its month-by-month table, with every target the programme holds; for a
 * coordinator, forms to set a target ({@code POST /reports/targets}) and to withdraw one ({@code POST
 * /reports/targets/{id}/withdrawal}), coordinators only (SecurityConfiguration). {@code /reports/target.csv?target=ID}
 * downloads the table.
 */
@Controller
class TargetReportController {
    static final String REPORT = "programme target";

    private final Targets targets;
    private final TargetProgress progress;
    private final PlanVersions versions;
    private final ReportViews views;

    TargetReportController(Targets targets, TargetProgress progress, PlanVersions versions, ReportViews views) {
        this.targets = targets;
        this.progress = progress;
        this.versions = versions;
        this.views = views;
    }

    /** The target form as posted: the period's days come as the GOV.UK date input's three fields each. */
    record TargetForm(String planId, String families, String basis, DateInput startsOn, DateInput endsOn) {
        static final TargetForm EMPTY = new TargetForm(null, "", "", new DateInput("", "", "", ""), new DateInput("", "", "", ""));
    }

    @GetMapping("/reports/target")
    String page(@RequestParam(required = false) Long target, CurrentUser user, Model model) {
        return page(target, user, model, TargetForm.EMPTY, Map.of());
    }

    @PostMapping("/reports/targets")
    String set(@RequestParam Map<String, String> posted, CurrentUser user, Model model) {
        TargetForm form = new TargetForm(posted.get("planId"), posted.getOrDefault("families", ""),
                posted.getOrDefault("basis", ""), date(posted, "startsOn", "the first day of the target's period"),
                date(posted, "endsOn", "the last day of the target's period"));
        Map<String, String> typed = new LinkedHashMap<>();
        Integer families = null;
        if (!form.families().isBlank()) {
            try {
                families = Integer.valueOf(form.families().strip().replace(",", ""));
            } catch (NumberFormatException e) {
                typed.put("families", "Enter the number of families as a whole number, such as 3000");
            }
        }
        typed.put("startsOn", form.startsOn().problem());
        typed.put("endsOn", form.endsOn().problem());
        NewTarget target = new NewTarget(form.planId(), families, form.startsOn().problem() == null ? form.startsOn().date()
                : null, form.endsOn().problem() == null ? form.endsOn().date() : null, form.basis());
        Map<String, String> checked = targets.problems(target);
        Map<String, String> problems = new LinkedHashMap<>();
        for (String field : List.of("planId", "families", "startsOn", "endsOn", "basis")) {
            String problem = typed.get(field) != null ? typed.get(field) : checked.get(field);
            if (problem != null) {
                problems.put(field, problem);
            }
        }
        if (!problems.isEmpty()) {
            return page(null, user, model, form, problems);
        }
        ProgrammeTarget set = targets.set(target, user.username());
        return "redirect:/reports/target?target=" + set.id() + "&set=" + set.id();
    }

    @PostMapping("/reports/targets/{targetId}/withdrawal")
    String withdraw(@PathVariable long targetId, @RequestParam(defaultValue = "") String reason, CurrentUser user,
                    Model model) {
        try {
            targets.withdraw(targetId, reason, user.username());
            return "redirect:/reports/target?withdrawn=" + targetId;
        } catch (InvalidTargetException e) {
            return page(null, user, model, TargetForm.EMPTY, Map.of("reason-" + targetId, e.problems().get("reason")));
        }
    }

    @GetMapping("/reports/target.csv")
    ResponseEntity<String> download(@RequestParam long target, CurrentUser user) {
        ProgrammeTarget chosen = targets.get(target);
        if (chosen == null || views.latestRun() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        TargetReport report = progress.report(chosen, views.downloaded(user, REPORT, "months", "target " + target),
                views.reviewDate().today());
        return ReportCsv.download("programme-target-" + target, report.table(), views.reviewDate().today());
    }

    private String page(Long askedFor, CurrentUser user, Model model, TargetForm form, Map<String, String> problems) {
        Map<String, Object> run = views.page(model, user);
        ProgrammeTarget asked = askedFor == null ? null : targets.get(askedFor);
        if (askedFor != null && asked == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String programme = asked != null ? asked.planId() : programme(run);
        List<ProgrammeTarget> held = programme == null ? List.of() : targets.of(programme);
        ProgrammeTarget chosen = asked != null ? asked : latestBegun(held);
        if (chosen != null && run != null) {
            model.addAttribute("report", progress.report(chosen,
                    views.viewed(user, REPORT, "target " + chosen.id()), views.reviewDate().today()));
        }
        model.addAttribute("programme", programme);
        model.addAttribute("otherPlan", chosen != null && run != null && !chosen.planId().equals(run.get("plan_id")));
        model.addAttribute("targets", held);
        model.addAttribute("chosen", chosen);
        model.addAttribute("programmes", targets.programmes());
        model.addAttribute("form", form.planId() == null
                ? new TargetForm(programme, form.families(), form.basis(), form.startsOn(), form.endsOn()) : form);
        model.addAttribute("problems", problems);
        return "reports/target";
    }

    /** The programme the reports are of: the latest run's plan, or before any run the plan in force. */
    private String programme(Map<String, Object> run) {
        if (run != null) {
            return (String) run.get("plan_id");
        }
        PlanVersion inForce = versions.inForceOn(views.reviewDate().today());
        return inForce == null ? null : inForce.planId();
    }

    /** The target begun latest by the review date, or the first held when none has begun; null when none is held. */
    private ProgrammeTarget latestBegun(List<ProgrammeTarget> held) {
        ProgrammeTarget chosen = held.isEmpty() ? null : held.get(0);
        for (ProgrammeTarget target : held) {
            if (!target.startsOn().isAfter(views.reviewDate().today())) {
                chosen = target;
            }
        }
        return chosen;
    }

    private static DateInput date(Map<String, String> posted, String name, String what) {
        return new DateInput(posted.getOrDefault(name + "-day", ""), posted.getOrDefault(name + "-month", ""),
                posted.getOrDefault(name + "-year", ""), what);
    }
}
