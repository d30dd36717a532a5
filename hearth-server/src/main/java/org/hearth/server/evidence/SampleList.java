package org.hearth.server.evidence;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The families of a sample as a person lists them: ids separated by commas, semicolons, spaces or new lines (as
 * pasted from an email or a spreadsheet's column), each taken once, in the order first listed.
 */
record SampleList(List<String> familyIds) {

    static SampleList parse(String text) {
        return new SampleList(List.copyOf(new LinkedHashSet<>(Arrays.stream(text.split("[\\s,;]+"))
                .filter(id -> !id.isEmpty()).toList())));
    }

    /** What is wrong with the list as a sample, in words for the person who typed it; null when nothing is. */
    String problem() {
        if (familyIds.isEmpty()) {
            return "Enter the ids of the families in the sample";
        }
        if (familyIds.size() > EvidencePacks.LARGEST_SAMPLE) {
            return "A sample holds at most " + EvidencePacks.LARGEST_SAMPLE + " families: the list has "
                    + familyIds.size();
        }
        return null;
    }

    /** Says which listed families have no pack for the user, without saying whether they exist. */
    static String unavailable(List<String> familyIds) {
        return familyIds.size() == 1 ? "No evaluated family you can see has the id " + familyIds.get(0)
                : "No evaluated family you can see has these ids: " + String.join(", ", familyIds);
    }
}
