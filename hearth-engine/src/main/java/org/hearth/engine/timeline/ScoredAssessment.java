package org.hearth.engine.timeline;

import java.time.LocalDate;

/**
 * One completion of a standardised tool for a person or the household.
 *
 * @param score the numeric result, for tools that score (null for levelled tools)
 * @param level the level reached, for levelled tools (null for scoring tools)
 */
public record ScoredAssessment(RecordId id, String personId, String familyId, AssessmentTool tool, LocalDate date,
                               Double score, String level, String source) implements TimelineRecord {

    /** The record with its source's identifier as text. */
    public ScoredAssessment(String recordId, String personId, String familyId, AssessmentTool tool, LocalDate date,
                            Double score, String level, String source) {
        this(RecordId.of(recordId), personId, familyId, tool, date, score, level, source);
    }

    public ScoredAssessment {
        Require.present(id, "record_id");
        Require.personOrFamily(personId, familyId);
        Require.present(tool, "tool");
        Require.present(date, "date");
        if (tool.levelled()) {
            Require.text(level, "level");
            if (!tool.levels().contains(level)) {
                throw new IllegalArgumentException("level '" + level + "' is not one of " + tool.levels()
                        + " for " + Vocabulary.code(tool));
            }
        } else {
            Require.present(score, "score");
        }
    }

    /**
     * The result on one axis where a larger number is always more concern: the score for tools where
     * lower is better, the negated score where higher is better, and the level's position for levels.
     */
    public double concern() {
        if (tool.levelled()) {
            return tool.levels().indexOf(level);
        }
        return tool.better() == AssessmentTool.Better.LOWER ? score : -score;
    }

    /** The result as a person would write it: the score, or the level's name. */
    public String result() {
        if (tool.levelled()) {
            return level;
        }
        return score == Math.rint(score) ? Long.toString(score.longValue()) : score.toString();
    }

    @Override
    public LocalDate start() {
        return date;
    }

    @Override
    public LocalDate end() {
        return date;
    }

    /** An event is whole on its day: known from then, not before. */
    @Override
    public ScoredAssessment asKnownOn(LocalDate day) {
        return date.isAfter(day) ? null : this;
    }

    @Override
    public RecordKind<ScoredAssessment> kind() {
        return RecordKind.ASSESSMENTS;
    }
}
