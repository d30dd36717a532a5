package org.hearth.server.plan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.hearth.engine.plan.Plan;
import org.hearth.engine.plan.PlanLoader;

/** One uploaded version of a plan, as stored: the file, its hash, and the day it is in force from. */
public record PlanVersion(long id, String planId, String version, String title, String fileName, String sha256,
                          String text, LocalDate inForceFrom, String uploadedBy, Instant uploadedAt) {

    /**
     * The plan the file holds (it was valid when uploaded, and plans are read the same way ever after). Reading it
     * parses and checks the file again: everyone else asks {@link PlansInUse}, which reads each version once.
     */
    Plan plan() {
        return PlanLoader.withBuiltInSchema().load(fileName, text.getBytes(StandardCharsets.UTF_8));
    }
}
