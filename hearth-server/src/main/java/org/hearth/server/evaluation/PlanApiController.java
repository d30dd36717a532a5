package org.hearth.server.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.plan.PlanVersion;
import org.hearth.server.plan.PlanVersions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/plans} (a plan file as {@code file}, and {@code in_force_from}): stored as {@code hearth
 * plan add} stores it, every family evaluated again; 422 with the validator's errors, as {@code hearth plan
 * validate} gives them, when the file is not a valid plan. {@code GET /api/plans}: every version held.
 */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {
    private final CohortEvaluation cohort;
    private final PlanVersions plans;

    PlanApiController(CohortEvaluation cohort, PlanVersions plans) {
        this.cohort = cohort;
        this.plans = plans;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> upload(@RequestParam("file") MultipartFile file,
                                               @RequestParam("in_force_from") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inForceFrom,
                                               Principal user) {
        String name = file.getOriginalFilename() == null ? "plan.yaml" : file.getOriginalFilename();
        try {
            PlanVersion version = cohort.uploadPlan(name, file.getBytes(), inForceFrom, user.getName(), done -> {
            });
            return ResponseEntity.ok(summary(version));
        } catch (HearthException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("status", "rejected",
                    "errors", PlanRejection.reasons(e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return plans.all().stream().map(PlanApiController::summary).toList();
    }

    private static Map<String, Object> summary(PlanVersion version) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", version.id());
        body.put("plan_id", version.planId());
        body.put("version", version.version());
        body.put("title", version.title());
        body.put("file_name", version.fileName());
        body.put("sha256", version.sha256());
        body.put("in_force_from", version.inForceFrom().toString());
        body.put("uploaded_by", version.uploadedBy());
        body.put("uploaded_at", version.uploadedAt().toString());
        return body;
    }
}
