package org.hearth.io.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Names for the matching test data's population ({@link MatchingPopulation}), with the skew real names have: a few
 * common names and a long tail. Given names are drawn from the synthetic authority's lists ({@link Names}) and more,
 * with flattened Zipf weights; family names half from a list of common English surnames, also with those weights, and
 * half from a tail of 2,400 made-up surnames (a prefix and a suffix), so that a match on a tail name is rare evidence
 * and a match on Smith is weak, as in real data.
 */
final class NamePool {
    private static final String[] WOMEN = longer(Names.WOMEN,
        "Elizabeth", "Margaret", "Catherine", "Katherine", "Susan", "Deborah", "Patricia", "Christine", "Sandra",
        "Alexandra", "Jessica", "Charlotte", "Eleanor", "Mary", "Josephine", "Nadia", "Zainab", "Helen", "Angela",
        "Dawn", "Joanna", "Kerry", "Sophie", "Lauren", "Danielle", "Amanda", "Caroline", "Anne", "Ruth", "Jane");
    private static final String[] MEN = longer(Names.MEN,
        "William", "Thomas", "Edward", "Nicholas", "Samuel", "Benjamin", "Joseph", "Peter", "Philip", "Alexander",
        "Jonathan", "Frederick", "Ronald", "Terence", "Patrick", "Simon", "Martin", "Ian", "Graham", "Shaun", "Asif",
        "Tariq", "Kieran", "Liam", "Jamie", "Aaron", "Luke", "Joshua", "Nathan", "Gareth");
    private static final String[] GIRLS = longer(Names.GIRLS,
        "Charlotte", "Elizabeth", "Abigail", "Katie", "Harriet", "Matilda", "Florence", "Scarlett", "Willow",
        "Rosie", "Imogen", "Erin", "Summer", "Amber", "Leah", "Hollie", "Eleanor", "Georgia", "Victoria",
        "Alexandra", "Samantha", "Isabel", "Nicola", "Hafsa", "Khadija", "Amira", "Niamh", "Caitlin", "Bethany",
        "Paige");
    private static final String[] BOYS = longer(Names.BOYS,
        "James", "Samuel", "Daniel", "Benjamin", "Alexander", "Joseph", "Edward", "Henry", "Matthew", "Nathan",
        "Jonathan", "Zachary", "Theo", "Arthur", "Reuben", "Finley", "Toby", "Ryan", "Luke", "Adam", "Yusuf",
        "Ayaan", "Bradley", "Connor", "Kieran", "Jamie", "Owen", "Ronan", "Elliot", "Frederick");
    private static final String[] COMMON = longer(Names.FAMILY_NAMES,
        "Chapman", "Webb", "Rogers", "Gray", "Mills", "Palmer", "Richards", "Stevens", "Lloyd", "Hunt", "Cook",
        "Ellis", "Reynolds", "Hudson", "Walsh", "Graham", "Knight", "Butler", "Barnes", "Fisher");
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

    /** The synthetic authority's list ({@link Names}) and more names after it. */
    private static String[] longer(String[] names, String... more) {
        String[] all = Arrays.copyOf(names, names.length + more.length);
        System.arraycopy(more, 0, all, names.length, more.length);
        return all;
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
