package org.hearth.io.ingest;

/**
 * A yes-or-no value of the CIN census ({@code ReferralNFA}, {@code ICPCnotRequired}), typed xs:boolean in the DfE's
 * schema: {@code true}, {@code false}, {@code 1} or {@code 0} (XML Schema Part 2, 3.2.2), with surrounding white space
 * collapsed. The census's validation rules test exactly these four ("ReferralNFA = true or 1"); no other spelling
 * (Y/N, yes/no, TRUE) is valid there, and none is accepted here.
 */
final class XmlBoolean {
    private XmlBoolean() {
    }

    /** The value, or null when the text is not an xs:boolean. */
    static Boolean parse(String text) {
        return switch (text.strip()) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    static String reason(String field) {
        return field + " is true, false, 1 or 0 (xs:boolean)";
    }
}
