package org.hearth.engine.measure;

import java.util.List;

import org.hearth.engine.timeline.BenefitSpell;

/**
 * A Universal Credit claimant whose earnings met the administrative earnings threshold in every
 * assessment period over a number of continuous weeks: Southampton's £338 a month for a single
 * person or £541 for a couple for 26 continuous weeks; Sunderland's £330 for adults of 25 and over,
 * £270 under 25.
 *
 * <pre>
 * type: earnings_threshold
 * people: adults
 * weeks: 26
 * thresholds:                     # the first band that fits the period's claim and the person's age applies
 *   - claim_type: single
 *     monthly_gbp: 338            # or dated steps
 *   - claim_type: couple
 *     monthly_gbp: 541
 * </pre>
 *
 * <p>Rule: the window is the {@code weeks} whole weeks ending on the reference day. A person meets it
 * when a Universal Credit spell covers the reference day, their earnings periods cover every day of
 * the window with no gap, and each period overlapping the window earned at least the threshold in
 * force at the period's end for the first band whose claim type (if given) and ages (the person's age
 * at the period's end, if given) fit. A period with no fitting band fails, saying so. Met when any
 * person in the group meets it. The window must start on or after identification (else too early).
 */
public record EarningsThreshold(People people, Integer weeks, List<Band> thresholds) implements Measure {

    public EarningsThreshold {
        people = people == null ? new People(People.Group.ADULTS, null, null) : people;
        weeks = weeks == null ? 26 : weeks;
        if (thresholds == null || thresholds.isEmpty()) {
            throw new IllegalArgumentException("earnings_threshold needs at least one threshold");
        }
        thresholds = List.copyOf(thresholds);
    }

    /** A monthly threshold for a claim type and age band; unset fields fit anything. */
    public record Band(BenefitSpell.ClaimType claimType, Integer minAge, Integer maxAge, DatedValue monthlyGbp) {
        public Band {
            if (monthlyGbp == null) {
                throw new IllegalArgumentException("a threshold needs monthly_gbp");
            }
        }
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
