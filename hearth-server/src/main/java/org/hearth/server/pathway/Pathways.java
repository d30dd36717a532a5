package org.hearth.server.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.Intervention;
import org.hearth.server.ReviewDate;
import org.hearth.server.audit.AuditLog;
import org.hearth.server.security.Access;
import org.hearth.server.security.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * The early-help pathway of one family, and of the families a user may see, as it stood on the review date. Which
 * families a user sees is {@link Access}'s rule, as for the family lists; a family's view is audited where the family
 * is viewed (its page, {@code FamilyViews}), a report here.
 */
@Service
public class Pathways {
    private final PathwayRecords records;
    private final Access access;
    private final AuditLog audit;
    private final ReviewDate reviewDate;

    Pathways(PathwayRecords records, Access access, AuditLog audit, ReviewDate reviewDate) {
        this.records = records;
        this.access = access;
        this.audit = audit;
        this.reviewDate = reviewDate;
    }

    /** The family's interventions on the pathway, earliest first; the caller has checked the user may see it. */
    List<CasePathway> ofFamily(String familyId) {
        List<Intervention> interventions = records.interventions(List.of(familyId));
        return CasePathway.of(interventions, interventions.isEmpty() ? List.of() : records.team(interventions),
                reviewDate.today());
    }

    /**
     * The family's pathway for its page's "Case pathway" section, or null when the user may not see the family
     * (the page has already refused them; asked again here so that the section never shows what its page would not).
     */
    public List<CasePathway> forFamilyPage(CurrentUser user, String familyId) {
        return user != null && access.canReadFamily(user, familyId) ? ofFamily(familyId) : null;
    }

    /** The report over the period of the families the user may see; audited with the period. */
    PathwayReport report(CurrentUser user, PathwayPeriod period) {
        Access.VisibleFamilies visible = access.familiesVisibleTo(user);
        List<Intervention> interventions = visible.everyFamily() ? records.everyIntervention()
                : records.interventions(visible.familyIds());
        Map<String, List<Intervention>> byFamily = new LinkedHashMap<>();
        for (Intervention intervention : interventions) {
            byFamily.computeIfAbsent(intervention.familyId(), family -> new ArrayList<>()).add(intervention);
        }
        List<CasePathway> cases = new ArrayList<>();
        for (List<Intervention> family : byFamily.values()) {
            cases.addAll(CasePathway.of(family, List.of(), reviewDate.today()));
        }
        audit.record(user.username(), "pathway viewed", "", period.from() + " to " + period.to());
        return PathwayReport.of(cases, period.from(), period.to());
    }

    /** The day the pathway is read as at. */
    LocalDate reviewDate() {
        return reviewDate.today();
    }
}
