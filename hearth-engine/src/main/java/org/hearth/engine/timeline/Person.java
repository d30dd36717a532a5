package org.hearth.engine.timeline;

import java.time.LocalDate;

import org.hearth.engine.timeline.Vocabulary.Sex;

/**
 * A person as Hearth knows them after matching: Hearth's own id, the few facts the plans need, and
 * the identifiers the source systems use, kept so that records can be traced back. No names: the
 * engine does not need them, and what it does not hold it cannot leak.
 *
 * @param motherId Hearth's id of the person's mother where known (plans speak of young mothers)
 */
public record Person(String personId, LocalDate dateOfBirth, Sex sex, String motherId, Identifiers identifiers) {

    public Person {
        Require.text(personId, "person_id");
        Require.present(dateOfBirth, "date_of_birth");
        Require.present(sex, "sex");
        identifiers = identifiers == null ? Identifiers.NONE : identifiers;
    }

    /** The date of birth as one number, year × 10,000 + month × 100 + day: 20160229 for 29 February 2016. */
    public int bornOn() {
        return dateOfBirth.getYear() * 10_000 + dateOfBirth.getMonthValue() * 100 + dateOfBirth.getDayOfMonth();
    }

    /**
     * Age in whole years on the given day: the years since birth, less one if the birthday has not
     * come yet that year (a child born on 29 February turns a year older on 1 March in other years).
     */
    public int ageOn(LocalDate day) {
        return ageOn(bornOn(), day);
    }

    /** Age in whole years on 31 August of the given year, the day school years count ages from. */
    public int ageOnAugust31(int year) {
        return ageOnAugust31(bornOn(), year);
    }

    /**
     * {@link #ageOn(LocalDate)} for someone born on the day given as {@link #bornOn} does: worked out
     * on the numbers, as it is asked for every member in every measure.
     */
    public static int ageOn(int bornOn, LocalDate day) {
        return day.getYear() - bornOn / 10_000
                - (day.getMonthValue() * 100 + day.getDayOfMonth() < bornOn % 10_000 ? 1 : 0);
    }

    /** {@link #ageOnAugust31(int)} for someone born on the day given as {@link #bornOn} does. */
    public static int ageOnAugust31(int bornOn, int year) {
        return year - bornOn / 10_000 - (bornOn / 100 % 100 > 8 ? 1 : 0);
    }

    /**
     * The identifiers source systems use for this person; any may be absent.
     *
     * @param upn unique pupil number (schools)
     * @param nhsNumber NHS number (health)
     * @param niNumber national insurance number (DWP)
     * @param localChildId the authority's child id (children's social care)
     */
    public record Identifiers(String upn, String nhsNumber, String niNumber, String localChildId) {
        public static final Identifiers NONE = new Identifiers(null, null, null, null);
    }
}
