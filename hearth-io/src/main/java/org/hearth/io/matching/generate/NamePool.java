package org.hearth.io.matching.generate;

import java.util.SplittableRandom;

/**
 * Names for the generated population, with the skew real names have: a few very common names and a long tail.
 * Given names are drawn from short lists of names common in England with Zipf weights (the n-th name about 1/n as
 * often as the first); family names half from a list of common English surnames with Zipf weights and half from a
 * tail of 2,400 made-up surnames (a prefix and a suffix), so that a match on a tail name is rare evidence and a match
 * on Smith is weak, as in real data.
 */
final class NamePool {
    private static final String[] WOMEN = {"Sarah", "Emma", "Claire", "Nicola", "Lisa", "Rebecca", "Laura", "Gemma",
        "Kelly", "Joanne", "Michelle", "Hannah", "Amy", "Samantha", "Louise", "Rachel", "Stacey", "Leanne", "Donna",
        "Karen", "Julie", "Tracey", "Jennifer", "Victoria", "Natalie", "Jade", "Fatima", "Ayesha", "Shabana", "Kirsty",
        "Elizabeth", "Margaret", "Catherine", "Katherine", "Susan", "Deborah", "Patricia", "Christine", "Sandra",
        "Alexandra", "Jessica", "Charlotte", "Eleanor", "Mary", "Josephine", "Nadia", "Zainab", "Helen", "Angela",
        "Dawn", "Joanna", "Kerry", "Sophie", "Lauren", "Danielle", "Amanda", "Caroline", "Anne", "Ruth", "Jane"};
    private static final String[] MEN = {"David", "Paul", "Mark", "Andrew", "Richard", "Daniel", "James",
        "Christopher", "Michael", "Lee", "Craig", "Darren", "Jason", "Stephen", "Matthew", "Wayne", "Gary", "Carl",
        "Adam", "Ryan", "Scott", "Robert", "Kevin", "Mohammed", "Imran", "Anthony", "Dean", "John", "Stuart", "Neil",
        "William", "Thomas", "Edward", "Nicholas", "Samuel", "Benjamin", "Joseph", "Peter", "Philip", "Alexander",
        "Jonathan", "Frederick", "Ronald", "Terence", "Patrick", "Simon", "Martin", "Ian", "Graham", "Shaun",
        "Asif", "Tariq", "Kieran", "Liam", "Jamie", "Aaron", "Luke", "Joshua", "Nathan", "Gareth"};
    private static final String[] GIRLS = {"Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily",
        "Mia", "Ella", "Chloe", "Jessica", "Evie", "Poppy", "Ruby", "Isabella", "Freya", "Millie", "Daisy", "Holly",
        "Megan", "Lucy", "Ellie", "Phoebe", "Maisie", "Aisha", "Maryam", "Zara", "Layla", "Eva", "Charlotte",
        "Elizabeth", "Abigail", "Katie", "Harriet", "Matilda", "Florence", "Scarlett", "Willow", "Rosie", "Imogen",
        "Erin", "Summer", "Amber", "Leah", "Hollie", "Eleanor", "Georgia", "Victoria", "Alexandra", "Samantha",
        "Isabel", "Nicola", "Hafsa", "Khadija", "Amira", "Niamh", "Caitlin", "Bethany", "Paige"};
    private static final String[] BOYS = {"Oliver", "Harry", "Jack", "George", "Noah", "Charlie", "Jacob", "Alfie",
        "Freddie", "Oscar", "Leo", "Thomas", "Joshua", "William", "Archie", "Logan", "Riley", "Mason", "Ethan", "Kai",
        "Tyler", "Callum", "Liam", "Muhammad", "Ibrahim", "Dylan", "Lewis", "Jayden", "Harrison", "Max", "James",
        "Samuel", "Daniel", "Benjamin", "Alexander", "Joseph", "Edward", "Henry", "Matthew", "Nathan", "Jonathan",
        "Zachary", "Theo", "Arthur", "Reuben", "Finley", "Toby", "Ryan", "Luke", "Adam", "Yusuf", "Ayaan",
        "Bradley", "Connor", "Kieran", "Jamie", "Owen", "Ronan", "Elliot", "Frederick"};
    private static final String[] COMMON = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
        "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
        "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin",
        "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
        "Scott", "Phillips", "Watson", "Parker", "Price", "Bennett", "Young", "Mitchell", "Kelly", "Carter", "Bailey",
        "Collins", "Bell", "Shaw", "Murphy", "Khan", "Ali", "Hussain", "Begum", "Singh", "Marshall", "Atkinson",
        "O'Brien", "Holmes", "Chapman", "Webb", "Rogers", "Gray", "Mills", "Palmer", "Richards", "Stevens", "Lloyd",
        "Hunt", "Cook", "Ellis", "Reynolds", "Hudson", "Walsh", "Graham", "Knight", "Butler", "Barnes", "Fisher"};
    private static final String[] PREFIXES = {"Ash", "Brad", "Cald", "Dun", "Eld", "Fair", "Gold", "Hart", "Ing",
        "Kirk", "Lang", "Marl", "Nor", "Oak", "Pen", "Rad", "Stan", "Thorn", "Ux", "Wal", "Whit", "Yard", "Brom",
        "Chel", "Dar", "Ever", "Fen", "Glen", "Hol", "Kel", "Lind", "Mor", "Ned", "Orm", "Pres", "Rams", "Sel", "Tad",
        "Ver", "Wex", "Ald", "Bex", "Cran", "Dal", "Egg", "Fal", "Grim", "Hew", "Ick", "Jar", "Kin", "Lud", "Mab",
        "Nutt", "Ock", "Pad", "Quen", "Rix", "Sam", "Tib", "Ulls", "Vick", "Wark", "Yel", "Amb", "Barl", "Clay",
        "Dorr", "Elm", "Farn", "Gos", "Hask", "Ivel", "Jess", "Kew", "Lox", "Mell", "Nash", "Orr", "Pim"};
    private static final String[] SUFFIXES = {"worth", "ley", "ford", "ton", "by", "field", "wood", "ham", "well",
        "bury", "den", "stone", "croft", "more", "shaw", "wick", "land", "dale", "thorpe", "combe", "hurst", "ridge",
        "brook", "cott", "gate", "hill", "mere", "stead", "low", "ington"};
    private static final double COMMON_SHARE = 0.5;
    private static final int FLATTENING = 10;

    private NamePool() {
    }

    static String given(boolean female, boolean young, SplittableRandom random) {
        String[] names = female ? (young ? GIRLS : WOMEN) : (young ? BOYS : MEN);
        return zipf(names, random);
    }

    static String family(SplittableRandom random) {
        if (random.nextDouble() < COMMON_SHARE) {
            return zipf(COMMON, random);
        }
        return PREFIXES[random.nextInt(PREFIXES.length)] + SUFFIXES[random.nextInt(SUFFIXES.length)];
    }

    /**
     * The n-th name drawn with weight 1/(n + 10): a Zipf-Mandelbrot curve, flattened at the top so that the commonest
     * name is about one in twenty (in England the commonest given names are each 1 to 3 per cent of their cohort and
     * Smith about 1 per cent of people; these short lists stand for the top of much longer ones).
     */
    private static String zipf(String[] names, SplittableRandom random) {
        double total = 0;
        for (int n = 1; n <= names.length; n++) {
            total += 1.0 / (n + FLATTENING);
        }
        double draw = random.nextDouble() * total;
        for (int n = 1; n <= names.length; n++) {
            draw -= 1.0 / (n + FLATTENING);
            if (draw <= 0) {
                return names[n - 1];
            }
        }
        return names[names.length - 1];
    }
}
