package org.hearth.server.ingest;

import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /imports}: every import, and for a coordinator a form that uploads a data folder's files and imports them
 * ({@code POST /imports}, coordinators only: SecurityConfiguration) in the background ({@link ImportJobs}), its
 * progress shown at {@code /imports/jobs/{job}}; {@code /imports/{id}}: one import's report, or the errors that
 * rejected it.
 */
@Controller
class ImportPagesController {
    private final ImportJobs jobs;
    private final ImportHistory history;

    ImportPagesController(ImportJobs jobs, ImportHistory history) {
        this.jobs = jobs;
        this.history = history;
    }

    @GetMapping("/imports")
    String list(Model model) {
        return page(model, List.of(), null);
    }

    @PostMapping("/imports")
    String importFiles(@RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser user,
                       Model model) {
        // A browser sends one nameless, empty part when no file was chosen.
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(file -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
                .toList();
        if (chosen.isEmpty()) {
            return page(model, List.of(Map.entry("files", "Select the files of the data folder")), null);
        }
        try {
            return "redirect:/imports/jobs/" + jobs.start(chosen, user.username()).id();
        } catch (HearthException e) {
            return page(model, List.of(Map.entry("files", e.getMessage())), null);
        }
    }

    /** An upload's import while it runs; once it has ended, its record (accepted or rejected). */
    @GetMapping("/imports/jobs/{jobId}")
    String job(@PathVariable String jobId, CurrentUser user, Model model) {
        ImportJob job = yours(jobId, user);
        if (job.importId() != null) {
            return "redirect:/imports/" + job.importId() + (job.state() == ImportJob.State.ACCEPTED ? "?imported" : "");
        }
        model.addAttribute("job", job);
        return "imports/job";
    }

    /** The part of the job's page that says how far it has gone, for the page's script to fetch as it runs. */
    @GetMapping("/imports/jobs/{jobId}/progress")
    String progress(@PathVariable String jobId, CurrentUser user, Model model) {
        model.addAttribute("job", yours(jobId, user));
        return "imports/job :: progress";
    }

    private ImportJob yours(String jobId, CurrentUser user) {
        ImportJob job = jobs.get(jobId);
        if (job == null || !job.by().equals(user.username())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return job;
    }

    @GetMapping("/imports/{id}")
    String one(@PathVariable long id, Model model) {
        ImportHistory.Import found = history.get(id);
        if (found == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("dataImport", found);
        model.addAttribute("sources", history.sources(id));
        return "imports/import";
    }

    /**
     * @param problems what was wrong with the upload, each naming the field it is about
     * @param rejected the rejected import the problems were recorded as, or null when none was recorded
     */
    private String page(Model model, List<Map.Entry<String, String>> problems, Long rejected) {
        model.addAttribute("imports", history.latest());
        model.addAttribute("longestList", ImportHistory.LONGEST_LIST);
        model.addAttribute("problems", problems);
        model.addAttribute("rejected", rejected);
        return "imports/list";
    }
}
