package org.hearth.server.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.server.pathway.PathwayRecords;
import org.hearth.server.pathway.ReReferral;
import org.hearth.server.security.Access;
import org.springframework.stereotype.Repository;

/**
 * Case movements from the rows held: the current rows of {@code interventions.csv} and {@code tier_changes.csv}, made
 * into the engine's {@link Intervention}s by the pathway's {@link PathwayRecords}, each taken as it stood at the end of the day asked about ({@link
 * Intervention#asKnownOn}: a closure or tier change later is not made yet) and its tier on a day the engine's own
 * ({@link Intervention#tierOn}).
 */
@Repository
class StoredCaseMovements implements CaseMovements {
    private final PathwayRecords records;

    StoredCaseMovements(PathwayRecords records) {
        this.records = records;
    }

    @Override
    public List<SocialCareStepDown> stepDownsFromSocialCare(LocalDate from, LocalDate to, Access.VisibleFamilies visible) {
        List<SocialCareStepDown> steps = new ArrayList<>();
        for (Intervention intervention : knownOn(to, visible)) {
            SocialCareStepDown.of(intervention).stream().filter(step -> !step.on().isBefore(from)).forEach(steps::add);
        }
        return steps;
    }

    @Override
    public List<Engagement> engagements(LocalDate from, LocalDate to, Access.VisibleFamilies visible) {
        Map<String, List<Intervention>> byFamily = new HashMap<>();
        for (Intervention intervention : knownOn(to, visible)) {
            byFamily.computeIfAbsent(intervention.familyId(), family -> new ArrayList<>()).add(intervention);
        }
        List<Engagement> engagements = new ArrayList<>();
        for (List<Intervention> family : byFamily.values()) {
            for (Intervention intervention : family) {
                if (!intervention.engagedOn().isBefore(from)) {
                    engagements.add(new Engagement(intervention.familyId(), intervention.interventionId(),
                            intervention.engagedOn(), ReReferral.of(intervention, family)));
                }
            }
        }
        return engagements;
    }

    @Override
    public Map<Tier, Long> openCasesByTier(LocalDate day, Access.VisibleFamilies visible) {
        Map<Tier, Long> open = new EnumMap<>(Tier.class);
        for (Intervention intervention : knownOn(day, visible)) {
            if (!intervention.closedBy(day)) {
                open.merge(intervention.tierOn(day), 1L, Long::sum);
            }
        }
        return open;
    }

    /** The visible families' interventions engaged by the day, as they stood at its end. */
    private List<Intervention> knownOn(LocalDate day, Access.VisibleFamilies visible) {
        List<Intervention> known = new ArrayList<>();
        for (Intervention intervention : held(visible)) {
            Intervention then = intervention.asKnownOn(day);
            if (then != null) {
                known.add(then);
            }
        }
        return known;
    }

    /** The visible families' interventions held now, each with its tier changes. */
    private List<Intervention> held(Access.VisibleFamilies visible) {
        return visible.everyFamily() ? records.everyIntervention() : records.interventions(visible.familyIds());
    }
}
