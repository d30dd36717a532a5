package org.hearth.server.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A chart of columns, each a stack of up to three series, with an optional line across them (a target at an even
 * pace), drawn as SVG by the server ({@code reports/parts :: chart(chart)}) in the style of the overview's bars: every
 * size an attribute, so the Content-Security-Policy's ban on inline style holds, and the figures always in the table
 * beside it. Series differ by pattern as well as colour (solid, hatched, dotted) and the line is dashed, each named in
 * the legend, so no meaning rests on colour alone; the SVG's title and summary give its sense in words.
 *
 * <p>Sizes are in the SVG's own units ({@value #WIDTH} by {@value #HEIGHT}); the page scales it to its column.
 *
 * @param id      the chart's id on the page, unique there (its patterns' ids start with it)
 * @param summary what the chart shows, in a sentence or two: its text alternative
 */
public record ColumnChart(String id, String title, String summary, List<Key> keys, List<Tick> ticks, List<Block> blocks,
                          List<Label> labels, Line line) {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 320;
    /** The three fills, in series order. */
    private static final String[] FILLS = {"solid", "hatched", "dotted"};
    private static final double LEFT = 56;
    private static final double RIGHT = 628;
    private static final double TOP = 16;
    private static final double BOTTOM = 276;
    private static final double LABEL_Y = 296;
    /** The widest a column is drawn, so that one or two columns look like columns, not walls. */
    private static final double MOST_WIDTH = 90;

    /**
     * An entry of the legend, written in HTML under the chart so that it wraps: a series' fill, or the line (fill
     * null), with its name.
     */
    public record Key(String name, String fill) {
    }

    /** A value on the vertical axis, with its grid line's height. */
    public record Tick(double y, String label) {
    }

    /** One series' part of a column, with what it counts in words (its tooltip). */
    public record Block(double x, double y, double width, double height, String fill, String title) {
    }

    /** A column's label under the axis. */
    public record Label(double x, String text) {
        public double y() {
            return LABEL_Y;
        }
    }

    /** The line across the columns: its points as SVG gives them, and its name. */
    public record Line(String name, String points) {
    }

    /**
     * A chart of stacked columns.
     *
     * @param series     the series' names, bottom of each stack first (at most three)
     * @param columns    the columns' labels, left to right
     * @param values     each column's value per series: {@code values[column][series]}
     * @param mostLabels the most column labels to write: every n-th is written so that no more show
     * @param lineName   the line's name, or null for none
     * @param line       the line's value at each column, or null for none
     */
    public static ColumnChart stacked(String id, String title, String summary, List<String> series, List<String> columns,
                                      long[][] values, int mostLabels, String lineName, long[] line) {
        if (series.isEmpty() || series.size() > FILLS.length) {
            throw new IllegalArgumentException("a chart has one to three series, not " + series.size());
        }
        long most = 0;
        for (int c = 0; c < columns.size(); c++) {
            long total = 0;
            for (long value : values[c]) {
                total += value;
            }
            most = Math.max(most, Math.max(total, line == null ? 0 : line[c]));
        }
        long step = step(most);
        long top = Math.max(step, (most + step - 1) / step * step);
        List<Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= top; value += step) {
            ticks.add(new Tick(y(value, top), String.format(Locale.UK, "%,d", value)));
        }
        double slot = (RIGHT - LEFT) / Math.max(1, columns.size());
        double width = Math.min(MOST_WIDTH, Math.max(1, slot * 0.7));
        int every = Math.max(1, (columns.size() + mostLabels - 1) / mostLabels);
        List<Block> blocks = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        StringBuilder points = new StringBuilder();
        for (int c = 0; c < columns.size(); c++) {
            double x = LEFT + c * slot + (slot - width) / 2;
            long below = 0;
            for (int s = 0; s < series.size(); s++) {
                long value = values[c][s];
                if (value > 0) {
                    double y = y(below + value, top);
                    blocks.add(new Block(round(x), round(y), round(width), round(y(below, top) - y), FILLS[s],
                            columns.get(c) + ", " + series.get(s) + ": " + String.format(Locale.UK, "%,d", value)));
                }
                below += value;
            }
            if (c % every == 0) {
                labels.add(new Label(round(x + width / 2), columns.get(c)));
            }
            if (line != null) {
                points.append(points.length() == 0 ? "" : " ").append(round(x + width / 2)).append(',')
                        .append(round(y(line[c], top)));
            }
        }
        List<Key> keys = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            keys.add(new Key(series.get(s), FILLS[s]));
        }
        if (line != null) {
            keys.add(new Key(lineName, null));
        }
        return new ColumnChart(id, title, summary, keys, ticks, blocks, labels,
                line == null ? null : new Line(lineName, points.toString()));
    }

    /** The left and right ends of the plot, for the axis and the grid lines. */
    public double left() {
        return LEFT;
    }

    public double right() {
        return RIGHT;
    }

    public double bottom() {
        return BOTTOM;
    }

    /** The gap between values on the axis: 1, 2 or 5 times a power of ten, for at most five gaps to the top. */
    static long step(long most) {
        long step = 1;
        while (true) {
            for (long factor : new long[] {1, 2, 5}) {
                if (most <= step * factor * 5) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    private static double y(long value, long top) {
        return BOTTOM - (BOTTOM - TOP) * value / top;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
