package org.hearth.server.ingest;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports} (the files of a canonical data folder, as {@code files}): imported as the import page's
 * uploads are ({@link ImportJobs}), the request answering once the import has ended: the report, or 422 with the
 * reader's errors and nothing changed. {@code GET /api/imports}: every import, newest first, with who ran it and
 * what it did.
 */
@RestController
@RequestMapping("/api/imports")
class ImportApiController {
    private final ImportJobs jobs;
    private final JdbcTemplate jdbc;

    ImportApiController(ImportJobs jobs, JdbcTemplate jdbc) {
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> upload(@RequestParam("files") List<MultipartFile> files, Principal user) {
        try {
            ImportReport report = jobs.start(files, user.getName()).report();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("import_id", report.importId());
            body.put("status", "accepted");
            body.put("files", report.files());
            body.put("evaluation_run", report.evaluationRun());
            return ResponseEntity.ok(body);
        } catch (ImportRejectedException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("import_id", e.importId(),
                    "status", "rejected", "summary", e.getMessage(), "error_count", e.errorCount(), "errors", e.errors()));
        } catch (HearthException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("status", "rejected",
                    "summary", e.getMessage()));
        }
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return jdbc.queryForList("""
                select id, started_at, finished_at, started_by, status, rows_accepted, error_count, report::text as report
                from data_import order by id desc limit 200""");
    }
}
