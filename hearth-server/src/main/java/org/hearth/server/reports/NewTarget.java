package org.hearth.server.reports;

import java.time.LocalDate;

/**
 * A target as a coordinator sets it, before it is checked ({@link Targets#set}): each part may be missing.
 *
 * @param planId the programme: the id of a plan held
 */
public record NewTarget(String planId, Integer families, LocalDate startsOn, LocalDate endsOn, String basis) {
}
