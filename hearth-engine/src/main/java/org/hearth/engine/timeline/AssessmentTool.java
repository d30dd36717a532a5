package org.hearth.engine.timeline;

import java.util.List;

/**
 * The standardised tools the plans use to measure risk, behaviour, wellbeing and work readiness.
 * Each says whether a lower or a higher result is better, and whether it gives a numeric score or
 * an ordered level (levels listed from best to worst).
 */
public enum AssessmentTool {
    /** Strengths and Difficulties Questionnaire, total difficulties 0 to 40; above 18 is clinically high. */
    SDQ(Better.LOWER, List.of()),
    /** Parenting Scale total; lower is better. */
    PARENTING_SCALE(Better.LOWER, List.of()),
    /** CAADA/SafeLives DASH risk identification checklist, 0 to 24; 14 or more is high risk. */
    DASH_RIC(Better.LOWER, List.of()),
    /** Barnardo's domestic violence risk identification matrix. */
    BARNARDOS_DV_MATRIX(Better.LOWER, List.of("standard", "medium", "high", "very_high")),
    /** Warwick-Edinburgh Mental Wellbeing Scale, 14 to 70; higher is better. */
    WEMWBS(Better.HIGHER, List.of()),
    /** Depression Anxiety and Stress Scale total; lower is better. */
    DASS(Better.LOWER, List.of()),
    /** Outcomes Star family star, 1 to 10 on the journey of change; 7 to 10 is the goal. */
    FAMILY_STAR(Better.HIGHER, List.of()),
    /** Eyberg Child Behaviour Inventory intensity score; lower is better. */
    EYBERG(Better.LOWER, List.of()),
    /** Impact of the issues recorded in an Early Help Assessment (Worcestershire). */
    EARLY_HELP_IMPACT(Better.LOWER, List.of("none", "minor", "moderate", "significant")),
    /** Child sexual exploitation risk level. */
    CSE_RISK(Better.LOWER, List.of("none", "low", "medium", "high")),
    /** Gang affiliation risk level (Southwark Anti-Violence Unit). */
    GANG_RISK(Better.LOWER, List.of("none", "low", "medium", "high")),
    /** DWP five stages to work, 1 (furthest) to 5 (job ready). */
    DWP_FIVE_STAGES(Better.HIGHER, List.of()),
    /** Public health nurse's assessed vulnerability (Southampton ECHO/FNP). */
    PUBLIC_HEALTH_VULNERABILITY(Better.LOWER, List.of("universal", "universal_plus", "partnership_plus")),
    /** A validated wellbeing or risk measure the plan does not name ("or similar"). */
    OTHER_VALIDATED_SCORE(Better.HIGHER, List.of());

    /** Which direction is improvement. */
    public enum Better { LOWER, HIGHER }

    private final Better better;
    private final List<String> levels;

    AssessmentTool(Better better, List<String> levels) {
        this.better = better;
        this.levels = levels;
    }

    public Better better() {
        return better;
    }

    /** True when the tool records a level (such as "moderate") rather than a number. */
    public boolean levelled() {
        return !levels.isEmpty();
    }

    /** The levels from least to most concern. */
    public List<String> levels() {
        return levels;
    }
}
