package org.hearth.server.pathway;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hearth.engine.timeline.Intervention;
import org.hearth.engine.timeline.Vocabulary.Tier;

/**
 * One change of an intervention's tier in Southwark's tiered model (Early Help Strategy): a step up to a higher tier
 * when needs escalate, a step down to a lower one when they no longer need such intensive support, or a change
 * recorded at the tier the case was already at. Methods the templates call are public: Spring's expression
 * language finds no other.
 *
 * @param reason why, in the authority's words, or null when the record does not say
 */
record TierStep(String recordId, LocalDate date, Tier from, Tier to, String reason) {

    /** Which way a change of tier went. */
    enum Direction {
        UP("Stepped up"), DOWN("Stepped down"), NONE("Tier confirmed");

        private final String words;

        Direction(String words) {
            this.words = words;
        }

        /** As the pathway shows it: "Stepped up". */
        public String words() {
            return words;
        }

        /** As the API and a CSV give it: "up". */
        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The intervention's changes of tier, earliest first, each from the tier it left. */
    static List<TierStep> of(Intervention intervention) {
        List<TierStep> steps = new ArrayList<>();
        Tier before = intervention.tier();
        for (Intervention.TierChange change : intervention.tierChanges()) {
            steps.add(new TierStep(change.recordId(), change.date(), before, change.tier(), change.reason()));
            before = change.tier();
        }
        return steps;
    }

    public Direction direction() {
        return to.level() > from.level() ? Direction.UP : to.level() < from.level() ? Direction.DOWN : Direction.NONE;
    }

    /**
     * A step down from children's social care (tier 3, children in need, or 4, child protection and looked after) to
     * early help (tier 1 or 2): Southwark's service outcome "number of step downs from social care to a lower tier of
     * support".
     */
    boolean fromSocialCareToEarlyHelp() {
        return from.level() >= 3 && to.level() <= 2;
    }

    /** The tier left, as the pathway names it. */
    public String fromWords() {
        return words(from);
    }

    /** The tier taken, as the pathway names it. */
    public String toWords() {
        return words(to);
    }

    /** A tier as the pathway names it: "Tier 2: targeted early help". */
    static String words(Tier tier) {
        return switch (tier) {
            case UNIVERSAL_PLUS -> "Tier 1: universal and universal plus";
            case TARGETED_EARLY_HELP -> "Tier 2: targeted early help";
            case CHILD_IN_NEED -> "Tier 3: children in need";
            case CHILD_PROTECTION_OR_LOOKED_AFTER -> "Tier 4: child protection and looked after";
        };
    }

    /** A tier as the data format and the API write it: "targeted_early_help". */
    static String code(Tier tier) {
        return tier.name().toLowerCase(Locale.ROOT);
    }
}
