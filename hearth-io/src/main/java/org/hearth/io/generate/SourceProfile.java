package org.hearth.io.generate;

import java.util.List;

/**
 * How one generated source records people: who it holds and how well. Every rate is per record. The figures and
 * where they come from are in docs/data-in.md ("Person matching: the generated test data").
 *
 * @param id the source's id; {@code kind} the staged source's kind
 * @param childShare the share of children (of the ages it covers) it holds; {@code adultShare} the same for adults
 * @param minimumAge the youngest it holds; {@code maximumAge} the oldest
 * @param upn the share of its records of pupils that carry the UPN; likewise {@code nhs}, {@code ni},
 *     {@code localChildId} (of children)
 * @param nameTypo a one-letter slip in the given or family name; {@code nickname} a familiar form of the given name
 * @param dateTransposed day and month swapped; {@code dateTypo} one digit wrong; {@code dateMissing} none given
 * @param postcodeMissing none given; {@code previousAddress} the address before the last move
 * @param formerNameAsCurrent a changed surname recorded as the old one; {@code formerNameRecorded} the old one kept in
 *     former_family_name; {@code onePartOfDoubleName} a double-barrelled name recorded as one part
 * @param identifierTypo a digit of an identifier wrong; {@code duplicate} the same person recorded twice
 */
record SourceProfile(String id, String kind, double childShare, double adultShare, int minimumAge, int maximumAge,
        double upn, double nhs, double ni, double localChildId, double nameTypo, double nickname,
        double dateTransposed, double dateTypo, double dateMissing, double postcodeMissing, double previousAddress,
        double formerNameAsCurrent, double formerNameRecorded, double onePartOfDoubleName, double identifierTypo,
        double duplicate) {

    /** The five sources of the generated authority. */
    static List<SourceProfile> standard() {
        return List.of(
                new SourceProfile("school-census", "school_census", 1.0, 0, 4, 16, 0.995, 0, 0, 0,
                        0.01, 0.01, 0.002, 0.003, 0, 0.01, 0.05, 0, 0, 0.3, 0.003, 0),
                new SourceProfile("social-care", "cin_census", 0.08, 0.04, 0, 120, 0.75, 0.5, 0.2, 1.0,
                        0.02, 0.03, 0.005, 0.005, 0.01, 0.03, 0.15, 0.3, 0.3, 0.4, 0.005, 0.02),
                new SourceProfile("police", "agency", 0.03, 0.08, 10, 120, 0, 0, 0, 0,
                        0.03, 0.10, 0.01, 0.01, 0.03, 0.15, 0.25, 0.4, 0.1, 0.5, 0, 0.10),
                new SourceProfile("dwp", "agency", 0, 0.45, 16, 120, 0, 0, 0.99, 0,
                        0.01, 0.02, 0.003, 0.003, 0, 0.2, 0.1, 0.1, 0.5, 0.3, 0.003, 0.005),
                new SourceProfile("health", "agency", 0.7, 0.7, 0, 120, 0, 0.97, 0, 0,
                        0.015, 0.03, 0.005, 0.005, 0.005, 0.02, 0.2, 0.2, 0.3, 0.3, 0.003, 0.02));
    }
}
