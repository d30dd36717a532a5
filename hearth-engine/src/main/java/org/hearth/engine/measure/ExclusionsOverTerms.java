package org.hearth.engine.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import org.hearth.engine.timeline.Exclusion;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.Vocabulary;

/**
 * Exclusions over a number of full terms, per child: "fewer than 3 fixed-term exclusions over the last
 * 3 full terms" (outcome, every child), "at least 3 fixed-term exclusions in the last 3 consecutive
 * terms" (indicator, any child), "fewer than 5 days' exclusion from primary school", "no permanent
 * exclusion".
 *
 * <pre>
 * type: exclusions_over_terms
 * people: school_age_children
 * quantifier: every
 * terms: 3
 * terms_ending: reference_day      # or before_identification_quarter
 * count: fixed_term_exclusions     # or fixed_term_days, permanent_exclusions
 * phases: [primary]                # optional: only exclusions from schools of these phases
 * fewer_than: 3                    # or at_least: 3
 * </pre>
 *
 * <p>Rule: for each child, the exclusions whose date falls within the span from the first term's start
 * to the last term's end are counted (or their days summed). Exactly one of fewer_than and at_least.
 * Outcome terms must end after identification (else too early). Children with no exclusion records
 * count zero (absence of exclusions is the normal case, unlike attendance).
 *
 * <p>Settled here: exclusions in the holidays between the terms fall within the span and count; days
 * are summed exactly (they are recorded in halves), so 4.5 days is fewer than 5 and 5.0 is not.
 */
