package org.hearth.io;

import java.time.LocalDate;

/**
 * A member of an intervention's Team Around the Family: a professional from a partner organisation (a school, a
 * health visitor, CAMHS, the police, housing, a voluntary group) who works with the family beside the lead
 * professional, from one day to another (Southwark's Early Help Strategy: "a lead professional approach where the
 * most suitable professional coordinates a Team Around the Family"). No plan measure reads it; the early-help
 * pathway shows it.
 *
 * @param professional the professional's name, or null where the source names only the role
 * @param end the last day in the team, or null while they are in it
 * @param source the system or agency that supplied the row, or null
 */
public record TeamMember(String recordId, String interventionId, String professional, String role, String organisation,
                         LocalDate start, LocalDate end, String source) {
}
