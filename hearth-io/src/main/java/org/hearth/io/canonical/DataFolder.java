package org.hearth.io.canonical;

import java.util.ArrayList;
import java.util.List;

import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.RecordKind;

/**
 * The files a canonical data folder may hold, in the order the format lists them (and errors are
 * reported): the core files, then one file per record kind.
 */
final class DataFolder {
    /** The files without which a folder is not a data folder at all. */
    static final List<String> REQUIRED = List.of(CoreLayouts.PEOPLE_FILE, CoreLayouts.FAMILIES_FILE,
            CoreLayouts.MEMBERSHIPS_FILE);

    private static final List<Layout<?>> CORE = List.of(CoreLayouts.PEOPLE, CoreLayouts.FAMILIES,
            CoreLayouts.MEMBERSHIPS, CoreLayouts.INTERVENTIONS, CoreLayouts.TIER_CHANGES, CoreLayouts.TEAM_AROUND_FAMILY,
            CoreLayouts.SCHOOL_TERMS);
    private static final List<Layout<?>> ALL = all();

    private DataFolder() {
    }

    private static List<Layout<?>> all() {
        List<Layout<?>> layouts = new ArrayList<>(CORE);
        for (RecordKind<?> kind : RecordKind.all()) {
            layouts.add(RecordLayouts.of(kind));
        }
        return List.copyOf(layouts);
    }

    /** Every layout, core files first, then record kinds in the engine's order. */
    static List<Layout<?>> layouts() {
        return ALL;
    }

    /** The layout of a file name, or null when the format has no such file. */
    static Layout<?> layout(String file) {
        for (Layout<?> layout : ALL) {
            if (layout.file().equals(file)) {
                return layout;
            }
        }
        return null;
    }

    /** The position of a file in the format, for ordering errors; unknown files come last. */
    static int order(String file) {
        for (int i = 0; i < ALL.size(); i++) {
            if (ALL.get(i).file().equals(file)) {
                return i;
            }
        }
        return ALL.size();
    }

    /** Why a file name is not part of the format. */
    static String unknown(String file) {
        String name = file.substring(0, file.length() - ".csv".length());
        List<String> core = new ArrayList<>();
        for (Layout<?> layout : CORE) {
            core.add(layout.file());
        }
        return "unknown record kind " + Excerpt.quoted(name) + ": a data folder holds " + String.join(", ", core)
                + " and one file per record kind (" + RecordKind.names() + ")";
    }
}
