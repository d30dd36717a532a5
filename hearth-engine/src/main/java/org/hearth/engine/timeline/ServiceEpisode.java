package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A person's or household's time with a service or programme: a parenting course, a positive
 * activity, drug treatment, a work placement, funded early education, a debt repayment plan, a food
 * bank visit. A one-day contact has the same start and end.
 *
 * @param status where the episode stands: ongoing, completed (finished as planned), disengaged
 *               (stopped attending) or broken (for plans and agreements: not kept)
 */
public record ServiceEpisode(RecordId id, String personId, String familyId, Service service, LocalDate start,
                             LocalDate end, Status status, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public ServiceEpisode(String recordId, String personId, String familyId, Service service, LocalDate start,
                          LocalDate end, Status status, String source) {
        this(RecordId.of(recordId), personId, familyId, service, start, end, status, source);
    }

    public ServiceEpisode {
        Require.present(id, "record_id");
        Require.personOrFamily(personId, familyId);
        Require.present(service, "service");
        Require.ordered(start, end, "start_date", "end_date");
        Require.present(status, "status");
    }

    /** The services and programmes the plans name. */
    public enum Service {
        POSITIVE_ACTIVITY, DIVERSIONARY_YOUTH_ACTIVITY, PARENTING_PROGRAMME, PERPETRATOR_PROGRAMME,
        DOMESTIC_ABUSE_SERVICE, DRUG_ALCOHOL_TREATMENT, MENTAL_HEALTH_SERVICE, HEALTH_APPOINTMENTS,
        GP_REGISTRATION, DENTIST_REGISTRATION, CARE_PLAN, CHILDRENS_CENTRE, FAMILY_NURSE_PARTNERSHIP,
        PUBLIC_HEALTH_NURSING, EARLY_EDUCATION_FUNDING, WORK_PROGRAMME, EUROPEAN_SOCIAL_FUND_PROVISION,
        EMPLOYMENT_SERVICE, WORK_PLACEMENT, VOLUNTEERING, WORK_EXPERIENCE, TRAINING_COURSE,
        ACCREDITED_QUALIFICATION, BETTER_OFF_CALCULATION, CV_COMPLETED, EMPLOYMENT_ACTION_PLAN,
        DEBT_REPAYMENT_PLAN, BUDGET_MANAGEMENT, FOOD_BANK, SUITABLE_ACCOMMODATION
    }

    /** Where an episode stands. */
    public enum Status { ONGOING, COMPLETED, DISENGAGED, BROKEN }

    /**
     * An episode that ends later is still going on on the day, and how it ended (completed,
     * disengaged, broken) is not yet known: ongoing. Its status is taken as reached on its end. A spell that starts later does not exist yet.
     */
    @Override
    public ServiceEpisode asKnownOn(LocalDate day) {
        if (start.isAfter(day)) {
            return null;
        }
        return end == null || !end.isAfter(day) ? this : new ServiceEpisode(id, personId, familyId, service, start, null, Status.ONGOING, source);
    }

    @Override
    public RecordKind<ServiceEpisode> kind() {
        return RecordKind.SERVICES;
    }
}
