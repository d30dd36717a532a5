package org.hearth.io;

/**
 * A value made safe to open in a spreadsheet, following the OWASP guidance on CSV injection: a cell
 * beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by
 * Excel, LibreOffice and Google Sheets as a formula (an id {@code =HYPERLINK(…)} becomes a link that
 * sends data away, {@code +cmd|…} once ran a program), so it is written with an apostrophe in front,
 * which the spreadsheet shows as text. The CSV writer quotes any cell holding a comma or a quote. Every CSV
 * Hearth writes for people to open passes its text cells through here: the command line's results and error
 * lists, the server's downloads and its exports of claims.
 */
public final class SpreadsheetCell {
    private SpreadsheetCell() {
    }

    /**
     * The value {@link #safe} was given, from what it wrote: for a program reading back a file Hearth wrote for people
     * (the review queue read into the server), so an id that began with one of the characters keeps its own text.
     */
    public static String original(String written) {
        if (written.length() >= 2 && written.charAt(0) == '\'') {
            return switch (written.charAt(1)) {
                case '=', '+', '-', '@', '\t', '\r' -> written.substring(1);
                default -> written;
            };
        }
        return written;
    }

    public static String safe(String value) {
        if (value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
