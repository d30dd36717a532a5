package org.hearth.io.matching;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A source person's values as the comparisons and blocking rules read them: names upper-cased without accents or
 * punctuation, a double-barrelled family name's parts, the date of birth as the number YYYYMMDD, the postcode
 * without spaces with its sector and district, the UPRN and the address in {@link AddressText}'s normal form with
 * the address's numbers (its words with a digit: house and flat numbers) apart from its other words, and only the
 * identifiers that pass their checks (an identifier that fails its check is not a key).
 */
final class PreparedPerson {
    final int index;
    final SourcePerson person;
    final String given;
    final String[] givenAliases;
    final String family;
    final String[] familyParts;
    final String formerFamily;
    final int dateOfBirth;
    final long bornOnDay;
    final String postcode;
    final String sector;
    final String district;
    final String sex;
    final String uprn;
    final String address;
    final String addressNumbers;
    final String addressWords;
    final String[] upns;
    final String nhsNumber;
    final String niNumber;
    final String localChildId;

    PreparedPerson(int index, SourcePerson person, Nicknames nicknames) {
        this.index = index;
        this.person = person;
        this.given = name(person.givenName());
        this.givenAliases = given == null ? new String[0] : nicknames.formalNames(given);
        this.family = name(person.familyName());
        this.familyParts = family == null ? new String[0] : parts(family);
        this.formerFamily = name(person.formerFamilyName());
        LocalDate born = person.dateOfBirth();
        this.dateOfBirth = born == null ? 0 : born.getYear() * 10_000 + born.getMonthValue() * 100 + born.getDayOfMonth();
        this.bornOnDay = born == null ? 0 : born.toEpochDay();
        this.postcode = postcode(person.postcode());
        this.sector = postcode == null ? null : postcode.substring(0, postcode.length() - 2);
        this.district = postcode == null ? null : postcode.substring(0, postcode.length() - 3);
        this.sex = "female".equals(person.sex()) || "male".equals(person.sex()) ? person.sex() : null;
        this.uprn = AddressText.uprn(person.uprn());
        String address = person.address() == null ? "" : AddressText.normalised(person.address());
        this.address = address.isEmpty() ? null : address;
        StringBuilder numbers = new StringBuilder();
        StringBuilder words = new StringBuilder();
        for (String word : address.split(" ")) {
            StringBuilder to = word.chars().anyMatch(c -> Ascii.digit((char) c)) ? numbers : words;
            to.append(to.length() == 0 ? "" : " ").append(word);
        }
        this.addressNumbers = numbers.toString();
        this.addressWords = words.toString();
        this.upns = upns(person);
        String nhs = compact(person.nhsNumber());
        this.nhsNumber = NhsNumber.valid(nhs) ? nhs : null;
        String ni = compact(person.niNumber());
        this.niNumber = NationalInsuranceNumber.valid(ni) ? ni : null;
        this.localChildId = compact(person.localChildId());
    }

    int birthYear() {
        return dateOfBirth / 10_000;
    }

    /**
     * Upper case, accents removed, anything but letters dropped, and runs of hyphens and spaces kept as one hyphen
     * or space between words; null when no letter is left.
     */
    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String plain = raw.chars().allMatch(c -> c < 128) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(plain.length());
        char pending = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = Character.toUpperCase(plain.charAt(i));
            if (Ascii.capital(c)) {
                if (pending != 0 && out.length() > 0) {
                    out.append(pending);
                }
                out.append(c);
                pending = 0;
            } else if (c == '-' || (c == ' ' && pending != '-')) {
                pending = c;
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String[] parts(String family) {
        String[] parts = family.split("[- ]");
        return parts.length > 1 ? parts : new String[0];
    }

    /** A UK postcode without spaces, upper case (its inward part is the last three characters), or null. */
    static String postcode(String raw) {
        String compact = compact(raw);
        if (compact == null || compact.length() < 5 || compact.length() > 7
                || !Ascii.digit(compact.charAt(compact.length() - 3))) {
            return null;
        }
        return compact;
    }

    private static String[] upns(SourcePerson person) {
        List<String> valid = new ArrayList<>(2);
        for (String upn : new String[] {compact(person.upn()), compact(person.formerUpn())}) {
            if (UniquePupilNumber.valid(upn) && !valid.contains(upn)) {
                valid.add(upn);
            }
        }
        return valid.toArray(String[]::new);
    }

    /** Upper case without spaces, or null when empty. */
    static String compact(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.isEmpty() ? null : compact;
    }

    boolean sharesUpn(PreparedPerson other) {
        return Arrays.stream(upns).anyMatch(upn -> Arrays.asList(other.upns).contains(upn));
    }
}
