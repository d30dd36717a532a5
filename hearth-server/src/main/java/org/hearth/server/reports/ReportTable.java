package org.hearth.server.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report's table, as the page shows it and as its CSV download holds it: one definition for both, so that the
 * download is the table ({@code reports/parts :: table(table)} draws it, {@link ReportCsv} writes it). The first cell
 * of each row names the row.
 *
 * @param id      the table's name in its report's CSV address ({@code ?table=outcomes})
 * @param caption what the table holds, in words
 */
public record ReportTable(String id, String caption, List<String> headers, List<Row> rows) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != headers.size()) {
                throw new IllegalArgumentException(id + ": a row of " + row.cells().size() + " cells under "
                        + headers.size() + " headers");
            }
        }
    }

    /** A row of cells, the first naming the row. */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: its text, exactly as the download has it, and on the page a link to the families behind it where
     * there is one.
     *
     * @param href    the page of the families behind the figure, or null
     * @param numeric a figure, aligned right on the page
     */
    public record Cell(String text, String href, boolean numeric) {

        public static Cell text(String text) {
            return new Cell(text, null, false);
        }

        public static Cell number(long figure) {
            return new Cell(Long.toString(figure), null, true);
        }

        /** A share of a whole in per cent, to one decimal place; empty when the whole is nothing. */
        public static Cell percent(long part, long whole) {
            return new Cell(whole == 0 ? "" : String.format(Locale.ROOT, "%.1f", 100.0 * part / whole), null,
                    true);
        }

        public static Cell link(String text, String href) {
            return new Cell(text, href, false);
        }
    }

    /** Builds a table a row at a time. */
    public static Builder builder(String id, String caption, String... headers) {
        return new Builder(id, caption, List.of(headers));
    }

    /** Rows added in order; {@link #build} makes the table. */
    public static final class Builder {
        private final String id;
        private final String caption;
        private final List<String> headers;
        private final List<Row> rows = new ArrayList<>();

        private Builder(String id, String caption, List<String> headers) {
            this.id = id;
            this.caption = caption;
            this.headers = headers;
        }

        public Builder row(Cell... cells) {
            rows.add(new Row(List.of(cells)));
            return this;
        }

        public ReportTable build() {
            return new ReportTable(id, caption, headers, rows);
        }
    }
}
