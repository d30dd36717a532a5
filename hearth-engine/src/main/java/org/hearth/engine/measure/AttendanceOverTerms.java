package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;

/**
 * Each child's school attendance (or absence) over a number of full terms taken together, compared
 * with a threshold that may change on a date: "every child in the household has attended school in
 * excess of 90% over three consecutive terms" (Southwark 2.1); Sunderland's 85% becoming 90% from
 * September 2015; Worcestershire's absence under 15%, 10% for claims from April 2016; persistent
 * absence as an indicator (attendance at most 90%, any child).
 *
 * <pre>
 * type: attendance_over_terms
 * people: school_age_children
 * quantifier: every            # every child in scope, or any one
 * terms: 3
 * terms_ending: reference_day  # or before_identification_quarter
 * of: attendance               # or absence
 * comparison: above            # above, at_least, below, at_most
 * percent: 90                  # or dated steps
 * absence_counted: all         # or unauthorised
 * </pre>
 *
 * <p>Rule: the rate is summed sessions over the terms (attended ÷ possible, or absent ÷ possible),
 * as an exact fraction compared with the threshold in force on the reference day. A child in scope
 * with no attendance record for one of the terms fails (the data cannot show progress). When
 * testing an outcome, every term looked at must end after the identification day; if the last
 * terms do not, the result is too early. Nobody in scope: not applicable.
 *
 * <p>Settled here: terms before the quarter of identification are a baseline, so the too-early rule
 * does not apply to them; a child whose records show no possible sessions over the terms fails, as
 * the rate cannot be worked out; a term with two records (a change of school) counts both; with no
 * threshold in force on the reference day (every step starts later) the measure is not met.
 */
public record AttendanceOverTerms(People people, Quantifier quantifier, Integer terms, TermsEnding termsEnding,
                                  Of of, Comparison comparison, DatedValue percent, AbsenceCounted absenceCounted)
        implements DataMeasure {

    /** The measure's sentence: who needs which rate over which terms, and how many of them have it. */
    private static final String HEADING = "%s the %s needs %s %s (the threshold on %s) over %s, %d of %d do";

    public AttendanceOverTerms {
        people = people == null ? People.of(People.Group.SCHOOL_AGE_CHILDREN, null, null) : people;
        quantifier = quantifier == null ? Quantifier.EVERY : quantifier;
        terms = terms == null ? 3 : terms;
        termsEnding = termsEnding == null ? TermsEnding.REFERENCE_DAY : termsEnding;
        of = of == null ? Of.ATTENDANCE : of;
        absenceCounted = absenceCounted == null ? AbsenceCounted.ALL : absenceCounted;
        if (terms < 1) {
            throw new IllegalArgumentException("terms must be at least 1, not " + terms);
        }
        if (comparison == null) {
            throw new IllegalArgumentException("attendance_over_terms needs a comparison: above, at_least, below or at_most");
        }
        if (percent == null) {
            throw new IllegalArgumentException("attendance_over_terms needs a percent");
        }
    }

    /** Which rate is compared. */
    public enum Of { ATTENDANCE, ABSENCE }

    /** Which absences count against attendance. */
    public enum AbsenceCounted { ALL, UNAUTHORISED }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        LocalDate day = context.referenceDay();
        BigDecimal threshold = percent.on(day);
        // What an earlier day decided settles the status, but an explanation quotes each child's figures.
        Status known = witness.decisionOnly()
                ? context.recalled(this, FullTerms.of(context, termsEnding, terms).terms(), threshold) : null;
        if (known != null) {
            return known;
        }
        FullTerms.Scope scope = FullTerms.scope(context, people, termsEnding, terms, witness);
        if (scope.instead() != null) {
            return scope.instead();
        }
        if (threshold == null) {
            witness.says("no %s threshold is in force on %s (the plan's steps: %s)", rateName(), day, percent);
            return Status.NOT_MET;
        }
        List<Person> children = scope.children();
        FullTerms window = scope.terms();
        if (context.family().records(RecordKind.ATTENDANCE).isEmpty()) { // no child has a record for the terms
            witness.says(HEADING + ": no attendance is recorded for anyone in the family", quantifierWords(), people,
                    rateName(), new Needed(comparison, threshold), day, window, 0, children.size());
            return InScope.status(quantifier, children.size(), 0, Status.NOT_APPLICABLE);
        }
        Needed needed = new Needed(comparison, threshold);
        FullTerms.Labels labels = window.labels();
        TermSessions sessions = new TermSessions(window.terms(), people, absenceCounted, witness);
        int met = 0;
        for (int i = 0; i < children.size(); i++) {
            Person child = children.get(i);
            met += childMeets(child, sessions.of(context, child), threshold, needed, labels, witness.part()) ? 1 : 0;
        }
        witness.says(HEADING, quantifierWords(), people, rateName(), needed, day, window, met, children.size());
        return context.remember(this, window.terms(), threshold,
                InScope.status(quantifier, children.size(), met, Status.NOT_APPLICABLE));
    }

    /** The child's test: every term recorded, some possible sessions, and the rate as the plan asks. */
    private boolean childMeets(Person child, TermSessions sessions, BigDecimal threshold, Needed needed,
                               FullTerms.Labels terms, Witness witness) {
        String id = child.personId();
        witness.cites(sessions.records());
        if (!sessions.complete()) {
            witness.says("%s: no attendance record for %s, so the rate over %s cannot be shown: not met", id,
                    sessions.missingTerms(), terms);
            return false;
        }
        if (sessions.possible() == 0) {
            witness.says("%s: no possible sessions recorded over %s: not met", id, terms);
            return false;
        }
        long counted = of == Of.ATTENDANCE ? sessions.attended() : sessions.absent();
        boolean met = Percentages.test(counted, sessions.possible(), comparison, threshold);
        witness.says("%s: %d of %d sessions %s over %s = %s, %s needed: %s", id, counted, sessions.possible(),
                sessionWords(), terms, Percentages.shown(counted, sessions.possible(), threshold), needed,
                met ? "met" : "not met");
        return met;
    }

    /** "above 90%": the comparison and the threshold in force, written only when read. */
    private record Needed(Comparison comparison, BigDecimal threshold) {
        @Override
        public String toString() {
            return comparison.words() + " " + Figures.percent(threshold);
        }
    }

    private String quantifierWords() {
        return quantifier == Quantifier.EVERY ? "every one of" : "any one of";
    }

    private String rateName() {
        return of == Of.ATTENDANCE ? "attendance" : absenceCounted == AbsenceCounted.ALL ? "absence" : "unauthorised absence";
    }

    private String sessionWords() {
        if (of == Of.ATTENDANCE) {
            return absenceCounted == AbsenceCounted.ALL ? "attended" : "attended or absent with authorisation";
        }
        return absenceCounted == AbsenceCounted.ALL ? "missed" : "missed without authorisation";
    }

    /** Data first: the attendance records about its children since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(RecordSelection.of(RecordKind.ATTENDANCE), people);
    }

    /** A child with no record for a term fails, so a family with no attendance record fails every day. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return family.records(RecordKind.ATTENDANCE).isEmpty() ? MeetableDays.NO_DAY : MeetableDays.EVERY_DAY;
    }

    @Override
    public Set<String> reads() {
        return Set.of(RecordKind.ATTENDANCE.name());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
