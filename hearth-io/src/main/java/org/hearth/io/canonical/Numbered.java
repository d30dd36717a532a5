package org.hearth.io.canonical;

/** A row's value and the line it was read from, kept for the checks that look across rows. */
record Numbered<T>(T value, long line) {
}
