package org.hearth.engine.timeline;

import java.util.Locale;

/**
 * The closed vocabularies of the canonical data format. Each value is written in files and plans in
 * lower case with underscores, exactly as {@link #code(Enum)} prints it.
 */
public final class Vocabulary {
    private Vocabulary() {
    }

    /** The code of a vocabulary value as it appears in files and plans, e.g. {@code child_in_need}. */
    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Reads a code; throws {@link IllegalArgumentException} naming the allowed codes when unknown. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        String key = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(key)) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of " + codes(type));
    }

    /** The allowed codes of a vocabulary, comma separated. */
    public static String codes(Class<? extends Enum<?>> type) {
        StringBuilder out = new StringBuilder();
        for (Enum<?> value : type.getEnumConstants()) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(code(value));
        }
        return out.toString();
    }

    /** The six family problems of the national programme; every plan problem names one. */
    public enum Theme { CRIME_ASB, SCHOOL_ATTENDANCE, CHILDREN_NEED_HELP, WORK_AND_MONEY, DOMESTIC_ABUSE, HEALTH }

    /** A person's place in a family. */
    public enum Role { PARENT_CARER, CHILD, OTHER_ADULT }

    /** Sex as recorded by the source; used only where a plan speaks of mothers. */
    public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }

    /**
     * The tiers of Southwark's early help strategy (document 003), used for every authority: the
     * intensity of support a family receives. Step-down is a move to a lower tier.
     */
    public enum Tier {
        UNIVERSAL_PLUS(1), TARGETED_EARLY_HELP(2), CHILD_IN_NEED(3), CHILD_PROTECTION_OR_LOOKED_AFTER(4);

        private final int level;

        Tier(int level) {
            this.level = level;
        }

        public int level() {
            return level;
        }
    }
}
