package org.hearth.server.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.ReviewDate;
import org.hearth.server.plan.PlanVersion;
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.security.CurrentUser;
import org.hearth.server.web.DateInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /plans}: every plan version held, the one in force on the review date marked, and for a coordinator a form
 * that adds a version ({@code POST /plans}, coordinators only: SecurityConfiguration), checked as {@code hearth plan
 * validate} checks it, after which every family is evaluated again.
 */
@Controller
class PlanPagesController {
    private static final String IN_FORCE_FROM = "the date the plan is in force from";

    private final CohortEvaluation cohort;
    private final PlanVersions versions;
    private final ReviewDate reviewDate;

    PlanPagesController(CohortEvaluation cohort, PlanVersions versions, ReviewDate reviewDate) {
        this.cohort = cohort;
        this.versions = versions;
        this.reviewDate = reviewDate;
    }

    @GetMapping("/plans")
    String list(Model model) {
        return page(model, new DateInput("", "", "", IN_FORCE_FROM), List.of());
    }

    @PostMapping("/plans")
    String add(@RequestParam(required = false) MultipartFile file,
               @RequestParam(name = "inForceFrom-day", defaultValue = "") String day,
               @RequestParam(name = "inForceFrom-month", defaultValue = "") String month,
               @RequestParam(name = "inForceFrom-year", defaultValue = "") String year, CurrentUser user, Model model) {
        DateInput inForceFrom = new DateInput(day, month, year, IN_FORCE_FROM);
        List<Map.Entry<String, String>> problems = new ArrayList<>();
        if (file == null || file.isEmpty()) {
            problems.add(Map.entry("file", "Select the plan file"));
        }
        if (inForceFrom.problem() != null) {
            problems.add(Map.entry("inForceFrom-day", inForceFrom.problem()));
        }
        if (!problems.isEmpty()) {
            return page(model, inForceFrom, problems);
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "plan.yaml"
                : file.getOriginalFilename();
        try {
            PlanVersion added = cohort.uploadPlan(name, file.getBytes(), inForceFrom.date(), user.username(), done -> {
            });
            return "redirect:/plans?added=" + added.id();
        } catch (HearthException e) {
            PlanRejection.reasons(e).forEach(reason -> problems.add(Map.entry("file", reason)));
            return page(model, inForceFrom, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(Model model, DateInput inForceFrom, List<Map.Entry<String, String>> problems) {
        LocalDate today = reviewDate.today();
        PlanVersion inForce = versions.inForceOn(today);
        model.addAttribute("versions", versions.all());
        model.addAttribute("reviewDate", today);
        model.addAttribute("inForceId", inForce == null ? null : inForce.id());
        model.addAttribute("inForceFrom", inForceFrom);
        model.addAttribute("problems", problems);
        return "plans/list";
    }
}
