package org.hearth.engine.measure;

import java.util.List;

/**
 * The family's intervention closed, or stepped down to a lower tier of support, and stayed down:
 * "Early Help intervention completed, case closed and no repeat referrals in the following 6 months"
 * (Southwark 3.6), "referred case closed and there are no repeat referrals in a 6 month period"
 * (Sunderland), "at case closure or step down to less intensive support" (Worcestershire's sustained
 * test, with no months).
 *
 * <pre>
 * type: intervention_step_down
 * change: closed                 # closed, stepped_down, or closed_or_stepped_down
 * sustained_months: 6            # optional; 0 when not given
 * no_repeat_of:                  # optional: none of these may start after the change
 *   - {records: referrals, where: {referred_to: [early_help, childrens_social_care]}}
 * </pre>
 *
 * <p>Rule: take the intervention the family was engaged in on the reference day. The change is its
 * closure or its first step to a lower tier (a tier change whose tier is lower than the one before)
 * made after engagement and on or before the reference day. Met when such a change happened on day C,
 * C + months ≤ the reference day, no tier change raised the tier again after C, the case was not
 * re-opened (a later intervention) and no {@code no_repeat_of} record about the family starts after
 * C. No intervention: not met.
 */
public record InterventionStepDown(Change change, Integer sustainedMonths, List<RecordSelection> noRepeatOf)
        implements Measure {

    public InterventionStepDown {
        change = change == null ? Change.CLOSED_OR_STEPPED_DOWN : change;
        sustainedMonths = sustainedMonths == null ? 0 : sustainedMonths;
        noRepeatOf = noRepeatOf == null ? List.of() : List.copyOf(noRepeatOf);
    }

    /** Which change counts. */
    public enum Change { CLOSED, STEPPED_DOWN, CLOSED_OR_STEPPED_DOWN }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
