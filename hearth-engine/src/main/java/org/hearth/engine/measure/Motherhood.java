package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.hearth.engine.explain.Deferred;
import org.hearth.engine.explain.Explanation;
import org.hearth.engine.timeline.FamilyTimeline;
import org.hearth.engine.timeline.HealthNeed;
import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.RecordKind;
import org.hearth.engine.timeline.Vocabulary.Sex;

/**
 * A mother who recently gave birth, or is pregnant, optionally young: "teenage pregnancy families where
 * a mother gave birth at the age of 16 or under in the last 12 months" (Sunderland 3d), "mother or
 * pregnant under 18" (Southampton strand 6), "a new mother" (Southwark 6E, with a health need given
 * by an all_of with same_person).
 *
 * <pre>
 * type: motherhood
 * gave_birth_within_months: 12      # a child whose mother_id is hers was born in this period
 * mother_age_at_birth_at_most: 16   # optional
 * pregnancy_counts: true            # optional: a pregnancy (health_needs, need: pregnancy) on the day counts
 * mother_age_under: 18              # optional: her age on the reference day
 * </pre>
 *
 * <p>Rule: any female member (people: members unless given) for whom a birth in the period (or, with
 * pregnancy_counts, a pregnancy spell covering the reference day) is found, with the age conditions
 * holding. Children are looked up among everyone the timeline knows, members or not. At least one of
 * gave_birth_within_months and pregnancy_counts must be given.
 */
