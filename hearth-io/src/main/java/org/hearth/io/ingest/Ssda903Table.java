package org.hearth.io.ingest;

import java.util.List;

/**
 * The tables of the SSDA903 looked-after children return, as the DfE's CSV specification names their columns, each
 * known by a column only it has. Three are staged (header, episodes, missing); the others are read for their header
 * only and reported in rejected.csv as not staged, with the reason.
 */
enum Ssda903Table {
    EPISODES("episodes", "DECOM", List.of("CHILD", "DECOM", "DEC", "REC"), null),
    MISSING("missing", "MIS_START", List.of("CHILD", "MISSING", "MIS_START"), null),
    UASC("uasc", "DUC", List.of(), "an unaccompanied asylum-seeking child's status is not a family problem a plan reads"),
    REVIEWS("reviews", "REVIEW", List.of(), "the dates of looked-after reviews are case management, read by no plan"),
    OC2("oc2", "SDQ_SCORE", List.of(), "its outcomes (SDQ score, conviction, substance misuse, health checks) are for the"
            + " year ending 31 March with no day, and every canonical record is dated"),
    OC3("oc3", "IN_TOUCH", List.of(), "care leavers' activity and accommodation on their birthday are not records a plan reads"),
    AD1("ad1", "DATE_INT", List.of(), "adoption decisions are not records a plan reads"),
    PLACED_FOR_ADOPTION("placed_for_adoption", "DATE_PLACED", List.of(), "adoption placements are not records a plan reads"),
    PREVIOUS_PERMANENCE("prev_perm", "PREV_PERM", List.of(), "permanence before care is not a record a plan reads"),
    SOCIAL_WORKER_EPISODES("sw_episodes", "SW_ID", List.of(), "who the social worker was is case management, read by no plan"),
    HEADER("header", "SEX", List.of("CHILD", "DOB"), null);

    private final String name;
    private final String signature;
    private final List<String> required;
    private final String notStaged;

    Ssda903Table(String name, String signature, List<String> required, String notStaged) {
        this.name = name;
        this.signature = signature;
        this.required = required;
        this.notStaged = notStaged;
    }

    String tableName() {
        return name;
    }

    List<String> required() {
        return required;
    }

    /** Why the table is not staged, or null when it is. */
    String notStaged() {
        return notStaged;
    }

    /** The table whose signature column the header has (the more particular tables first), or null. */
    static Ssda903Table of(CsvTable csv) {
        for (Ssda903Table table : values()) {
            if (csv.has(table.signature)) {
                return table;
            }
        }
        return null;
    }
}
