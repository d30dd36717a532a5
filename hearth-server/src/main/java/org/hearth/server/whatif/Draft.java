package org.hearth.server.whatif;

import java.time.LocalDate;

import org.hearth.engine.plan.Plan;
import org.hearth.server.plan.PlanVersion;

/**
 * A draft plan checked and ready to compare: the plan read from its file (never stored as a version), the file's name
 * and SHA-256, and the version in force on the review date that it is compared with.
 */
record Draft(Plan plan, String fileName, String sha256, PlanVersion inForce, LocalDate asOf) {
}
