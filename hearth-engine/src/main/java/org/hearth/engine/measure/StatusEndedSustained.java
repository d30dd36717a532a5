package org.hearth.engine.measure;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A status that ended, or stepped down, and did not come back for a number of months: "child and
 * family removed from child protection plan and no repeat plan within a minimum 6 month period"
 * (Southwark 3.5), "no longer receive a statutory social work service and not re-referred for 6
 * months" (3.4), "a looked-after child who returns home safely for six months and is not subject to a
 * CP plan" (3.9), "step down from CP or CIN, sustained for at least 6 months" (Worcestershire).
 *
 * <pre>
 * type: status_ended_sustained
 * records: social_care
 * where: {episode_type: child_protection_plan}
 * people: children
 * quantifier: every
 * sustained_months: 6
 * no_repeat_of:                         # optional: none of these may start after the status ended
 *   - {records: social_care, where: {episode_type: child_protection_plan}}
 *   - {records: referrals, where: {referred_to: childrens_social_care}}
 * stepped_down_to:                      # optional: such a spell must begin within 31 days of the end
 *   {records: social_care, where: {episode_type: [early_help, child_in_need]}}
 * </pre>
 *
 * <p>Rule: a person is in scope when a matching spell of theirs was open on any day from the
 * identification day to the reference day. For each person in scope: every matching spell has ended;
 * the last end E is at least {@code sustained_months} before the reference day (E + months ≤ day);
 * no {@code no_repeat_of} record about them (or the household) starts after E up to the day; and with
 * {@code stepped_down_to}, a matching spell starts within 31 days after E. Nobody in scope: not
 * applicable. When the status has ended but the months have not passed, the result is not met and the
 * explanation gives the date on which it would be.
 */
public record StatusEndedSustained(RecordSelection selection, People people, Quantifier quantifier,
                                   Integer sustainedMonths, List<RecordSelection> noRepeatOf,
                                   RecordSelection steppedDownTo) implements Measure {

    public StatusEndedSustained {
        people = people == null ? new People(People.Group.CHILDREN, null, null) : people;
        quantifier = quantifier == null ? Quantifier.EVERY : quantifier;
        sustainedMonths = sustainedMonths == null ? 6 : sustainedMonths;
        noRepeatOf = noRepeatOf == null ? List.of() : List.copyOf(noRepeatOf);
    }

    @JsonCreator
    static StatusEndedSustained fromPlan(@JsonProperty("records") String records,
                                         @JsonProperty("where") Map<String, Object> where,
                                         @JsonProperty("people") People people,
                                         @JsonProperty("quantifier") Quantifier quantifier,
                                         @JsonProperty("sustained_months") Integer sustainedMonths,
                                         @JsonProperty("no_repeat_of") List<RecordSelection> noRepeatOf,
                                         @JsonProperty("stepped_down_to") RecordSelection steppedDownTo) {
        return new StatusEndedSustained(new RecordSelection(records, where), people, quantifier, sustainedMonths,
                noRepeatOf, steppedDownTo);
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