public record ExclusionsOverTerms(People people, Quantifier quantifier, Integer terms, TermsEnding termsEnding,
                                  Count count, List<Exclusion.Phase> phases, Double fewerThan, Double atLeast)
        implements DataMeasure {

    private static final double HALF_DAYS_LIMIT = 1e6;
    /** The measure's sentence: who needs how many over which terms, and how many of them do. */
    private static final String HEADING = "%s the %s needs %s %s over %s, %d of %d do";

    public ExclusionsOverTerms {
        people = people == null ? People.of(People.Group.SCHOOL_AGE_CHILDREN, null, null) : people;
        quantifier = quantifier == null ? Quantifier.EVERY : quantifier;
        terms = terms == null ? 3 : terms;
        termsEnding = termsEnding == null ? TermsEnding.REFERENCE_DAY : termsEnding;
        phases = phases == null ? List.of() : List.copyOf(phases);
        if ((fewerThan == null) == (atLeast == null)) {
            throw new IllegalArgumentException("give exactly one of fewer_than and at_least");
        }
        if (terms < 1) {
            throw new IllegalArgumentException("terms must be at least 1, not " + terms);
        }
        if (count == null) {
            throw new IllegalArgumentException("exclusions_over_terms needs count: fixed_term_exclusions, "
                    + "fixed_term_days or permanent_exclusions");
        }
    }

    /** What is counted. */
    public enum Count { FIXED_TERM_EXCLUSIONS, FIXED_TERM_DAYS, PERMANENT_EXCLUSIONS }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        // What an earlier day decided settles the status, but an explanation quotes each child's count.
        Status known = witness.decisionOnly()
                ? context.recalled(this, FullTerms.of(context, termsEnding, terms).terms(), null) : null;
        if (known != null) {
            return known;
        }
        FullTerms.Scope scope = FullTerms.scope(context, people, termsEnding, terms, witness);
        if (scope.instead() != null) {
            return scope.instead();
        }
        List<Person> children = scope.children();
        FullTerms window = scope.terms();
        if (context.family().records(RecordKind.EXCLUSIONS).isEmpty()) { // every child counts nothing
            int met = withinThreshold(0) ? children.size() : 0;
            witness.says(HEADING + ": no exclusion is recorded for anyone in the family", quantifierWords(), people,
                    relation(), new Amount(this, threshold(), null, true), window, met, children.size());
            return InScope.status(quantifier, children.size(), met, Status.NOT_APPLICABLE);
        }
        DateRange span = window.span();
        Amount needed = new Amount(this, threshold(), null, false);
        FullTerms.Labels labels = window.labels();
        int met = 0;
        for (int i = 0; i < children.size(); i++) {
            met += meets(context, children.get(i), span, needed, labels, witness.part()) ? 1 : 0;
        }
        witness.says(HEADING, quantifierWords(), people, relation(), new Amount(this, threshold(), null, true), window,
                met, children.size());
        return context.remember(this, window.terms(), null,
                InScope.status(quantifier, children.size(), met, Status.NOT_APPLICABLE));
    }

    /**
     * The child's test, told to the witness, counted without gathering the exclusions: a number of exclusions, or of days
     * when every day and the threshold are whole or half days (as schools record them), whose sums in
     * binary floating point are exact, so that they compare as the decimals do. Other days are added
     * as decimals. A count of exclusions, a whole number, compares with the threshold as it would with
     * the threshold's decimal digits, as no other double lies between them, so it needs none.
     */
    private boolean meets(MeasureContext context, Person child, DateRange span, Amount needed, FullTerms.Labels terms,
                          Witness witness) {
        List<Exclusion> all = context.records(RecordKind.EXCLUSIONS, child);
        int exclusions = 0;
        double days = 0;
        boolean halves = true;
        for (int i = 0; i < all.size(); i++) {
            Exclusion exclusion = all.get(i);
            if (span.contains(exclusion.date()) && counts(exclusion)) {
                exclusions++;
                days += exclusion.days();
                halves &= halfDays(exclusion.days());
            }
        }
        Amount total;
        boolean met;
        if (count != Count.FIXED_TERM_DAYS) {
            total = new Amount(this, exclusions, null, true);
            met = withinThreshold(exclusions);
        } else if (halves && halfDays(threshold())) {
            total = new Amount(this, days, null, true);
            met = withinThreshold(days);
        } else {
            BigDecimal exact = days(counted(context, child, span));
            total = new Amount(this, days, exact, true);
            int order = exact.compareTo(BigDecimal.valueOf(threshold()));
            met = fewerThan != null ? order < 0 : order >= 0;
        }
        witness.says("%s: %s over %s, %s %s needed: %s", child.personId(), total, terms, relation(), needed,
                met ? "met" : "not met");
        witness.cites(() -> counted(context, child, span));
        return met;
    }

    /** The child's exclusions of the kind counted, dated in the span of the terms. */
    private List<Exclusion> counted(MeasureContext context, Person child, DateRange span) {
        List<Exclusion> counted = new ArrayList<>();
        for (Exclusion exclusion : context.records(RecordKind.EXCLUSIONS, child)) {
            if (span.contains(exclusion.date()) && counts(exclusion)) {
                counted.add(exclusion);
            }
        }
        return counted;
    }

    private double threshold() {
        return fewerThan != null ? fewerThan : atLeast;
    }

    /** True when the total is fewer than, or at least, the threshold, as the plan asks. */
    private boolean withinThreshold(double total) {
        return fewerThan != null ? total < fewerThan : total >= atLeast;
    }

    private String relation() {
        return fewerThan != null ? "fewer than" : "at least";
    }

    private String quantifierWords() {
        return quantifier == Quantifier.EVERY ? "every one of" : "any one of";
    }

    /** A whole or half number of days, small enough that sums of such are exact doubles. */
    private static boolean halfDays(double days) {
        return days * 2 == Math.rint(days * 2) && Math.abs(days) < HALF_DAYS_LIMIT;
    }

    private boolean counts(Exclusion exclusion) {
        Exclusion.Type wanted = count == Count.PERMANENT_EXCLUSIONS ? Exclusion.Type.PERMANENT : Exclusion.Type.FIXED_TERM;
        return exclusion.type() == wanted && (phases.isEmpty() || phases.contains(exclusion.phase()));
    }

    /** The exclusions' days, added as decimals. */
    private static BigDecimal days(List<Exclusion> counted) {
        BigDecimal days = BigDecimal.ZERO;
        for (Exclusion exclusion : counted) {
            days = days.add(BigDecimal.valueOf(exclusion.days()));
        }
        return days;
    }

    /** "fixed-term exclusions from primary schools", "day of fixed-term exclusion". */
    private String what(boolean one) {
        String from = "";
        if (!phases.isEmpty()) {
            StringJoiner names = new StringJoiner(" or ");
            for (Exclusion.Phase phase : phases) {
                names.add(Vocabulary.code(phase).replace('_', ' '));
            }
            from = " from " + names + " schools";
        }
        return switch (count) {
            case FIXED_TERM_EXCLUSIONS -> (one ? "fixed-term exclusion" : "fixed-term exclusions") + from;
            case FIXED_TERM_DAYS -> (one ? "day" : "days") + " of fixed-term exclusion" + from;
            case PERMANENT_EXCLUSIONS -> (one ? "permanent exclusion" : "permanent exclusions") + from;
        };
    }

    /**
     * A number of exclusions or days as explanations quote it, written only when read: "4.5", or named,
     * "1 day of fixed-term exclusion". Exclusions and whole or half days are exact as a double; other
     * days are given as their exact decimal sum.
     */
    private record Amount(ExclusionsOverTerms measure, double value, BigDecimal exact, boolean named) {
        @Override
        public String toString() {
            BigDecimal amount = exact != null ? exact : BigDecimal.valueOf(value);
            BigDecimal stripped = amount.stripTrailingZeros();
            String plain = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
            return named ? plain + " " + measure.what(amount.compareTo(BigDecimal.ONE) == 0) : plain;
        }
    }

    /**
     * Data first: the census reports on its children since the problem was identified (attendance or
     * exclusions): a child in the census with no exclusion was not excluded.
     */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(RecordSelection.of(RecordKind.ATTENDANCE), people)
                || context.holdsRecordsSinceIdentified(RecordSelection.of(RecordKind.EXCLUSIONS), people);
    }

    /** At least some exclusions need an exclusion dated on or before the day; other tests may hold any day. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return atLeast != null && atLeast > 0
                ? MeetableDays.selected(RecordSelection.of(RecordKind.EXCLUSIONS), family, Long.MAX_VALUE)
                : MeetableDays.EVERY_DAY;
    }

    @Override
    public Set<String> reads() {
        return Set.of(RecordKind.EXCLUSIONS.name(), RecordKind.ATTENDANCE.name());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
