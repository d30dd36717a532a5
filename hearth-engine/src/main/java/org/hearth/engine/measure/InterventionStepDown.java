package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.hearth.engine.explain.Deferred;
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
        implements DataMeasure {

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
    public Status test(MeasureContext context, Witness witness) {
        LocalDate day = context.referenceDay();
        Intervention intervention = context.intervention();
        if (intervention == null) {
            witness.says("the family was not engaged in an intervention on %s", day);
            return Status.NOT_MET;
        }
        List<Candidate> candidates = candidates(intervention, day);
        if (candidates.isEmpty()) {
            witness.says("intervention %s (engaged %s at %s) had not %s after engagement by %s",
                    intervention.interventionId(), intervention.engagedOn(), code(intervention.tier()),
                    Deferred.words(() -> Vocabulary.code(change).replace('_', ' ')), day);
            return Status.NOT_MET;
        }
        for (int i = 0; i < candidates.size(); i++) {
            Witness tried = witness.part();
            if (sustained(context, intervention, candidates.get(i), tried)) {
                witness.keepOnly(tried);
                return Status.MET;
            }
        }
        if (candidates.size() > 1) {
            witness.says("neither change was sustained");
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
     * Whether the change was sustained: the witness hears the intervention, then the change and each
     * condition as a part of its own, and the records that break it.
     */
    private boolean sustained(MeasureContext context, Intervention intervention, Candidate candidate, Witness witness) {
        LocalDate day = context.referenceDay();
        LocalDate on = candidate.on();
        witness.says("intervention %s (engaged %s at %s)", intervention.interventionId(), intervention.engagedOn(),
                code(intervention.tier()));
        candidate.say(witness.part());
        boolean met = true;
        if (sustainedMonths > 0) {
            LocalDate due = on.plusMonths(sustainedMonths);
            met = !due.isAfter(day);
            if (met) {
                witness.part().says("%d months passed on %s", sustainedMonths, due);
            } else {
                witness.part().says("%d months pass on %s, after %s", sustainedMonths, due, day);
            }
        }
        TierChange stepUp = stepUpAfter(intervention, on, day);
        met &= stepUp == null;
        if (stepUp == null) {
            witness.part().says("no step up since");
        } else {
            witness.part().says("stepped up to %s on %s (%s)", code(stepUp.tier()), stepUp.date(), stepUp.recordId());
        }
        for (RecordSelection repeat : noRepeatOf) {
            List<TimelineRecord> found = context.records(repeat, People.FAMILY).stream()
                    .filter(record -> record.start().isAfter(on) && !record.start().isAfter(day)).toList();
            met &= found.isEmpty();
            witness.cites(found);
            if (found.isEmpty()) {
                witness.part().says("no %s since", repeat);
            } else {
                witness.part().says("then %d of %s", found.size(), repeat);
            }
        }
        return met;
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

    /** A tier's code, worked out only when the explanation is read. */
    private static Deferred code(Tier tier) {
        return Deferred.words(() -> Vocabulary.code(tier));
    }

    /** A closure ({@code step} null) or a step down from a tier, on a day. */
    private record Candidate(LocalDate on, Tier from, TierChange step, Intervention intervention) {

        void say(Witness witness) {
            if (step != null) {
                witness.says("stepped down from %s to %s on %s (%s)", code(from), code(step.tier()), step.date(),
                        step.recordId());
            } else if (intervention.closureReason() == null) {
                witness.says("closed on %s", intervention.closedOn());
            } else {
                witness.says("closed on %s (%s)", intervention.closedOn(), intervention.closureReason());
            }
        }
    }

    /** Data first: the intervention and its tiers are always recorded. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return true;
    }

    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.EVERY_DAY;
    }

    @Override
    public Set<String> reads() {
        return RecordSelection.kinds(noRepeatOf, INTERVENTIONS);
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
