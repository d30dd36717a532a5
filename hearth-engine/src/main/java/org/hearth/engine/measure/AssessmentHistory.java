package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.hearth.engine.explain.Deferred;
import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.AssessmentTool;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.ScoredAssessment;
import org.hearth.engine.timeline.Vocabulary;

/**
 * One subject's completions of one tool up to the reference day, earliest first (same-day completions
 * in record id order). The subjects are the people of the group, and for {@code people: family} also
 * the household, whose assessments (recorded against the family, not a person) are one subject more.
 * Completions after the reference day are left out: a decision on a day uses only what was known then.
 *
 * <p>Shared by {@link ScoreCrossing}, {@link ScoreImprovement} and {@link ScoreReached}, so that all
 * three pick the initial assessment and count months held the same way.
 *
 * @param subject a person id, or "household" and the family id
 */
record AssessmentHistory(String subject, List<ScoredAssessment> assessments) {

    AssessmentHistory {
        assessments = List.copyOf(assessments);
        if (assessments.isEmpty()) {
            throw new IllegalArgumentException("a history has at least one assessment");
        }
    }

    /** The histories of the group's people (and household) with at least one completion of the tool. */
    /** The assessments made with the tool, as a record selection. */
    static RecordSelection selection(AssessmentTool tool) {
        return BY_TOOL.get(tool);
    }

    /** Each tool's selection, made when this class loads and never changed. */
    private static final Map<AssessmentTool, RecordSelection> BY_TOOL = new EnumMap<>(AssessmentTool.class);

    static {
        for (AssessmentTool tool : AssessmentTool.values()) {
            BY_TOOL.put(tool, RecordSelection.of(RecordKind.ASSESSMENTS, Map.of("tool", Vocabulary.code(tool))));
        }
    }

    static List<AssessmentHistory> of(MeasureContext context, AssessmentTool tool, People people) {
        LocalDate day = context.referenceDay();
        List<ScoredAssessment> all = context.family().records(RecordKind.ASSESSMENTS);
        if (!anyOf(all, tool, day)) {
            return List.of(); // most families have no completion of most tools
        }
        List<AssessmentHistory> histories = new ArrayList<>();
        for (Person person : context.people(people)) {
            add(histories, person.personId(), tool, all, day, a -> person.personId().equals(a.personId()));
        }
        if (people.includesHousehold() && context.onlyPerson() == null) {
            add(histories, "household " + context.family().familyId(), tool, all, day, a -> a.personId() == null);
        }
        return histories;
    }

    private static boolean anyOf(List<ScoredAssessment> all, AssessmentTool tool, LocalDate day) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).tool() == tool && !all.get(i).date().isAfter(day)) {
                return true;
            }
        }
        return false;
    }

    private static void add(List<AssessmentHistory> histories, String subject, AssessmentTool tool,
                            List<ScoredAssessment> all, LocalDate day, Predicate<ScoredAssessment> whose) {
        List<ScoredAssessment> own = new ArrayList<>();
        for (ScoredAssessment assessment : all) {
            if (assessment.tool() == tool && !assessment.date().isAfter(day) && whose.test(assessment)) {
                own.add(assessment);
            }
        }
        if (!own.isEmpty()) {
            histories.add(new AssessmentHistory(subject, own));
        }
    }

    /**
     * The initial assessment: the latest on or before the identification day, or failing that the
     * earliest after it (a family is often first assessed a few days after engagement).
     */
    ScoredAssessment initial(LocalDate identifiedOn) {
        ScoredAssessment initial = assessments.get(0);
        for (ScoredAssessment assessment : assessments) {
            if (!assessment.date().isAfter(identifiedOn)) {
                initial = assessment;
            }
        }
        return initial;
    }

    /** The latest completion on or before the reference day. */
    ScoredAssessment latest() {
        return assessments.get(assessments.size() - 1);
    }

    /** The completions after the given one, earliest first. */
    List<ScoredAssessment> after(ScoredAssessment assessment) {
        return assessments.subList(assessments.indexOf(assessment) + 1, assessments.size());
    }

    /** The completions dated from the day to the reference day, earliest first. */
    List<ScoredAssessment> from(LocalDate day) {
        return assessments.stream().filter(a -> !a.date().isBefore(day)).toList();
    }

    /**
     * The first of the unbroken run of completions after {@code initial} that satisfy the condition
     * and end with the latest; null when the latest does not satisfy it or is the initial itself.
     */
    ScoredAssessment runStart(ScoredAssessment initial, Predicate<ScoredAssessment> holds) {
        List<ScoredAssessment> later = after(initial);
        ScoredAssessment start = null;
        for (int i = later.size() - 1; i >= 0 && holds.test(later.get(i)); i--) {
            start = later.get(i);
        }
        return start;
    }

    /** The given completion and those after it, earliest first. */
    List<ScoredAssessment> since(ScoredAssessment assessment) {
        return assessments.subList(assessments.indexOf(assessment), assessments.size());
    }

    /** "dash_ric 16 on 2015-06-01", worked out only when an explanation is read. */
    static Deferred describe(ScoredAssessment assessment) {
        return Deferred.words(() -> Vocabulary.code(assessment.tool()) + " " + assessment.result() + " on "
                + assessment.date());
    }

    /** "16", "moderate": the result alone, worked out only when an explanation is read. */
    static Deferred result(ScoredAssessment assessment) {
        return Deferred.words(assessment::result);
    }

    /**
     * How long a result has held: from the first assessment of its run to the reference day, against
     * the months needed. Met when {@code since + needed months <= day}, so a run from 31 August has
     * held three months on 30 November. Its text is built only when an explanation is read.
     */
    record Held(LocalDate since, LocalDate day, int needed) {

        boolean met() {
            return !since.plusMonths(needed).isAfter(day);
        }

        /** Whole months held: the largest m with {@code since + m months <= day}. */
        int months() {
            int months = (int) java.time.Period.between(since, day).toTotalMonths();
            while (!since.plusMonths(months + 1L).isAfter(day)) {
                months++;
            }
            return Math.max(months, 0);
        }

        /** "held 2 months to 2015-12-01, 3 months needed (not before 2015-12-15)". */
        @Override
        public String toString() {
            return "held " + Figures.count(months(), "month", "months") + " to " + day + ", "
                    + Figures.count(needed, "month", "months") + " needed"
                    + (met() ? "" : " (not before " + since.plusMonths(needed) + ")");
        }
    }
}
