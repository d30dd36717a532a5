package org.hearth.io.generate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.hearth.io.matching.Nicknames;
import org.hearth.io.matching.SourcePerson;
import org.hearth.io.matching.SourcePersonKey;

/**
 * Records a true person as one source would, with that source's slips and gaps ({@link SourceProfile}): a letter
 * wrong, a nickname, a date of birth keyed the wrong way round or with a digit wrong, an old address or none, a
 * surname from before a marriage, one part of a double-barrelled name, an identifier missing or mistyped. Social care
 * gives its own case reference for the household ({@code household_ref}); the others none.
 */
final class Recorder {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    private final SourceProfile profile;
    private final Nicknames nicknames;
    private final SplittableRandom random;

    Recorder(SourceProfile profile, Nicknames nicknames, SplittableRandom random) {
        this.profile = profile;
        this.nicknames = nicknames;
        this.random = random;
    }

    SourcePerson record(TruePerson person, String sourcePersonId) {
        String given = givenName(person.givenName());
        String family = person.familyName();
        String former = null;
        if (person.formerFamilyName() != null) {
            if (chance(profile.formerNameAsCurrent())) {
                family = person.formerFamilyName();
            } else if (chance(profile.formerNameRecorded())) {
                former = person.formerFamilyName();
            }
        }
        if (family.contains("-") && chance(profile.onePartOfDoubleName())) {
            String[] parts = family.split("-");
            family = parts[random.nextInt(parts.length)];
        }
        if (chance(profile.nameTypo())) {
            if (random.nextBoolean()) {
                given = typo(given);
            } else {
                family = typo(family);
            }
        }
        boolean pupil = person.upn() != null;
        String upn = pupil ? identifier(person.upn(), profile.upn()) : null;
        String nhs = identifier(person.nhsNumber(), profile.nhs());
        String ni = identifier(person.niNumber(), profile.ni());
        String localChildId = identifier(person.localChildId(), profile.localChildId());
        LocalDate born = dateOfBirth(person);
        String sex = chance(0.01) ? "unknown" : person.female() ? "female" : "male";
        String[] dwelling = dwelling(person);
        return new SourcePerson(new SourcePersonKey(profile.id(), sourcePersonId), profile.id(), upn, null, nhs, ni,
                localChildId, given, family, former, born, sex, dwelling == null ? null : dwelling[0],
                dwelling == null ? null : dwelling[1], null,
                profile.kind().equals("cin_census") ? "case-" + person.householdId() : null);
    }

    private String givenName(String given) {
        if (chance(profile.nickname())) {
            List<String> familiar = nicknames.familiarForms(given.toUpperCase(Locale.ROOT));
            if (!familiar.isEmpty()) {
                String nick = familiar.get(random.nextInt(familiar.size()));
                return nick.charAt(0) + nick.substring(1).toLowerCase(Locale.ROOT);
            }
        }
        return given;
    }

    /** One slip of the keyboard: a letter replaced, dropped, doubled, or swapped with the next. */
    private String typo(String name) {
        if (name.length() < 3) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 2);
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return switch (random.nextInt(4)) {
            case 0 -> name.substring(0, at) + letter + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.substring(at + 1);
            case 2 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            default -> name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
        };
    }

    private LocalDate dateOfBirth(TruePerson person) {
        LocalDate born = person.dateOfBirth();
        if (chance(profile.dateMissing())) {
            return null;
        }
        if (chance(profile.dateTransposed()) && born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            return LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
        }
        if (chance(profile.dateTypo())) {
            String digits = born.toString().replace("-", "");
            for (int attempt = 0; attempt < 10; attempt++) {
                int at = random.nextInt(8);
                char digit = (char) ('0' + random.nextInt(10));
                String typed = digits.substring(0, at) + digit + digits.substring(at + 1);
                try {
                    LocalDate date = LocalDate.of(Integer.parseInt(typed.substring(0, 4)),
                            Integer.parseInt(typed.substring(4, 6)), Integer.parseInt(typed.substring(6)));
                    if (!date.equals(born) && date.getYear() > 1900 && date.isBefore(MatchingPopulation.REFERENCE_DAY)) {
                        return date;
                    }
                } catch (DateTimeException e) {
                    // not a real date: type again
                }
            }
        }
        return born;
    }

    /** The postcode and address the source holds, or null when it gives none; now and then typed carelessly. */
    private String[] dwelling(TruePerson person) {
        if (chance(profile.postcodeMissing())) {
            return null;
        }
        boolean previous = chance(profile.previousAddress());
        String postcode = previous ? person.previousPostcode() : person.postcode();
        String address = MatchingPopulation.address(person.householdId(), postcode, previous);
        return chance(0.05)
                ? new String[] {postcode.replace(" ", "").toLowerCase(Locale.ROOT), address.toUpperCase(Locale.ROOT).replaceFirst(" ", ", ")}
                : new String[] {postcode, address};
    }

    /** The identifier as the source holds it: sometimes missing, now and then with a digit wrong. */
    private String identifier(String value, double present) {
        if (value == null || !chance(present)) {
            return null;
        }
        if (chance(profile.identifierTypo())) {
            int at = value.length() - 2;
            char wrong = (char) ('0' + (value.charAt(at) - '0' + 1 + random.nextInt(9)) % 10);
            return Character.isDigit(value.charAt(at)) ? value.substring(0, at) + wrong + value.substring(at + 1) : value;
        }
        return value;
    }

    private boolean chance(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
