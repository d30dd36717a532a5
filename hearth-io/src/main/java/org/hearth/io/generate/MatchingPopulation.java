package org.hearth.io.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.hearth.io.matching.NhsNumber;
import org.hearth.io.matching.UniquePupilNumber;

/**
 * The generated population, by household: one or two adults born 1965-2000 and, in most households, up to four
 * children born 2005-2022 who share the household's family name and postcode; about one birth in 65 is a twin
 * (ONS, "Births in England and Wales": about 15 multiple maternities per 1,000), so that two children share a date
 * of birth, a family name and an address and differ only in given name and sex. Identifiers are obviously
 * synthetic: UPNs use local authority number 999 (none has it), NHS numbers the 999 range the NHS never issues,
 * NI numbers the prefix JY; each has a correct check character, so the sources' typos are what make them fail.
 */
final class MatchingPopulation {
    static final LocalDate REFERENCE_DAY = LocalDate.of(2023, 3, 31);
    private static final double CHILDLESS = 0.3;
    private static final double TWO_ADULTS = 0.6;
    private static final double TWINS = 1.0 / 65;
    private static final double MARRIED_NAME = 0.35;
    private static final double HOUSEHOLDS_PER_POSTCODE = 15;

    private static final String UNITS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final List<String> STREET_NAMES = List.of("Alder", "Ash", "Beech", "Birch", "Bramble", "Cedar",
            "Chestnut", "Clover", "Damson", "Elder", "Elm", "Fern", "Fir", "Foxglove", "Hawthorn", "Hazel", "Heather",
            "Holly", "Ivy", "Juniper", "Larch", "Laurel", "Lime", "Maple", "Oak", "Poplar", "Rowan", "Sycamore",
            "Willow", "Yew");
    private static final List<String> STREET_KINDS = List.of("Road", "Street", "Lane", "Close", "Grove", "Avenue",
            "Drive", "Way", "Crescent", "Terrace", "Walk", "Gardens");

    private final SplittableRandom random;
    private final int postcodes;
    private final List<TruePerson> people = new ArrayList<>();
    private long nhs = 1;
    private int upn = 1;
    private int localChild = 1;
    private int ni = 1;

    private MatchingPopulation(long seed, int households) {
        this.random = new SplittableRandom(seed);
        this.postcodes = Math.max(1, (int) (households / HOUSEHOLDS_PER_POSTCODE));
    }

    static List<TruePerson> of(int households, long seed) {
        MatchingPopulation population = new MatchingPopulation(seed, households);
        for (int h = 0; h < households; h++) {
            population.household("H" + h);
        }
        return population.people;
    }

    private void household(String id) {
        String family = NamePool.family(random);
        String postcode = postcode(random.nextInt(postcodes));
        String previous = random.nextDouble() < 0.6 ? postcode(random.nextInt(postcodes)) : nearby(postcode);
        boolean two = random.nextDouble() < TWO_ADULTS;
        boolean motherFirst = random.nextDouble() < 0.8;
        for (int a = 0; a < (two ? 2 : 1); a++) {
            boolean female = two ? (a == 0) == motherFirst : random.nextDouble() < 0.75;
            String former = female && two && random.nextDouble() < MARRIED_NAME ? NamePool.family(random) : null;
            LocalDate born = day(1965, 2000);
            adult(id, female, family, former, born, postcode, previous);
        }
        if (random.nextDouble() < CHILDLESS) {
            return;
        }
        int children = 1 + random.nextInt(4);
        String childFamily = random.nextDouble() < 0.03 ? family + "-" + NamePool.family(random) : family;
        for (int c = 0; c < children; c++) {
            LocalDate born = day(2005, 2022);
            String first = child(id, childFamily, born, postcode, previous, null);
            if (random.nextDouble() < TWINS) {
                child(id, childFamily, born, postcode, previous, first);
            }
        }
    }

    private void adult(String household, boolean female, String family, String former, LocalDate born,
            String postcode, String previous) {
        String given = NamePool.given(female, false, random);
        people.add(new TruePerson("T" + people.size(), female, given, family, former, born, postcode, previous, null,
                nhsNumber(), niNumber(), null, household));
    }

    /** Adds a child and returns their given name, never their twin's. */
    private String child(String household, String family, LocalDate born, String postcode, String previous, String twin) {
        boolean female = random.nextBoolean();
        String given = NamePool.given(female, true, random);
        while (given.equals(twin)) {
            given = NamePool.given(female, true, random);
        }
        boolean atSchool = born.plusYears(4).isBefore(REFERENCE_DAY);
        people.add(new TruePerson("T" + people.size(), female, given, family, null, born, postcode, previous,
                atSchool ? upn(born) : null, nhsNumber(), null, "LC" + localChild++, household));
        return given;
    }

    private LocalDate day(int fromYear, int toYear) {
        LocalDate from = LocalDate.of(fromYear, 1, 1);
        long days = LocalDate.of(toYear, 12, 31).toEpochDay() - from.toEpochDay();
        return from.plusDays(random.nextLong(days + 1));
    }

    /** A postcode in made-up area ZY (none exists): districts ZY1 to ZY40, ten sectors each, lettered units. */
    private static String postcode(int n) {
        int district = 1 + n % 40;
        int sector = n / 40 % 10;
        int unit = n / 400;
        return "ZY" + district + " " + sector + UNITS.charAt(unit / 20 % 20) + UNITS.charAt(unit % 20);
    }

    /**
     * The household's address at one of its postcodes: a made-up street the postcode lies on (one of 360 names) and a house number
     * 1-400 from the household, different for its previous home; worked out rather than drawn, so the random draws
     * and the rest of the population stay as they were. Households of one postcode share a street, and now and then
     * a house number too (as flats in one house do).
     */
    static String address(String household, String postcode, boolean previous) {
        int number = 1 + Math.floorMod(household.hashCode() * 31 + (previous ? 17 : 0), 400);
        int street = Math.floorMod(postcode.hashCode(), STREET_NAMES.size() * STREET_KINDS.size());
        return number + " " + STREET_NAMES.get(street / STREET_KINDS.size()) + " "
                + STREET_KINDS.get(street % STREET_KINDS.size());
    }

    /** A postcode in the same sector: a move down the road. */
    private String nearby(String postcode) {
        return postcode.substring(0, postcode.length() - 2) + UNITS.charAt(random.nextInt(20)) + UNITS.charAt(random.nextInt(20));
    }

    private String upn(LocalDate born) {
        int serial = upn++;
        String twelve = "999" + String.format("%04d", serial / 1000 % 10_000) + String.format("%02d", (born.getYear() + 5) % 100)
                + String.format("%03d", serial % 1000);
        return UniquePupilNumber.checkLetter(twelve) + twelve;
    }

    private String nhsNumber() {
        while (true) {
            String nine = "999" + String.format("%06d", nhs++ % 1_000_000);
            int check = NhsNumber.checkDigit(nine);
            if (check < 10) {
                return nine + check;
            }
        }
    }

    private String niNumber() {
        return "JY" + String.format("%06d", ni++) + "ABCD".charAt(random.nextInt(4));
    }
}
