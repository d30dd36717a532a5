package org.hearth.server.claims;

import java.time.LocalDate;

/**
 * A phase of the national programme, as dated reference data ({@code programme_phase}, seeded by the migration): a
 * family is claimed successfully at most once in each phase.
 *
 * @param code the phase's stable name ({@code troubled_families_2})
 * @param endsOn the last day of the phase, or null while it has no end
 * @param plannedEnd the last day first planned, when the phase was extended (phase 2: 31 March 2020); else null
 * @param note what the phase is, and how its dates were settled
 */
public record ProgrammePhase(String code, String name, LocalDate startsOn, LocalDate endsOn, LocalDate plannedEnd,
                             String note) {

    /** Whether the day is in the phase. */
    public boolean includes(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }
}