public record Motherhood(People people, Integer gaveBirthWithinMonths, Integer motherAgeAtBirthAtMost,
                         Boolean pregnancyCounts, Integer motherAgeUnder) implements Measure {

    public Motherhood {
        people = people == null ? People.of(People.Group.MEMBERS, null, null) : people;
        pregnancyCounts = pregnancyCounts != null && pregnancyCounts;
        if (gaveBirthWithinMonths == null && !pregnancyCounts) {
            throw new IllegalArgumentException("give gave_birth_within_months, pregnancy_counts: true, or both");
        }
        if (gaveBirthWithinMonths != null && gaveBirthWithinMonths < 1) {
            throw new IllegalArgumentException("gave_birth_within_months must be at least 1");
        }
        if (motherAgeAtBirthAtMost != null && gaveBirthWithinMonths == null) {
            throw new IllegalArgumentException("mother_age_at_birth_at_most needs gave_birth_within_months");
        }
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        LocalDate day = context.referenceDay();
        DateRange births = gaveBirthWithinMonths == null ? null : context.last(Period.ofMonths(gaveBirthWithinMonths));
        List<Person> children = new ArrayList<>(context.family().people());
        children.sort(Comparator.comparing(Person::dateOfBirth).thenComparing(Person::personId));
        List<Explanation> found = new ArrayList<>();
        List<Explanation> women = new ArrayList<>();
        for (Person woman : context.people(people)) {
            if (woman.sex() != Sex.FEMALE) {
                continue;
            }
            int age = woman.ageOn(day);
            if (motherAgeUnder != null && age >= motherAgeUnder) {
                women.add(Explanation.of("%s is %d on %s, under %d needed", woman.personId(), age, day,
                        motherAgeUnder));
                continue;
            }
            List<Explanation> hers = new ArrayList<>();
            if (births != null) {
                births(woman, children, births, found, hers);
            }
            if (pregnancyCounts) {
                pregnancies(context, woman, day, found, hers);
            }
            women.add(Explanation.of(hers, "%s (aged %d on %s)", woman.personId(), age, day));
        }
        if (!found.isEmpty()) {
            return MeasureResult.met(Explanation.of(found, "%s", Deferred.words(() -> what(births, day))));
        }
        return MeasureResult.notMet(Explanation.of(women, "no female member of %s %s", people,
                Deferred.words(() -> what(births, day))));
    }

    @Override
    public Status decide(MeasureContext context) {
        LocalDate day = context.referenceDay();
        DateRange births = gaveBirthWithinMonths == null ? null : context.last(Period.ofMonths(gaveBirthWithinMonths));
        if (!pregnancyCounts && (births == null
                || !context.family().anyoneBornBetween(births.start().toEpochDay(), births.end().toEpochDay()))) {
            return Status.NOT_MET; // no one was born in the window, so no woman gave birth in it
        }
        for (Person woman : context.people(people)) {
            if (woman.sex() == Sex.FEMALE && (motherAgeUnder == null || woman.ageOn(day) < motherAgeUnder)
                    && ((births != null && gaveBirth(woman, context.family().people(), births))
                        || (pregnancyCounts && pregnant(context, woman, day)))) {
                return Status.MET;
            }
        }
        return Status.NOT_MET;
    }

    /** True when one of her children was born in the period, her age at the birth fitting. */
    private boolean gaveBirth(Person woman, Collection<Person> children, DateRange births) {
        for (Person child : children) {
            if (woman.personId().equals(child.motherId()) && births.contains(child.dateOfBirth())
                    && (motherAgeAtBirthAtMost == null || woman.ageOn(child.dateOfBirth()) <= motherAgeAtBirthAtMost)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pregnant(MeasureContext context, Person woman, LocalDate day) {
        for (HealthNeed need : context.records(RecordKind.HEALTH_NEEDS, woman)) {
            if (need.need() == HealthNeed.Need.PREGNANCY && need.coversDay(day)) {
                return true;
            }
        }
        return false;
    }

    /** Her children born in the period, each a finding when her age at the birth fits. */
    private void births(Person woman, List<Person> children, DateRange births, List<Explanation> found,
                        List<Explanation> hers) {
        boolean any = false;
        for (Person child : children) {
            if (!woman.personId().equals(child.motherId())) {
                continue;
            }
            LocalDate born = child.dateOfBirth();
            if (!births.contains(born)) {
                hers.add(Explanation.of("%s born %s, outside %s", child.personId(), born, births));
                continue;
            }
            any = true;
            int ageAtBirth = woman.ageOn(born);
            if (motherAgeAtBirthAtMost == null || ageAtBirth <= motherAgeAtBirthAtMost) {
                found.add(Explanation.of("%s gave birth to %s on %s aged %d", woman.personId(), child.personId(), born,
                        ageAtBirth));
            } else {
                hers.add(Explanation.of("%s born %s when she was %d, at most %d needed", child.personId(), born,
                        ageAtBirth, motherAgeAtBirthAtMost));
            }
        }
        if (!any) {
            hers.add(Explanation.of("no child born %s", births));
        }
    }

    /** Her pregnancy spells covering the day, each a finding. */
    private static void pregnancies(MeasureContext context, Person woman, LocalDate day, List<Explanation> found,
                                    List<Explanation> hers) {
        List<HealthNeed> spells = new ArrayList<>();
        for (HealthNeed need : context.records(RecordKind.HEALTH_NEEDS, woman)) {
            if (need.need() == HealthNeed.Need.PREGNANCY && need.coversDay(day)) {
                spells.add(need);
            }
        }
        if (spells.isEmpty()) {
            hers.add(Explanation.of("no pregnancy recorded on %s", day));
        } else {
            found.add(Explanation.of("%s was pregnant on %s, aged %d", woman.personId(), day, woman.ageOn(day))
                    .citing(spells));
        }
    }

    /** "gave birth from 2014-06-02 to 2015-06-01 aged at most 16, or was pregnant on 2015-06-01, aged under 18". */
    private String what(DateRange births, LocalDate day) {
        StringBuilder out = new StringBuilder();
        if (births != null) {
            out.append("gave birth from ").append(births.start()).append(" to ").append(births.end());
            if (motherAgeAtBirthAtMost != null) {
                out.append(" aged at most ").append(motherAgeAtBirthAtMost);
            }
        }
        if (pregnancyCounts) {
            out.append(births != null ? ", or " : "").append("was pregnant on ").append(day);
        }
        if (motherAgeUnder != null) {
            out.append(", aged under ").append(motherAgeUnder).append(" on ").append(day);
        }
        return out.toString();
    }

    @Override
    public List<Measure> parts() {
        return List.of();
    }

    @Override
    public List<String> questions(String outcomeId) {
        return List.of();
    }

    /**
     * From each birth for the months after it (a month counted as 31 days); and each pregnancy while it
     * lasts, where a pregnancy counts.
     */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family) {
        MeetableDays days = gaveBirthWithinMonths != null
                ? MeetableDays.afterBirths(family, 31L * gaveBirthWithinMonths) : MeetableDays.NO_DAY;
        if (pregnancyCounts()) {
            for (HealthNeed need : family.records(RecordKind.HEALTH_NEEDS)) {
                if (need.need() == HealthNeed.Need.PREGNANCY) {
                    days = days.or(MeetableDays.spell(need, 0));
                }
            }
        }
        return days;
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
