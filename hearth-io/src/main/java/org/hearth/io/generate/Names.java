package org.hearth.io.generate;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.hearth.engine.timeline.Person;
import org.hearth.engine.timeline.Vocabulary.Sex;
import org.hearth.io.PersonName;

/**
 * Names for the people of a synthetic household, so that a family can be found by a member's name as a real one
 * would be: given names by sex from short lists of names common in England (one list for adults, one for people
 * born since 1995), and a family name the household mostly shares; a parent or another adult sometimes has a name of
 * their own, and a few family names are double-barrelled.
 *
 * <p>Names are drawn from streams of their own, each seeded from the authority's seed and a family's or a person's
 * id, never from the stories' {@link Chance}: a draw from that would shift every draw after it, and so every record
 * and decision the same seed made before names were given.
 */
final class Names {
    private static final int YOUNG_SINCE = 1995;
    static final String[] WOMEN = {"Sarah", "Emma", "Claire", "Nicola", "Lisa", "Rebecca", "Laura", "Gemma",
        "Kelly", "Joanne", "Michelle", "Hannah", "Amy", "Samantha", "Louise", "Rachel", "Stacey", "Leanne", "Donna",
        "Karen", "Julie", "Tracey", "Jennifer", "Victoria", "Natalie", "Jade", "Fatima", "Ayesha", "Shabana", "Kirsty"};
    static final String[] MEN = {"David", "Paul", "Mark", "Andrew", "Richard", "Daniel", "James", "Christopher",
        "Michael", "Lee", "Craig", "Darren", "Jason", "Stephen", "Matthew", "Wayne", "Gary", "Carl", "Adam", "Ryan",
        "Scott", "Robert", "Kevin", "Mohammed", "Imran", "Anthony", "Dean", "John", "Stuart", "Neil"};
    static final String[] GIRLS = {"Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily", "Mia",
        "Ella", "Chloe", "Jessica", "Evie", "Poppy", "Ruby", "Isabella", "Freya", "Millie", "Daisy", "Holly", "Megan",
        "Lucy", "Ellie", "Phoebe", "Maisie", "Aisha", "Maryam", "Zara", "Layla", "Eva"};
    static final String[] BOYS = {"Oliver", "Harry", "Jack", "George", "Noah", "Charlie", "Jacob", "Alfie",
        "Freddie", "Oscar", "Leo", "Thomas", "Joshua", "William", "Archie", "Logan", "Riley", "Mason", "Ethan", "Kai",
        "Tyler", "Callum", "Liam", "Muhammad", "Ibrahim", "Dylan", "Lewis", "Jayden", "Harrison", "Max"};
    static final String[] FAMILY_NAMES = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
        "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
        "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin",
        "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "Scott", "Phillips", "Watson", "Parker", "Price", "Bennett", "Young", "Mitchell", "Kelly", "Carter", "Bailey",
        "Collins", "Bell", "Shaw", "Murphy", "Khan", "Ali", "Hussain", "Begum", "Singh", "Marshall", "Atkinson",
        "O'Brien", "Holmes"};

    private final long seed;

    private Names(long seed) {
        this.seed = seed;
    }

    /** The name of each member of the household, by person id. */
    static Map<String, PersonName> of(Household household, long seed) {
        return new Names(seed).household(household);
    }

    private Map<String, PersonName> household(Household household) {
        SplittableRandom family = stream(household.familyId);
        String shared = familyName(family);
        boolean twoParents = household.mother != null && household.father != null;
        Map<String, PersonName> names = new HashMap<>();
        for (Person person : household.people) {
            SplittableRandom own = stream(person.personId());
            String given = givenName(person, own);
            double ownNameChance = household.children.contains(person) ? 0
                    : person == household.otherAdult ? 0.4 : twoParents ? 0.2 : 0.1;
            String familyName = own.nextDouble() < ownNameChance ? otherThan(shared, own) : shared;
            names.put(person.personId(), new PersonName(given, familyName));
        }
        return names;
    }

    private static String givenName(Person person, SplittableRandom random) {
        boolean young = person.dateOfBirth().getYear() >= YOUNG_SINCE;
        Sex sex = person.sex() == Sex.FEMALE || person.sex() == Sex.MALE ? person.sex()
                : random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
        String[] names = sex == Sex.FEMALE ? (young ? GIRLS : WOMEN) : (young ? BOYS : MEN);
        return one(names, random);
    }

    /** A family name from the list; about one in twenty-five is two of them, joined by a hyphen. */
    private static String familyName(SplittableRandom random) {
        String name = one(FAMILY_NAMES, random);
        return random.nextInt(25) == 0 ? name + "-" + otherThan(name, random) : name;
    }

    private static String otherThan(String name, SplittableRandom random) {
        String other = one(FAMILY_NAMES, random);
        return other.equals(name) ? otherThan(name, random) : other;
    }

    private static String one(String[] names, SplittableRandom random) {
        return names[random.nextInt(names.length)];
    }

    /** A stream of draws of its own for one family or person of this authority. */
    private SplittableRandom stream(String id) {
        long hash = 1_125_899_906_842_597L;
        for (int i = 0; i < id.length(); i++) {
            hash = 31 * hash + id.charAt(i);
        }
        return new SplittableRandom(seed * 0x9E37_79B9_7F4A_7C15L ^ hash);
    }
}
