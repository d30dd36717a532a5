package org.hearth.server.reports;

/**
 * A report the reports page lists. Each is a bean of this type, so a feature with reports of its own adds its listing
 * by declaring one, with no change here.
 *
 * @param order where it is listed: lower first
 * @param path  its page
 */
public record ReportListing(int order, String title, String path, String description) {
}
