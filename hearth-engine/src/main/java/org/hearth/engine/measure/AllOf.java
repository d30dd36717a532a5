package org.hearth.engine.measure;

import org.hearth.engine.timeline.FamilyTimeline;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.explain.Explanation;
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
public record AllOf(List<Measure> of, Boolean samePerson) implements Measure {

    public AllOf {
        if (of == null || of.isEmpty()) {
            throw new IllegalArgumentException("all_of needs at least one measure");
        }
        of = List.copyOf(of);
        samePerson = samePerson != null && samePerson;
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        if (!samePerson) {
            return together(context);
        }
        List<Explanation> tried = new ArrayList<>();
        Combined.NoneMet unmet = new Combined.NoneMet();
        for (Person person : context.people(People.FAMILY)) {
            MeasureResult result = together(context.onlyFor(person.personId()));
            if (result.met()) {
                return MeasureResult.met(Explanation.of(List.of(result.explanation()), "all met by %s", person.personId()));
            }
            tried.add(Explanation.of(person.personId(), List.of(result.explanation())));
            unmet.add(result.status());
        }
        return new MeasureResult(unmet.status(), Explanation.of(tried, "no one member meets all %d", of.size()));
    }

    @Override
    public Status decide(MeasureContext context) {
        if (!samePerson) {
            return decideTogether(context);
        }
        List<Person> family = context.people(People.FAMILY);
        if (!family.isEmpty() && context.purpose() == MeasureContext.Purpose.IDENTIFICATION && unmetByAll(context)) {
            return Status.NOT_MET;
        }
        Combined.NoneMet unmet = new Combined.NoneMet();
        for (int i = 0; i < family.size(); i++) {
            Status status = decideTogether(context.onlyFor(family.get(i).personId()));
            if (status == Status.MET) {
                return Status.MET;
            }
            unmet.add(status);
        }
        return unmet.status();
    }

    /**
     * The parts decided together. For an indicator the first unmet part settles it: an indicator is
     * never too early ({@link MeasureContext#tooEarly}), so nothing after can make the whole other
     * than not met, and the parts after it need not be tested.
     */
    private Status decideTogether(MeasureContext context) {
        boolean indicator = context.purpose() == MeasureContext.Purpose.IDENTIFICATION;
        Combined.EveryPart all = new Combined.EveryPart();
        for (int i = 0; i < of.size(); i++) {
            Status part = of.get(i).decide(context);
            if (indicator && part == Status.NOT_MET) {
                return Status.NOT_MET;
            }
            all.add(part);
        }
        return all.status();
    }

    /**
     * True when a part that no one member can meet unless the whole family does is not met by the whole
     * family: then, for an indicator, each member fails on it (or on an earlier part), and the whole is
     * not met without trying them one by one. Such a part is a count (a member's records are some of the
     * family's, and a count is never not applicable) or "any of" such parts.
     */
    private boolean unmetByAll(MeasureContext context) {
        for (int i = 0; i < of.size(); i++) {
            if (of.get(i).metByMemberOnlyIfByFamily() && of.get(i).decide(context) == Status.NOT_MET) {
                return true;
            }
        }
        return false;
    }

    private MeasureResult together(MeasureContext context) {
        List<Explanation> parts = new ArrayList<>();
        Combined.EveryPart all = new Combined.EveryPart();
        for (Measure measure : of) {
            MeasureResult result = measure.evaluate(context);
            parts.add(result.explanation());
            all.add(result.status());
        }
        Status status = all.status();
        if (status == Status.NOT_APPLICABLE) {
            return MeasureResult.notApplicable(Explanation.of(parts, "none of %d applies", of.size()));
        }
        return new MeasureResult(status, Explanation.of(status == Status.MET ? "all met" : "not all met", parts));
    }

    @Override
    public List<Measure> parts() {
        return of;
    }

    @Override
    public List<String> questions(String outcomeId) {
        return Combined.questions(of, outcomeId);
    }

    /** Met only when a part is met (and the rest met or not applicable). */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family) {
        return MeetableDays.anyPart(of, family);
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
