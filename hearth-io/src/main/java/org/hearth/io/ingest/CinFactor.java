package org.hearth.io.ingest;

import java.io.IOException;

import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.RecordKind;

/**
 * One factor an assessment identified, staged where {@link AssessmentFactor} says, dated on the day the assessment
 * was authorised: the factors are recorded at the end of the assessment, and an assessment not yet authorised has
 * none. A health need lasts until the episode of need closed (while it is open, it is open).
 */
final class CinFactor {
    private final String childId;
    private final String assessmentKey;
    private final String authorised;
    private final String closure;
    private final Origin origin;
    private final StagingFolder staging;

    CinFactor(String childId, String assessmentKey, String authorised, String closure, Origin origin, StagingFolder staging) {
        this.childId = childId;
        this.assessmentKey = assessmentKey;
        this.authorised = authorised;
        this.closure = closure;
        this.origin = origin;
        this.staging = staging;
    }

    void stage(String code) throws IOException {
        AssessmentFactor factor = AssessmentFactor.of(code);
        if (factor == null) {
            staging.reject(origin, "AssessmentFactors", code, Excerpt.quoted(code) + " is not a factor code of the CIN census"
                    + " (1A to 24A)");
            return;
        }
        if (factor.target() instanceof AssessmentFactor.NotStaged) {
            return;
        }
        if (authorised == null) {
            staging.reject(origin, "AssessmentFactors", code, "factor " + code + " (" + factor.meaning() + ") is not staged:"
                    + " its assessment has no AssessmentAuthorisationDate, the day factors are identified");
            return;
        }
        String id = assessmentKey + "/factor/" + code;
        RecordRow row = new RecordRow().put("record_id", id, "AssessmentFactors").set("source", origin.provider());
        AssessmentFactor.Target target = factor.target();
        if (target instanceof AssessmentFactor.HealthNeed need) {
            staging.record(RecordKind.HEALTH_NEEDS, row
                    .put("person_id", childId, "LAchildID")
                    .put("need", need.need(), "AssessmentFactors")
                    .put("start_date", authorised, "AssessmentAuthorisationDate")
                    .put("end_date", closure != null && closure.compareTo(authorised) >= 0 ? closure : null, "CINclosureDate"), origin);
        } else if (target instanceof AssessmentFactor.DomesticAbuse) {
            staging.record(RecordKind.DOMESTIC_ABUSE, row
                    .put("person_id", childId, "LAchildID")
                    .put("family_id", childId, "LAchildID")
                    .put("date", authorised, "AssessmentAuthorisationDate")
                    .set("role", "at_risk")
                    .set("category", "domestic_abuse")
                    .set("recorded_by", "worker"), origin);
        } else if (target instanceof AssessmentFactor.Concern concern) {
            staging.record(RecordKind.CONCERNS, row
                    .put("person_id", concern.aboutChild() ? childId : null, "LAchildID")
                    .put("family_id", childId, "LAchildID")
                    .put("theme", concern.theme(), "AssessmentFactors")
                    .put("date", authorised, "AssessmentAuthorisationDate")
                    .set("raised_by", "social worker: CIN census assessment factor " + code + " (" + factor.meaning() + ")"), origin);
        }
    }
}
