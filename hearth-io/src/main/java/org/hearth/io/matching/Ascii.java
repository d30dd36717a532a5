package org.hearth.io.matching;

/** ASCII character classes: identifiers are ASCII, and a digit from another script must not pass as one. */
final class Ascii {
    private Ascii() {
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
