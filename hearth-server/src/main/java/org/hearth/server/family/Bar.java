package org.hearth.server.family;

/**
 * A count drawn as a bar beside its number, as a share of a whole: the bar is decoration (the number is always
 * written out), drawn in SVG so that its width needs no inline style, which the Content-Security-Policy forbids.
 * The overview draws one beside each count, and so do the reports ({@code families/overview :: bar(bar)}).
 *
 * @param label what is counted, in words
 * @param href the list of the families counted, or null when no list filters them so
 */
public record Bar(String label, long count, long whole, String href) {

    /** The bar's width, a percentage of the whole; at least 1 for a count above 0, so that it shows. */
    public long width() {
        if (count == 0 || whole == 0) {
            return 0;
        }
        return Math.max(1, Math.round(100.0 * count / whole));
    }
}
