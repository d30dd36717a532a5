package org.hearth.io.ingest;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kinds of source {@code hearth ingest} reads, each by its own reader (docs/data-in.md). */
public enum SourceKind {
    /** The DfE Children in Need census, XML, collection years 2016 onwards. */
    CIN_CENSUS("cin_census"),
    /** The SSDA903 looked-after children return, its tables as CSV. */
    SSDA903("ssda903"),
    /** School census termly attendance and exclusions, as CSV. */
    SCHOOL_CENSUS("school_census"),
    /** An agency's CSV extract, read through the authority's mapping file. */
    AGENCY("agency");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    /** As written on the command line and in source.csv. */
    public String code() {
        return code;
    }

    /** The kind a code names, or null. */
    public static SourceKind of(String code) {
        for (SourceKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        return null;
    }

    /** The codes, for messages: "cin_census, ssda903, school_census, agency". */
    public static String codes() {
        return Arrays.stream(values()).map(SourceKind::code).collect(Collectors.joining(", "));
    }
}
