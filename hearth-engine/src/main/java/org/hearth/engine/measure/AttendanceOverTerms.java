package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.explain.Figures;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.SchoolTerm;

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
        implements Measure {

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
    public MeasureResult evaluate(MeasureContext context) {
        LocalDate day = context.referenceDay();
        FullTerms.Scope scope = FullTerms.scope(context, people, termsEnding, terms);
        if (scope.instead() != null) {
            return scope.instead();
        }
        List<Person> children = scope.children();
        FullTerms window = scope.terms();
        BigDecimal threshold = percent.on(day);
        if (threshold == null) {
            return MeasureResult.notMet(Explanation.of("no %s threshold is in force on %s (the plan's steps: %s)",
                    rateName(), day, percent));
        }
        String needed = Figures.percent(threshold);
        List<Explanation> parts = new ArrayList<>();
        int met = 0;
        for (Person child : children) {
            TermSessions sessions = TermSessions.of(context, child, window.terms(), absenceCounted);
            boolean childMet = childMeets(sessions, threshold);
            met += childMet ? 1 : 0;
            parts.add(explainChild(child, sessions, window, threshold, needed, childMet));
        }
        boolean result = InScope.status(quantifier, children.size(), met, Status.NOT_APPLICABLE) == Status.MET;
        return MeasureResult.of(result, Explanation.of(parts,
                "%s the %s needs %s %s %s (the threshold on %s) over %s, %d of %d do", quantifier == Quantifier.EVERY
                        ? "every one of" : "any one of", people, rateName(), comparison.words(), needed, day, window, met,
                children.size()));
    }

    @Override
    public Status decide(MeasureContext context) {
        FullTerms.Scope scope = FullTerms.scope(context, people, termsEnding, terms);
        if (scope.instead() != null) {
            return scope.instead().status();
        }
        BigDecimal threshold = percent.on(context.referenceDay());
        if (threshold == null) {
            return Status.NOT_MET;
        }
        if (context.family().records(RecordKind.ATTENDANCE).isEmpty()) { // no child has a record for the terms
            return InScope.status(quantifier, scope.children().size(), 0, Status.NOT_APPLICABLE);
        }
        List<SchoolTerm> terms = scope.terms().terms();
        Status known = context.recalled(this, terms, scope.children(), threshold);
        if (known != null) {
            return known;
        }
        int met = 0;
        TermSessions.Sums sums = new TermSessions.Sums(terms, absenceCounted);
        List<Person> children = scope.children();
        for (int i = 0; i < children.size(); i++) {
            met += childMeets(sums.of(context, children.get(i)), threshold) ? 1 : 0;
        }
        return context.remember(this, terms, scope.children(), threshold,
                InScope.status(quantifier, scope.children().size(), met, Status.NOT_APPLICABLE));
    }

    private boolean childMeets(TermSessions sessions, BigDecimal threshold) {
        return childMeets(sessions.missing().isEmpty(), counted(sessions), sessions.possible(), threshold);
    }

    private boolean childMeets(TermSessions.Sums sums, BigDecimal threshold) {
        return childMeets(sums.complete(), of == Of.ATTENDANCE ? sums.attended() : sums.absent(), sums.possible(),
                threshold);
    }

    /** Every term recorded, some possible sessions, and the rate as the plan asks. */
    private boolean childMeets(boolean everyTermRecorded, long counted, long possible, BigDecimal threshold) {
        return everyTermRecorded && possible > 0 && Percentages.test(counted, possible, comparison, threshold);
    }

    private long counted(TermSessions sessions) {
        return of == Of.ATTENDANCE ? sessions.attended() : sessions.absent();
    }

    private Explanation explainChild(Person child, TermSessions sessions, FullTerms window, BigDecimal threshold,
                                     String needed, boolean met) {
        String id = child.personId();
        if (!sessions.missing().isEmpty()) {
            return Explanation.of("%s: no attendance record for %s, so the rate over %s cannot be shown: not met", id,
                    sessions.missingTerms(), window.labels()).citing(sessions.records());
        }
        if (sessions.possible() == 0) {
            return Explanation.of("%s: no possible sessions recorded over %s: not met", id, window.labels())
                    .citing(sessions.records());
        }
        return Explanation.of("%s: %d of %d sessions %s over %s = %s, %s %s needed: %s", id, counted(sessions),
                sessions.possible(), sessionWords(), window.labels(),
                Percentages.shown(counted(sessions), sessions.possible(), threshold), comparison.words(), needed,
                met ? "met" : "not met").citing(sessions.records());
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

    @Override
    public List<Measure> parts() {
        return List.of();
    }

    @Override
    public List<String> questions(String outcomeId) {
        return List.of();
    }

    /** A child with no record for a term fails, so a family with no attendance record fails every day. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family) {
        return family.records(RecordKind.ATTENDANCE).isEmpty() ? MeetableDays.NO_DAY : MeetableDays.EVERY_DAY;
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
