package org.hearth.server.whatif;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.hearth.engine.HearthException;
import org.hearth.engine.plan.PlanLoader;
import org.hearth.server.ReviewDate;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.evaluation.PlanRejection;
import org.hearth.server.plan.PlanVersions;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /plans/what-if} (coordinators: SecurityConfiguration): a draft plan file uploaded, checked as {@code hearth
 * plan validate} checks it and compared with the plan in force in the background ({@link WhatIfJobs}), its progress
 * shown until it ends, then the families whose decisions would change, with the counts first and a CSV of every
 * change ({@code /plans/what-if/differences.csv}), and the identification worklist under the draft
 * ({@code /plans/what-if/worklist.csv}). The draft may be a built-in plan, chosen by its id, rather than a file. The comparison is kept in the user's session only, the latest one:
 * it is gone when they compare another draft, sign out or their session ends.
 */
@Controller
class WhatIfPageController {
    /** The session's comparison, the latest asked for. */
    static final String IN_SESSION = "hearth.whatIf";
    /** The most families the page lists; the CSV and the API give every one. */
    static final int LONGEST_LIST = 500;

    private final WhatIf whatIf;
    private final WhatIfJobs jobs;
    private final PlanVersions versions;
    private final ReviewDate reviewDate;
    private final AuditLog audit;

    WhatIfPageController(WhatIf whatIf, WhatIfJobs jobs, PlanVersions versions, ReviewDate reviewDate, AuditLog audit) {
        this.whatIf = whatIf;
        this.jobs = jobs;
        this.versions = versions;
        this.reviewDate = reviewDate;
        this.audit = audit;
    }

    @GetMapping("/plans/what-if")
    String page(HttpSession session, Model model) {
        return page(model, (WhatIfJob) session.getAttribute(IN_SESSION), List.of());
    }

    @PostMapping("/plans/what-if")
    String compare(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String builtIn,
                   CurrentUser user, HttpSession session, Model model) {
        boolean named = builtIn != null && !builtIn.isBlank();
        if (!named && (file == null || file.isEmpty())) {
            return page(model, null, List.of(Map.entry("file", "Select the draft plan file, or a built-in plan")));
        }
        try {
            session.setAttribute(IN_SESSION, jobs.start(named ? whatIf.checkBuiltIn(builtIn) : whatIf.check(file),
                    user.username()));
            return "redirect:/plans/what-if";
        } catch (HearthException e) {
            return page(model, null, PlanRejection.reasons(e).stream().map(reason -> Map.entry("file", reason)).toList());
        }
    }

    /** The part of the page that says how far the comparison has gone, for the page's script to fetch as it runs. */
    @GetMapping("/plans/what-if/progress")
    String progress(HttpSession session, Model model) {
        model.addAttribute("job", inSession(session));
        return "plans/what-if :: progress";
    }

    @GetMapping("/plans/what-if/differences.csv")
    void differences(HttpSession session, HttpServletResponse response) throws IOException {
        WhatIfResult result = inSession(session).finishedResult();
        if (result == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"what-if-" + fileSafe(result.draft().id()) + "-"
                + fileSafe(result.draft().version()) + ".csv\"");
        WhatIfCsv.write(result, response.getWriter());
    }

    /** The identification worklist under the draft, as {@code hearth screen} writes it; the download is audited. */
    @GetMapping("/plans/what-if/worklist.csv")
    void worklist(HttpSession session, CurrentUser user, HttpServletResponse response) throws IOException {
        WhatIfResult result = inSession(session).finishedResult();
        if (result == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.record(user.username(), "what-if worklist downloaded", result.draft().id() + " " + result.draft().version(),
                result.draftWorklist().listed() + " families on the worklist as at " + result.asOf() + " on import "
                        + result.dataImportId());
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"worklist-" + fileSafe(result.draft().id()) + "-"
                + fileSafe(result.draft().version()) + "-" + result.asOf() + ".csv\"");
        result.draftWorklist().write(response.getWriter());
    }

    private static WhatIfJob inSession(HttpSession session) {
        WhatIfJob job = (WhatIfJob) session.getAttribute(IN_SESSION);
        if (job == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return job;
    }

    /** A plan's id or version as part of a file name: letters, digits, dots and dashes only. */
    private static String fileSafe(String text) {
        return text.replaceAll("[^A-Za-z0-9.-]", "_");
    }

    private String page(Model model, WhatIfJob job, List<Map.Entry<String, String>> problems) {
        model.addAttribute("job", job);
        model.addAttribute("reviewDate", reviewDate.today());
        model.addAttribute("inForce", versions.inForceOn(reviewDate.today()));
        model.addAttribute("problems", problems);
        model.addAttribute("longestList", LONGEST_LIST);
        model.addAttribute("builtInPlans", PlanLoader.BUILT_IN);
        return "plans/what-if";
    }
}
