package org.hearth.server.whatif;

import java.util.LinkedHashMap;
import java.util.Map;

import org.hearth.engine.HearthException;
import org.hearth.server.evaluation.PlanRejection;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/plans/what-if} (a draft plan file as {@code file}; coordinators): compared with the plan in force
 * as the page compares it, in the same queue, answering when the comparison has ended: the counts and every family
 * whose decisions would change; 422 with the validator's errors when the file is not a valid plan, or with why there
 * is nothing to compare it with. Nothing is stored but the audit entry.
 */
@RestController
class WhatIfApiController {
    private final WhatIf whatIf;
    private final WhatIfJobs jobs;

    WhatIfApiController(WhatIf whatIf, WhatIfJobs jobs) {
        this.whatIf = whatIf;
        this.jobs = jobs;
    }

    @PostMapping("/api/plans/what-if")
    ResponseEntity<Map<String, Object>> compare(@RequestParam("file") MultipartFile file, CurrentUser user) {
        Draft draft;
        try {
            draft = whatIf.check(file);
        } catch (HearthException e) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("status", "rejected",
                    "errors", PlanRejection.reasons(e)));
        }
        return ResponseEntity.ok(json(jobs.start(draft, user.username()).result()));
    }

    private static Map<String, Object> json(WhatIfResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("plan_in_force", plan(result.inForce()));
        Map<String, Object> draft = plan(result.draft());
        draft.put("file_name", result.draftFileName());
        draft.put("sha256", result.draftSha256());
        body.put("draft", draft);
        body.put("as_of", result.asOf().toString());
        body.put("data_import_id", result.dataImportId());
        body.put("families_evaluated", result.families());
        body.put("families_changed", result.familiesChanged());
        Map<String, Object> counts = new LinkedHashMap<>();
        for (WhatIfResult.Count count : result.counts()) {
            Map<String, Object> ways = new LinkedHashMap<>();
            ways.put("families", count.families());
            ways.put(Change.Shift.GAINED.code(), count.gained());
            ways.put(Change.Shift.LOST.code(), count.lost());
            ways.put(Change.Shift.CHANGED.code(), count.changed());
            counts.put(count.what().code(), ways);
        }
        body.put("counts", counts);
        body.put("families", result.differences().stream().map(family -> Map.of("family_id", family.familyId(),
                "changes", family.changes().stream().map(WhatIfApiController::change).toList())).toList());
        return body;
    }

    private static Map<String, Object> plan(WhatIfResult.PlanNamed plan) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", plan.id());
        json.put("version", plan.version());
        json.put("title", plan.title());
        return json;
    }

    private static Map<String, Object> change(Change change) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("decision", change.what().code());
        json.put("problem_id", change.problemId());
        json.put("shift", change.shift().code());
        json.put("plan_in_force", change.inForce());
        json.put("draft", change.draft());
        json.put("why_plan_in_force", change.whyInForce());
        json.put("why_draft", change.whyDraft());
        return json;
    }
}
