package org.hearth.engine.measure;

import java.util.List;

import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.Person;

/**
 * Met when all of its measures are met: the plans' "and". With {@code same_person: true} the parts
 * must all hold of one member ("a new mother who has a mental health problem"): each member of the
 * family is tried in turn, and the measure is met when every part is met for one of them.
 *
 * <p>Parts that are not applicable are left out; the whole is not applicable only when every part is.
 * When no part is met and one is too early, the whole is too early. With {@code same_person} the
 * same holds across the members: when no member meets every part, the whole is too early if it is
 * so for any member, and not applicable if it is so for every member (or there are no members).
 */
public record AllOf(List<Measure> of, Boolean samePerson) implements Combination {

    public AllOf {
        if (of == null || of.isEmpty()) {
            throw new IllegalArgumentException("all_of needs at least one measure");
        }
        of = List.copyOf(of);
        samePerson = samePerson != null && samePerson;
    }

    /** A worker assessment is never left out as not applicable, so one part that needs an answer makes the whole need it. */
    @Override
    public boolean needsKeyWorkersAnswer() {
        return Combined.somePart(of, Measure::needsKeyWorkersAnswer);
    }

    /**
     * Met only on a day some part may be met, and, since a part that needs a key worker's answer is never
     * left out as not applicable, only on a day each such part may be met.
     */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
        MeetableDays days = MeetableDays.anyPart(of, family, outcomeId);
        for (Measure part : of) {
            if (part.needsKeyWorkersAnswer()) {
                days = days.and(part.meetableDays(family, outcomeId));
            }
        }
        return days;
    }

    @Override
    public Status test(MeasureContext context, Witness witness) {
        if (!samePerson) {
            return together(context, witness);
        }
        List<Person> family = context.people(People.FAMILY);
        if (!family.isEmpty() && context.purpose() == MeasureContext.Purpose.IDENTIFICATION
                && unmetByAll(context, witness)) {
            return Status.NOT_MET;
        }
        Witness noneHas = partsNoMemberHas(context, witness, family.size());
        Combined.NoneMet unmet = new Combined.NoneMet();
        for (int i = 0; i < family.size(); i++) {
            String personId = family.get(i).personId();
            Witness member = witness.part();
            Status status = together(context.onlyFor(personId), member.part());
            if (status == Status.MET) {
                witness.says("all met by %s", personId);
                witness.keepOnly(member);
                return Status.MET;
            }
            member.says("%s", personId);
            unmet.add(status);
        }
        witness.says("no one member meets all %d", of.size());
        if (noneHas != null) {
            witness.keepOnly(noneHas); // said once for the family, not once per member and part
        }
        return unmet.status();
    }

    /**
     * For an explanation only: the parts that the family as a whole does not meet with no record at all
     * (no one has a better-off calculation), told to a part of the witness once for every member; null
     * when there are none, or only the decision is wanted. The decision is the members' own, tested after.
     */
    private Witness partsNoMemberHas(MeasureContext context, Witness witness, int members) {
        if (witness.decisionOnly()) {
            return null;
        }
        Witness none = witness.part();
        boolean any = false;
        for (int i = 0; i < of.size(); i++) {
            Witness part = none.part();
            if (of.get(i).test(context, part) == Status.NOT_MET && part.citesNothing()) {
                any = true;
            } else {
                none.forget(part);
            }
        }
        if (!any) {
            witness.forget(none);
            return null;
        }
        none.says("of the family's %d members, none has what these parts ask", members);
        return none;
    }

    /**
     * The parts tested together. For an indicator the first unmet part settles it: an indicator is
     * never too early ({@link MeasureContext#tooEarly}), so nothing after can make the whole other
     * than not met, and the parts after it need only be tested for their words.
     */
    private Status together(MeasureContext context, Witness witness) {
        boolean indicator = context.purpose() == MeasureContext.Purpose.IDENTIFICATION;
        Combined.EveryPart all = new Combined.EveryPart();
        for (int i = 0; i < of.size(); i++) {
            Status part = of.get(i).test(context, witness.part());
            if (indicator && part == Status.NOT_MET && witness.decisionOnly()) {
                return Status.NOT_MET;
            }
            all.add(part);
        }
        Status status = all.status();
        witness.says(status == Status.NOT_APPLICABLE ? "none of %d applies"
                : status == Status.MET ? "all met" : "not all met", of.size());
        return status;
    }

    /**
     * True when a part that no one member can meet unless the whole family does
     * ({@link Measure#metByMemberOnlyIfByFamily}) is not met by the whole family: then, for an
     * indicator, each member fails on it (or on an earlier part), and the whole is not met without
     * trying them one by one. The witness hears that part tested for the whole family.
     */
    private boolean unmetByAll(MeasureContext context, Witness witness) {
        for (int i = 0; i < of.size(); i++) {
            Measure part = of.get(i);
            if (part.metByMemberOnlyIfByFamily() && part.test(context, Witness.SILENT) == Status.NOT_MET) {
                if (!witness.decisionOnly()) {
                    part.test(context, witness.part()); // tested again only for its words
                }
                witness.says("no one member can meet all %d: the family as a whole does not meet part %d",
                        of.size(), i + 1);
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
