package org.hearth.engine.measure;

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
        people = people == null ? new People(People.Group.MEMBERS, null, null) : people;
        pregnancyCounts = pregnancyCounts != null && pregnancyCounts;
        if (gaveBirthWithinMonths == null && !pregnancyCounts) {
            throw new IllegalArgumentException("give gave_birth_within_months, pregnancy_counts: true, or both");
        }
    }

    @Override
    public MeasureResult evaluate(MeasureContext context) {
        throw new UnsupportedOperationException("not implemented");
    }
}
