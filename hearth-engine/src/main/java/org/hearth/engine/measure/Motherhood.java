package org.hearth.engine.measure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.hearth.engine.explain.Deferred;
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
                         Boolean pregnancyCounts, Integer motherAgeUnder) implements DataMeasure {

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

    /**
     * Met on the first finding, as one is enough, and the explanation names it: the first woman of the
     * group with a child born in the period at a fitting age (her children in the timeline's order), or
     * else pregnant on the day. When no one is met, each woman says what she lacks.
     */
    @Override
    public Status test(MeasureContext context, Witness witness) {
        LocalDate day = context.referenceDay();
        DateRange births = gaveBirthWithinMonths == null ? null : context.last(Period.ofMonths(gaveBirthWithinMonths));
        // Without pregnancies there is a period of births (the constructor sees to it), and most have none.
        if (!pregnancyCounts
                && !context.family().anyoneBornBetween(births.start().toEpochDay(), births.end().toEpochDay())) {
            witness.says("no one known to the family was born %s, so no female member of %s gave birth in it", births,
                    people);
            return Status.NOT_MET;
        }
        List<Person> children = context.family().people();
        for (Person woman : context.people(people)) {
            if (woman.sex() != Sex.FEMALE) {
                continue;
            }
            Witness hers = witness.part();
            int age = woman.ageOn(day);
            if (motherAgeUnder != null && age >= motherAgeUnder) {
                hers.says("%s is %d on %s, under %d needed", woman.personId(), age, day, motherAgeUnder);
                continue;
            }
            if ((births != null && gaveBirth(woman, children, births, hers))
                    || (pregnancyCounts && pregnant(context, woman, day, hers))) {
                witness.says("%s", Deferred.words(() -> what(births, day)));
                witness.keepOnly(hers);
                return Status.MET;
            }
            hers.says("%s (aged %d on %s)", woman.personId(), age, day);
        }
        witness.says("no female member of %s %s", people, Deferred.words(() -> what(births, day)));
        return Status.NOT_MET;
    }

    /**
     * True when one of her children was born in the period, her age at the birth fitting: the witness
     * then keeps only that birth, else hears each child of hers and why they do not count.
     */
    private boolean gaveBirth(Person woman, List<Person> children, DateRange births, Witness witness) {
        boolean any = false;
        for (int i = 0; i < children.size(); i++) {
            Person child = children.get(i);
            if (!woman.personId().equals(child.motherId())) {
                continue;
            }
            LocalDate born = child.dateOfBirth();
            Witness birth = witness.part();
            if (!births.contains(born)) {
                birth.says("%s born %s, outside %s", child.personId(), born, births);
                continue;
            }
            any = true;
            int ageAtBirth = woman.ageOn(born);
            if (motherAgeAtBirthAtMost == null || ageAtBirth <= motherAgeAtBirthAtMost) {
                birth.says("%s gave birth to %s on %s aged %d", woman.personId(), child.personId(), born, ageAtBirth);
                witness.keepOnly(birth);
                return true;
            }
            birth.says("%s born %s when she was %d, at most %d needed", child.personId(), born, ageAtBirth,
                    motherAgeAtBirthAtMost);
        }
        if (!any) {
            witness.part().says("no child born %s", births);
        }
        return false;
    }

    /** True when a pregnancy spell of hers covers the day: the witness then keeps only that, citing each such spell. */
    private static boolean pregnant(MeasureContext context, Person woman, LocalDate day, Witness witness) {
        List<HealthNeed> needs = context.records(RecordKind.HEALTH_NEEDS, woman);
        Witness pregnancy = witness.part();
        for (HealthNeed need : needs) {
            if (pregnantOn(need, day)) {
                pregnancy.says("%s was pregnant on %s, aged %d", woman.personId(), day, woman.ageOn(day));
                pregnancy.cites(() -> needs.stream().filter(spell -> pregnantOn(spell, day)).toList());
                witness.keepOnly(pregnancy);
                return true;
            }
        }
        pregnancy.says("no pregnancy recorded on %s", day);
        return false;
    }

    private static boolean pregnantOn(HealthNeed need, LocalDate day) {
        return need.need() == HealthNeed.Need.PREGNANCY && need.coversDay(day);
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

    /** Data first: who was born when, and to whom, is always known from the family's members. */
    @Override
    public boolean holdsData(MeasureContext context) {
        return true;
    }

    /**
     * From each birth for the months after it (a month counted as 31 days); and each pregnancy while it
     * lasts, where a pregnancy counts.
     */
    @Override
    public MeetableDays meetableDays(FamilyTimeline family, String outcomeId) {
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
    public Set<String> reads() {
        return Set.of(RecordKind.HEALTH_NEEDS.name());
    }

    @Override
    public boolean metByMemberOnlyIfByFamily() {
        return false;
    }
}
