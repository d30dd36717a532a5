package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * A dated fact about a person or a household, as a source system recorded it: an offence, a term's
 * attendance, a benefit claim, a key worker's assessment. Every record keeps the identifier its
 * source gave it so that an explanation can cite it and an auditor can find it again.
 *
 * <p>A record is either an event (it happened on one day, so {@link #start()} equals {@link #end()})
 * or a spell (it ran from {@link #start()} to {@link #end()}, both inclusive; {@code end} is null
 * while the spell is still open).
 *
 * <p>An evaluation as at a day sees each record only as it stood on that day ({@link #asKnownOn}):
 * a spell's later end, a status reached at that end, a sign-off given later are not yet known, and a
 * record that starts later does not exist yet.
 */
public sealed interface TimelineRecord
        permits Offence, AsbIncident, AsbIntervention, PoliceCallout, TermAttendance, Exclusion,
                EducationSetting, SocialCareEpisode, Referral, MissingEpisode, BenefitSpell,
                EmploymentSpell, EarningsPeriod, NeetSpell, FinancialReading, ServiceEpisode,
                ScoredAssessment, HealthEvent, HealthNeed, JusticeOrder, ProfessionalConcern,
                DomesticAbuseIncident, WorkerAssessment {

    /** The identifier the source gave this record; unique within its kind. */
    RecordId id();

    /** The identifier the source gave this record, as text. */
    default String recordId() {
        return id().toString();
    }

    /** The person the record is about, or null for a record about the household as a whole. */
    String personId();

    /** The family (household) a household-level record belongs to; null for a personal record. */
    default String familyId() {
        return null;
    }

    /** The day the event happened or the spell began. */
    LocalDate start();

    /** The day the spell ended (inclusive), the event's own date, or null while the spell is open. */
    LocalDate end();

    /** The system or agency that supplied the record (for example "YOS", "DWP", "school census"). */
    String source();

    /** The kind of record, which names its file in the canonical data folder. */
    RecordKind<?> kind();

    /**
     * The record as it stood at the end of the day: itself when everything in it was known by then
     * ({@link #settledOn()} not after the day), null when it had not begun, otherwise a copy without
     * what was learnt later (a spell open, a status not yet reached). No default: each kind must say
     * what of it comes later, so a new kind cannot leak the future by being forgotten.
     */
    TimelineRecord asKnownOn(LocalDate day);

    /**
     * The day from which nothing in the record is learnt later: its end (an event's date), an open
     * spell's start; later for a kind with a later fact (a sign-off). A timeline whose records all
     * settled by the review date is evaluated as it is.
     */
    default LocalDate settledOn() {
        return end() == null ? start() : end();
    }

    /** True when the record was in force on the given day. */
    default boolean coversDay(LocalDate day) {
        return !start().isAfter(day) && (end() == null || !end().isBefore(day));
    }

    /** A short citation: {@code offences OF-1042 (2015-03-02)}, {@code benefits BN-7 (from 2014-05-01)}. */
    default String citation() {
        String when;
        if (end() == null) {
            when = "from " + start();
        } else if (end().equals(start())) {
            when = start().toString();
        } else {
            when = start() + " to " + end();
        }
        return kind().name() + " " + recordId() + " (" + when + ")";
    }
}
