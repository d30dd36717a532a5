package org.hearth.io.generate;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.hearth.engine.timeline.Vocabulary.Theme;

/**
 * What happens to one synthetic family: which problems it has around the reference day, whether it
 * was engaged (and when), and for each problem whether it turns around. Families that are helped
 * improve more often than those that are not, and improvement is correlated within a family.
 *
 * @param referenceDay engagement day for an engaged family; otherwise a day in the same years around
 *                     which its history is drawn
 * @param turnsAround per problem, whether the family's behaviour improves after the reference day
 */
record Story(LocalDate referenceDay, boolean engaged, Set<Theme> problems, Map<Theme, Boolean> turnsAround,
             LocalDate dataEnd) {

    static final LocalDate FIRST_ENGAGEMENT = LocalDate.of(2015, 4, 1);
    static final LocalDate LAST_ENGAGEMENT = LocalDate.of(2018, 6, 30);

    private static final double[] ENGAGED_RATES = {38, 45, 42, 55, 32, 48};
    private static final double[] POPULATION_RATES = {7, 10, 6, 18, 5, 10};

    static Story make(Chance chance, LocalDate dataEnd) {
        boolean engaged = chance.percent(70);
        LocalDate reference = chance.day(FIRST_ENGAGEMENT, LAST_ENGAGEMENT);
        double[] rates = engaged ? ENGAGED_RATES : POPULATION_RATES;
        Set<Theme> problems = EnumSet.noneOf(Theme.class);
        for (Theme theme : Theme.values()) {
            if (chance.percent(rates[theme.ordinal()])) {
                problems.add(theme);
            }
        }
        if (engaged && problems.size() < 2) {
            Theme[] themes = Theme.values();
            while (problems.size() < 2) {
                problems.add(themes[chance.between(0, themes.length - 1)]);
            }
        }
        double propensity = engaged ? chance.between(35.0, 90.0) : chance.between(10.0, 50.0);
        Map<Theme, Boolean> turns = new EnumMap<>(Theme.class);
        for (Theme theme : problems) {
            turns.put(theme, chance.percent(propensity));
        }
        return new Story(reference, engaged, problems, turns, dataEnd);
    }

    boolean has(Theme theme) {
        return problems.contains(theme);
    }

    boolean improves(Theme theme) {
        return turnsAround.getOrDefault(theme, false);
    }
}
