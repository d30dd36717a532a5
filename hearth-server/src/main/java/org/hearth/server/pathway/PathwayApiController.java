package org.hearth.server.pathway;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.io.TeamMember;
import org.hearth.server.family.FamilyDirectory;
import org.hearth.server.family.FamilyViews;
import org.hearth.server.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The early-help pathway in JSON (docs/pathway.md): {@code GET /api/pathway?from=&to=} the report over a period (the
 * financial year to the review date by default) of the families the caller may see; {@code GET
 * /api/pathway/families/{id}} one family's interventions, each with its steps, team, closure and re-referral, as the
 * family page shows them (a family the caller may not see is answered as no family is, and the view audited).
 */
@RestController
@RequestMapping("/api/pathway")
class PathwayApiController {
    private final Pathways pathways;
    private final FamilyDirectory directory;
    private final FamilyViews views;

    PathwayApiController(Pathways pathways, FamilyDirectory directory, FamilyViews views) {
        this.pathways = pathways;
        this.directory = directory;
        this.views = views;
    }

    @GetMapping
    ResponseEntity<Map<String, Object>> report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                               CurrentUser user) {
        PathwayPeriod year = PathwayPeriod.yearTo(pathways.reviewDate());
        PathwayPeriod period = new PathwayPeriod(from == null ? year.from() : from, to == null ? year.to() : to);
        String problem = period.problem(pathways.reviewDate());
        if (problem != null) {
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(Map.of("status", "rejected", "errors",
                    List.of(problem)));
        }
        PathwayReport report = pathways.report(user, period);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("as_of", pathways.reviewDate().toString());
        body.put("from", report.from().toString());
        body.put("to", report.to().toString());
        Map<String, Integer> open = new LinkedHashMap<>();
        report.openByTier().forEach((tier, count) -> open.put(TierStep.code(tier), count));
        body.put("open_cases", report.open());
        body.put("open_cases_by_tier", open);
        body.put("engagements", report.engagements());
        body.put("closures", report.closures());
        body.put("step_ups", report.stepsUp());
        body.put("step_downs", report.stepsDown());
        body.put("step_downs_from_social_care", report.stepDownsFromSocialCare());
        body.put("re_referrals", report.reReferrals().size());
        body.put("re_referral_percent", report.reReferralPercent());
        body.put("steps", report.steps().stream().map(step -> {
            Map<String, Object> json = step(step.step());
            json.put("family_id", step.familyId());
            json.put("intervention_id", step.interventionId());
            return json;
        }).toList());
        body.put("re_referral_list", report.reReferrals().stream().map(engaged -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("family_id", engaged.familyId());
            json.put("intervention_id", engaged.interventionId());
            json.put("engaged_on", engaged.engagedOn().toString());
            json.putAll(reReferral(engaged.after()));
            return json;
        }).toList());
        return ResponseEntity.ok(body);
    }

    @GetMapping("/families/{familyId}")
    ResponseEntity<Map<String, Object>> family(@PathVariable String familyId, CurrentUser user) {
        if (!views.view(user, familyId) || !directory.held(familyId)) {
            return ResponseEntity.notFound().build();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("family_id", familyId);
        body.put("as_of", pathways.reviewDate().toString());
        body.put("interventions", pathways.ofFamily(familyId).stream().map(PathwayApiController::intervention).toList());
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> intervention(CasePathway one) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("intervention_id", one.intervention().interventionId());
        json.put("engaged_on", one.intervention().engagedOn().toString());
        json.put("tier_at_engagement", TierStep.code(one.intervention().tier()));
        json.put("tier", TierStep.code(one.latestTier()));
        json.put("lead_worker", one.intervention().leadWorker());
        json.put("lead_organisation", one.intervention().leadOrganisation());
        json.put("steps", one.steps().stream().map(PathwayApiController::step).toList());
        json.put("team_around_family", one.team().stream().map(PathwayApiController::member).toList());
        json.put("closed_on", one.intervention().closedOn() == null ? null : one.intervention().closedOn().toString());
        json.put("closure_reason", one.intervention().closureReason());
        json.put("re_referral", one.reReferral() == null ? null : reReferral(one.reReferral()));
        return json;
    }

    private static Map<String, Object> step(TierStep step) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("record_id", step.recordId());
        json.put("date", step.date().toString());
        json.put("direction", step.direction().code());
        json.put("from_tier", TierStep.code(step.from()));
        json.put("to_tier", TierStep.code(step.to()));
        json.put("reason", step.reason());
        return json;
    }

    private static Map<String, Object> member(TeamMember member) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("record_id", member.recordId());
        json.put("professional", member.professional());
        json.put("role", member.role());
        json.put("organisation", member.organisation());
        json.put("start_date", member.start().toString());
        json.put("end_date", member.end() == null ? null : member.end().toString());
        json.put("source", member.source());
        return json;
    }

    private static Map<String, Object> reReferral(ReReferral after) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("earlier_intervention_id", after.earlierInterventionId());
        json.put("earlier_closed_on", after.earlierClosedOn().toString());
        json.put("earlier_closure_reason", after.earlierClosureReason());
        json.put("last_day_counted", after.lastDayCounted().toString());
        return json;
    }
}
