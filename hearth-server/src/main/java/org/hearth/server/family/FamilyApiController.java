package org.hearth.server.family;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hearth.server.plan.PlansInUse;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The families in JSON: {@code GET /api/families} (a page of the list, with filters), {@code GET
 * /api/families/search?q=} and {@code GET /api/families/{id}} (members, records with their provenance and the
 * problems that read each ({@link RecordReaders}), and the latest decision with its explanation). Each answer names the evaluation run it stands on.
 */
@RestController
@RequestMapping("/api/families")
class FamilyApiController {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FamilyDirectory directory;
    private final Access access;
    private final FamilyViews views;
    private final PlansInUse plans;

    FamilyApiController(FamilyDirectory directory, Access access, FamilyViews views, PlansInUse plans) {
        this.directory = directory;
        this.access = access;
        this.views = views;
        this.plans = plans;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) Boolean eligible, @RequestParam(required = false) String problem,
                             @RequestParam(required = false) String progress, @RequestParam(required = false) Boolean claimable,
                             @RequestParam(name = "key_worker", required = false) String keyWorker,
                             @RequestParam(name = "team", required = false) Long teamId,
                             @RequestParam(required = false) String tier, @RequestParam(required = false) String organisation,
                             @RequestParam(required = false) String after, @RequestParam(defaultValue = "50") int size,
                             CurrentUser user) {
        List<FamilySummary> families = directory.list(new FamilyFilter(eligible, problem, progress, claimable, keyWorker,
                teamId, tier, organisation, after, size, access.familiesVisibleTo(user)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("evaluation", directory.latestRun());
        body.put("families", families);
        body.put("next_after", families.size() == size ? families.get(families.size() - 1).familyId() : null);
        return body;
    }

    @GetMapping("/search")
    Map<String, Object> search(@RequestParam("q") String term, CurrentUser user) {
        return Map.of("families", views.search(user, term));
    }

    @GetMapping("/{familyId}")
    ResponseEntity<Map<String, Object>> family(@PathVariable String familyId, CurrentUser user) {
        if (!views.view(user, familyId)) {
            return ResponseEntity.notFound().build();
        }
        List<Map<String, Object>> members = directory.members(familyId);
        String decision = directory.decision(familyId);
        if (members.isEmpty() && decision == null) {
            return ResponseEntity.notFound().build();
        }
        Map<String, Object> run = directory.runOf(familyId);
        RecordReaders readers = new RecordReaders(plans.ofRun(run));
        List<Map<String, Object>> records = directory.records(familyId);
        for (Map<String, Object> record : records) {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = (Map<String, Object>) parse(String.valueOf(record.get("fields")));
            record.put("fields", fields);
            record.put("read_by_problems", readers.of((String) record.get("file"), (String) fields.get("question")));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("family_id", familyId);
        body.put("evaluation", run);
        body.put("members", members);
        body.put("records", records);
        body.put("decision", decision == null ? null : parse(decision));
        return ResponseEntity.ok(body);
    }

    private static Object parse(String json) {
        try {
            return JSON.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored value is not JSON", e);
        }
    }
}
