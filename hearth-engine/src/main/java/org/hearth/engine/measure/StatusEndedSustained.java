package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.TimelineRecord;

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
 *
 * <p>So a child protection plan whose last day was 2015-09-30 is sustained for 6 months on 2016-03-30
 * (2015-09-30 + 6 months) and not on 2016-03-29. A spell counts as ended when its end is on or before
 * the reference day; spells that start after the reference day are not yet known. A repeat plan that
 * starts after E is itself a matching spell: while it is open the status has not ended, and once it
 * ends its end is the new E. A stepped-down spell may start on E itself (services often record the new
 * spell from the day the old one closed) up to E + 31 days.
 */
public record StatusEndedSustained(RecordSelection selection, People people, Quantifier quantifier,
                                   Integer sustainedMonths, List<RecordSelection> noRepeatOf,
                                   RecordSelection steppedDownTo) implements DataMeasure {

    /** How long after the end a stepped-down spell may begin. */
    private static final int STEP_DOWN_DAYS = 31;

    public StatusEndedSustained {
        people = people == null ? People.of(People.Group.CHILDREN, null, null) : people;
        quantifier = quantifier == null ? Quantifier.EVERY : quantifier;
        sustainedMonths = sustainedMonths == null ? 6 : sustainedMonths;
        noRepeatOf = noRepeatOf == null ? List.of() : List.copyOf(noRepeatOf);
        if (sustainedMonths < 0) {
            throw new IllegalArgumentException("sustained_months must not be negative");
        }
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
    public Status test(MeasureContext context, Witness witness) {
        if (context.family().records(selection.kind()).isEmpty()) {
            return nobodyInScope(context, witness); // no spell, so nobody is in scope
        }
        int inScope = 0;
        int sustained = 0;
        for (Person person : context.people(people)) {
            List<TimelineRecord> spells = spellsInScope(context, person);
            if (spells != null) {
                inScope++;
                sustained += sustained(context, person, spells, witness.part()) ? 1 : 0;
            }
        }
        if (inScope == 0) {
            return nobodyInScope(context, witness);
        }
        witness.says("%s for %s, ended and sustained %d months: %d of %d in scope, %s needed", selection, people,
                sustainedMonths, sustained, inScope, quantifier == Quantifier.ANY ? "any one" : "every one");
        return InScope.status(quantifier, inScope, sustained, Status.NOT_APPLICABLE);
    }

    private Status nobodyInScope(MeasureContext context, Witness witness) {
        witness.says("no one among %s had %s open from %s to %s", people, selection, context.identifiedOn(),
                context.referenceDay());
        return Status.NOT_APPLICABLE;
    }

    /**
     * The person's spells begun by the reference day, when one of them was open on or after the day
     * the problem was identified (so the person is in scope); otherwise null.
     */
    private List<TimelineRecord> spellsInScope(MeasureContext context, Person person) {
        LocalDate day = context.referenceDay();
        List<TimelineRecord> spells = new ArrayList<>();
        boolean inScope = false;
        for (TimelineRecord spell : context.records(selection, person)) {
            if (!spell.start().isAfter(day)) {
                spells.add(spell);
                inScope |= spell.end() == null || !spell.end().isBefore(context.identifiedOn());
            }
        }
        return inScope ? spells : null;
    }

    /**
     * Whether the person's status ended and stayed ended: the witness hears the person, each condition
     * as a part of its own, and the records that show it. The silent witness stops at the first
     * condition that fails.
     */
    private boolean sustained(MeasureContext context, Person person, List<TimelineRecord> spells, Witness witness) {
        LocalDate day = context.referenceDay();
        witness.says("%s", person.personId());
        LocalDate ended = null;
        boolean open = false;
        for (TimelineRecord spell : spells) {
            if (spell.end() == null || spell.end().isAfter(day)) {
                open = true;
            } else if (ended == null || spell.end().isAfter(ended)) {
                ended = spell.end();
            }
        }
        if (open) {
            witness.part().says("still open on %s", day);
            witness.cites(() -> spells.stream()
                    .filter(spell -> spell.end() == null || spell.end().isAfter(day)).toList());
            return false;
        }
        LocalDate last = ended;
        witness.cites(() -> spells.stream().filter(spell -> spell.end().equals(last)).toList());
        LocalDate due = ended.plusMonths(sustainedMonths);
        boolean met = !due.isAfter(day);
        if (met) {
            witness.part().says("ended %s; %d months passed on %s", ended, sustainedMonths, due);
        } else {
            witness.part().says("ended %s; %d months pass on %s, after %s", ended, sustainedMonths, due, day);
            if (witness.decisionOnly()) {
                return false;
            }
        }
        for (RecordSelection repeat : noRepeatOf) {
            List<TimelineRecord> found = startingAfter(context, repeat, person, ended);
            met &= found.isEmpty();
            if (!met && witness.decisionOnly()) {
                return false;
            }
            witness.cites(found);
            if (found.isEmpty()) {
                witness.part().says("no %s since", repeat);
            } else {
                witness.part().says("then %d of %s", found.size(), repeat);
            }
        }
        if (steppedDownTo != null) {
            LocalDate latest = ended.plusDays(STEP_DOWN_DAYS);
            TimelineRecord step = context.records(steppedDownTo, person).stream()
                    .filter(spell -> !spell.start().isBefore(last) && !spell.start().isAfter(latest)
                            && !spell.start().isAfter(day))
                    .findFirst().orElse(null);
            met &= step != null;
            if (step != null) {
                witness.cites(() -> List.of(step));
                witness.part().says("stepped down to %s from %s", steppedDownTo, step.start());
            } else {
                witness.part().says("no %s began from %s to %s", steppedDownTo, ended, latest);
            }
        }
        return met;
    }

    /** The person's records of the selection, and the household's, starting after the day up to the reference day. */
    private static List<TimelineRecord> startingAfter(MeasureContext context, RecordSelection selection, Person person,
                                                      LocalDate after) {
        List<TimelineRecord> found = new ArrayList<>();
        for (TimelineRecord record : context.family().records(selection.kind())) {
            boolean about = record.personId() == null || record.personId().equals(person.personId());
            if (about && record.start().isAfter(after) && !record.start().isAfter(context.referenceDay())
                    && selection.matches(record)) {
                found.add(record);
            }
        }
        return found;
    }

    /** Data first: records of its selection about its people since the problem was identified. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return context.holdsRecordsSinceIdentified(selection, people);
    }

    /** Met only once a spell has ended, so from the first day a selected spell ends. */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        return MeetableDays.afterFirstEnd(selection, family);
    }

    @Override
    public Set<String> reads() {
        List<RecordSelection> selections = new ArrayList<>(noRepeatOf);
        selections.add(selection);
        selections.add(steppedDownTo);
        return RecordSelection.kinds(selections);
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
