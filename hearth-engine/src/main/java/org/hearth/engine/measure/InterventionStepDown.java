package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hearth.engine.explain.Explanation;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Intervention.TierChange;
import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.TimelineRecord;
import org.hearth.engine.timeline.Vocabulary.Tier;
import org.hearth.engine.timeline.Vocabulary;

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
 *
 * <p>"After engagement" is strictly after the engagement day: a tier change on that day only sets the
 * tier the work began at. With {@code closed_or_stepped_down} both changes are tried, earliest first,
 * and either may meet the test. A re-opened case is a later intervention, which is then the one the
 * family is engaged in on the reference day, so its own closure or step-down must be sustained.
 */
public record InterventionStepDown(Change change, Integer sustainedMonths, List<RecordSelection> noRepeatOf)
        implements Measure {

    public InterventionStepDown {
        change = change == null ? Change.CLOSED_OR_STEPPED_DOWN : change;
        sustainedMonths = sustainedMonths == null ? 0 : sustainedMonths;
        noRepeatOf = noRepeatOf == null ? List.of() : List.copyOf(noRepeatOf);
        if (sustainedMonths < 0) {
            throw new IllegalArgumentException("sustained_months must not be negative");
        }
    }

    /** Which change counts. */
    public enum Change { CLOSED, STEPPED_DOWN, CLOSED_OR_STEPPED_DOWN }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        LocalDate day = context.referenceDay();
        Intervention intervention = context.intervention();
        if (intervention == null) {
            return MeasureResult.notMet(Explanation.of("the family was not engaged in an intervention on %s", day));
        }
        String engaged = "intervention " + intervention.interventionId() + " (engaged " + intervention.engagedOn()
                + " at " + Vocabulary.code(intervention.tier()) + ")";
        List<Candidate> candidates = candidates(intervention, day);
        if (candidates.isEmpty()) {
            return MeasureResult.notMet(Explanation.of("%s had not %s after engagement by %s", engaged,
                    Vocabulary.code(change).replace('_', ' '), day));
        }
        List<Explanation> tried = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Finding finding = test(context, intervention, candidate, true);
            Explanation why = Explanation.of("%s: %s", engaged, finding.words()).citing(finding.cited());
            if (finding.met()) {
                return MeasureResult.met(why);
            }
            tried.add(why);
        }
        return MeasureResult.notMet(tried.size() == 1 ? tried.get(0)
                : Explanation.of("neither change was sustained", tried));
    }

    @Override
    public Status decide(MeasureContext context) {
        Intervention intervention = context.intervention();
        if (intervention == null) {
            return Status.NOT_MET;
        }
        for (Candidate candidate : candidates(intervention, context.referenceDay())) {
            if (test(context, intervention, candidate, false).met()) {
                return Status.MET;
            }
        }
        return Status.NOT_MET;
    }

    /** The closure and the first step down to a lower tier, as the plan allows, made after engagement by the day. */
    private List<Candidate> candidates(Intervention intervention, LocalDate day) {
        List<Candidate> candidates = new ArrayList<>();
        if (change != Change.CLOSED) {
            Tier before = intervention.tier();
            for (TierChange tierChange : intervention.tierChanges()) {
                if (tierChange.date().isAfter(day)) {
                    break;
                }
                if (tierChange.date().isAfter(intervention.engagedOn()) && tierChange.tier().level() < before.level()) {
                    candidates.add(new Candidate(tierChange.date(), before, tierChange, intervention));
                    break;
                }
                before = tierChange.tier();
            }
        }
        if (change != Change.STEPPED_DOWN && intervention.closedBy(day)
                && intervention.closedOn().isAfter(intervention.engagedOn())) {
            candidates.add(new Candidate(intervention.closedOn(), null, null, intervention));
        }
        candidates.sort(Comparator.comparing(Candidate::on));
        return candidates;
    }

    /**
     * Whether the change was sustained; with {@code explain}, in words and with the records that show
     * it, otherwise the answer alone.
     */
    private Finding test(MeasureContext context, Intervention intervention, Candidate candidate, boolean explain) {
        LocalDate day = context.referenceDay();
        LocalDate on = candidate.on();
        StringBuilder words = explain ? new StringBuilder(candidate.words()) : null;
        boolean met = true;
        if (sustainedMonths > 0) {
            LocalDate due = on.plusMonths(sustainedMonths);
            met = !due.isAfter(day);
            if (explain) {
                words.append(met ? "; " + sustainedMonths + " months passed on " + due
                        : "; " + sustainedMonths + " months pass on " + due + ", after " + day);
            }
        }
        TierChange stepUp = stepUpAfter(intervention, on, day);
        met &= stepUp == null;
        if (explain) {
            words.append(stepUp == null ? "; no step up since"
                    : "; stepped up to " + Vocabulary.code(stepUp.tier()) + " on " + stepUp.date()
                            + " (" + stepUp.recordId() + ")");
        }
        List<TimelineRecord> cited = new ArrayList<>();
        for (RecordSelection repeat : noRepeatOf) {
            List<TimelineRecord> found = context.records(repeat, People.FAMILY).stream()
                    .filter(record -> record.start().isAfter(on) && !record.start().isAfter(day)).toList();
            met &= found.isEmpty();
            cited.addAll(found);
            if (explain) {
                words.append(found.isEmpty() ? "; no " + repeat + " since"
                        : "; then " + found.size() + " of " + repeat);
            }
        }
        return new Finding(met, explain ? words.toString() : null, cited);
    }

    /** The first tier change after the day, up to the reference day, that raised the tier. */
    private static TierChange stepUpAfter(Intervention intervention, LocalDate after, LocalDate day) {
        Tier before = intervention.tier();
        for (TierChange tierChange : intervention.tierChanges()) {
            if (tierChange.date().isAfter(after) && !tierChange.date().isAfter(day)
                    && tierChange.tier().level() > before.level()) {
                return tierChange;
            }
            before = tierChange.tier();
        }
        return null;
    }

    /** A closure ({@code step} null) or a step down from a tier, on a day. */
    private record Candidate(LocalDate on, Tier from, TierChange step, Intervention intervention) {

        String words() {
            if (step != null) {
                return "stepped down from " + Vocabulary.code(from) + " to " + Vocabulary.code(step.tier()) + " on "
                        + step.date() + " (" + step.recordId() + ")";
            }
            return "closed on " + intervention.closedOn()
                    + (intervention.closureReason() == null ? "" : " (" + intervention.closureReason() + ")");
        }
    }

    /** Whether one change was sustained, in words, with the records that show it. */
    private record Finding(boolean met, String words, List<TimelineRecord> cited) {
    }

    @Override
    public List<Measure> parts() {
        return List.of();
    }

    @Override
    public List<String> questions(String outcomeId) {
        return List.of();
    }

    @Override
    public MeetableDays meetableDays(FamilyTimeline family) {
        return MeetableDays.EVERY_DAY;
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
