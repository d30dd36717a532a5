package org.hearth.server.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.server.pathway.ReReferral;
import org.hearth.server.security.Access;

/**
 * How cases moved between tiers, closed and came back: what the Early Help Strategy's service measures count
 * (docs/reports.md, Service measures), for the families a user may see, each as known at the end of the day it is
 * asked about. {@link StoredCaseMovements} reads it from the interventions and tier changes held; the pathway (issue
 * 13), which follows cases itself, can answer it in its place.
 */
public interface CaseMovements {

    /** Every step down from social care ({@link SocialCareStepDown}) made from {@code from} to {@code to}, both included. */
    List<SocialCareStepDown> stepDownsFromSocialCare(LocalDate from, LocalDate to, Access.VisibleFamilies visible);

    /**
     * Every intervention engaged from {@code from} to {@code to}, both included, with the re-referral it is ({@link
     * ReReferral}) or null.
     */
    List<Engagement> engagements(LocalDate from, LocalDate to, Access.VisibleFamilies visible);

    /** How many cases were open at each tier at the end of the day (a tier with none is left out). */
    Map<Tier, Long> openCasesByTier(LocalDate day, Access.VisibleFamilies visible);

    /** An intervention engaged, and the re-referral it is, or null. */
    record Engagement(String familyId, String interventionId, LocalDate engagedOn, ReReferral reReferral) {
    }
}
