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
