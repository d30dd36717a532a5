package org.hearth.io.link;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hearth.io.matching.SourcePerson;

/**
 * One person of the canonical folder made from the source rows matched to them: each value the one most of their
 * rows give, a tie going to the latest source read (a date of birth two sources give and one mistypes is the two's);
 * sex the most given of female, male and other, or unknown; names as the latest source to give any spells them.
 *
 * @param dateOfBirth null when no source gives one: such a person cannot be written (people.csv requires it)
 */
record MergedPerson(String personId, LocalDate dateOfBirth, String sex, String upn, String nhsNumber, String niNumber,
                    String localChildId, String givenName, String familyName) {

    static MergedPerson of(String personId, List<Observation> rows) {
        List<Observation> latestFirst = rows.stream().sorted(Comparator.comparing(Observation::readOn).reversed()).toList();
        String sex = mostGiven(latestFirst, row -> "unknown".equals(row.sex()) ? null : row.sex());
        Observation named = latestFirst.stream().filter(row -> present(row.row().familyName())).findFirst().orElse(null);
        return new MergedPerson(personId, mostGiven(latestFirst, SourcePerson::dateOfBirth), sex == null ? "unknown" : sex,
                mostGiven(latestFirst, SourcePerson::upn), mostGiven(latestFirst, SourcePerson::nhsNumber),
                mostGiven(latestFirst, SourcePerson::niNumber), mostGiven(latestFirst, SourcePerson::localChildId),
                named == null ? null : named.row().givenName(), named == null ? null : named.row().familyName());
    }

    /** The value most rows give (a tie to the one given first, the rows coming latest first), or null. */
    private static <T> T mostGiven(List<Observation> latestFirst, Function<SourcePerson, T> value) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (Observation row : latestFirst) {
            T given = value.apply(row.row());
            if (given != null && !(given instanceof String text && text.isBlank())) {
                counts.merge(given, 1, Integer::sum);
            }
        }
        T most = null;
        int mostCount = 0;
        for (Map.Entry<T, Integer> count : counts.entrySet()) { // in the order first given: latest first
            if (count.getValue() > mostCount) {
                most = count.getKey();
                mostCount = count.getValue();
            }
        }
        return most;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Whole years on the day. */
    int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}
