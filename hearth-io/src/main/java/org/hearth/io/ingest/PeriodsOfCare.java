package org.hearth.io.ingest;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hearth.engine.Excerpt;
import org.hearth.engine.timeline.RecordKind;

/**
 * An SSDA903 episodes table made into periods of care, staged as looked-after spells. A new episode begins at every
 * change of placement or legal status; an episode that ends with reason X1 ("episode ceases and new one begins in the
 * same period of care") runs on into the child's next, so its episodes are one spell from the first DECOM to the last
 * DEC. Looked after is one status, however often its placement changes: split at each change it would look, to a plan,
 * like care ending and starting again.
 *
 * <p>The reason the period ended (REC) becomes the spell's end reason: E4A and E4B (returned home to live with parents
 * or relatives) returned home; E3 (care taken over by another local authority) transferred out; every other reason
 * (adoption, special guardianship and child arrangements orders, independent living, aged 18, custody, …) closed. The
 * episodes of one table are held until its end (a county's return has a few thousand), grouped by child.
 */
final class PeriodsOfCare {
    private static final Set<String> ENDINGS = Set.of("E11", "E12", "E13", "E14", "E15", "E16", "E17", "E2", "E3", "E41",
            "E45", "E46", "E47", "E48", "E4A", "E4B", "E5", "E6", "E7", "E8", "E9");
    private static final String CONTINUES = "X1";

    private final StagingFolder staging;
    private final String provider;
    private final Map<String, List<Episode>> byChild = new LinkedHashMap<>();

    private record Episode(LocalDate start, LocalDate end, String reason, Origin origin) {
    }

    PeriodsOfCare(StagingFolder staging, String provider) {
        this.staging = staging;
        this.provider = provider;
    }

    /** Takes one row of the episodes table, or rejects it when its dates or reason cannot be read. */
    void add(String child, CsvTable.Row row, Origin origin) throws IOException {
        LocalDate start = SourceDate.parse(row.get("DECOM"));
        LocalDate end = row.get("DEC").isEmpty() ? null : SourceDate.parse(row.get("DEC"));
        String reason = row.get("REC");
        if (start == null || (end == null && !row.get("DEC").isEmpty())) {
            String field = start == null ? "DECOM" : "DEC";
            staging.reject(origin, field, row.get(field), row.get(field).isEmpty() ? "an episode with no DECOM is not staged"
                    : SourceDate.reason(row.get(field)));
            return;
        }
        if (!reason.isEmpty() && !reason.equals(CONTINUES) && !ENDINGS.contains(reason)) {
            staging.reject(origin, "REC", reason, Excerpt.quoted(reason) + " is not a reason episode ceased (E11 to E9, X1):"
                    + " the period of care is staged without its end reason");
            reason = "";
        }
        staging.person(new StagedPerson(child, provider).set(PersonColumn.LOCAL_CHILD_ID, child, "CHILD"), origin);
        byChild.computeIfAbsent(child, c -> new ArrayList<>()).add(new Episode(start, end, reason, origin));
    }

    /** Stages each child's periods of care. */
    void stage() throws IOException {
        for (Map.Entry<String, List<Episode>> child : byChild.entrySet()) {
            List<Episode> episodes = child.getValue();
            episodes.sort(Comparator.comparing(Episode::start));
            int first = 0;
            for (int i = 0; i < episodes.size(); i++) {
                Episode episode = episodes.get(i);
                boolean continues = CONTINUES.equals(episode.reason()) && episode.end() != null;
                if (continues && i + 1 < episodes.size()) {
                    continue;
                }
                if (continues) {
                    staging.reject(episode.origin(), "REC", CONTINUES, "the episode ends X1 (a new episode follows in the same"
                            + " period of care) but no later episode of child " + child.getKey() + " is in the file: the period of"
                            + " care is staged as still open");
                }
                stage(child.getKey(), episodes.get(first), continues ? null : episode);
                first = i + 1;
            }
        }
    }

    private void stage(String child, Episode first, Episode last) throws IOException {
        String end = last == null || last.end() == null ? null : last.end().toString();
        String reason = last == null || end == null || last.reason().isEmpty() ? null : endReason(last.reason());
        staging.record(RecordKind.SOCIAL_CARE, new RecordRow()
                .put("record_id", child + "/" + first.start() + "/looked_after", "DECOM")
                .put("person_id", child, "CHILD")
                .set("episode_type", "looked_after")
                .put("start_date", first.start().toString(), "DECOM")
                .put("end_date", end, "DEC")
                .put("end_reason", reason, "REC")
                .set("source", provider), first.origin());
    }

    private static String endReason(String reason) {
        return switch (reason) {
            case "E4A", "E4B" -> "returned_home";
            case "E3" -> "transferred_out";
            default -> "closed";
        };
    }
}
