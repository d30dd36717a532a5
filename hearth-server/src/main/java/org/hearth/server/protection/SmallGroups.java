package org.hearth.server.protection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The check an export must pass before it leaves Hearth: rows grouped by the columns that someone who knows a family
 * could recognise it by (its size, its members' age bands), each group must hold at least the smallest number of
 * families the authority allows ({@code HEARTH_EXPORT_SMALLEST_GROUP}); a smaller group could point at one family.
 */
final class SmallGroups {
    private final String file;
    private final List<String> columns;
    private final Map<List<String>, Set<String>> families = new LinkedHashMap<>();

    /**
     * @param columns the columns that could identify, in the order their values are given to {@link #add}
     */
    SmallGroups(String file, List<String> columns) {
        this.file = file;
        this.columns = columns;
    }

    /** A row of the file: the family it is about, and its values in the identifying columns. */
    void add(String familyId, List<String> values) {
        families.computeIfAbsent(values, group -> new HashSet<>()).add(familyId);
    }

    /** A group with fewer families than allowed: the file, its values by column, and how many families it holds. */
    record Group(String file, Map<String, String> values, int families) {
        String words() {
            List<String> described = new ArrayList<>();
            values.forEach((column, value) -> described.add(column + " " + value));
            return file + ": " + String.join(", ", described) + " (" + families + (families == 1 ? " family)" : " families)");
        }
    }

    /** The groups with fewer than {@code smallest} families, smallest first. */
    List<Group> smallerThan(int smallest) {
        List<Group> small = new ArrayList<>();
        families.forEach((values, ids) -> {
            if (ids.size() < smallest) {
                Map<String, String> named = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    named.put(columns.get(i), values.get(i));
                }
                small.add(new Group(file, named, ids.size()));
            }
        });
        small.sort(java.util.Comparator.comparingInt(Group::families));
        return small;
    }
}
