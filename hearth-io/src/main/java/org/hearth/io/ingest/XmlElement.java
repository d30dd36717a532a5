package org.hearth.io.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of a return's XML with what it holds: its text (trimmed) and its child elements, and the line it starts
 * on. Only one CIN census {@code <Child>} at a time is held like this, never the file: a county's return of 10,000
 * children streams through in the memory of one child.
 */
record XmlElement(String name, String text, long line, List<XmlElement> children) {

    /** The first child of the name, or null. */
    XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** Every child of the name, in document order. */
    List<XmlElement> all(String childName) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                found.add(child);
            }
        }
        return found;
    }

    /** The text of the first child of the name, or empty. */
    String text(String childName) {
        XmlElement child = child(childName);
        return child == null ? "" : child.text;
    }

    /** The line of the first child of the name, or this element's line. */
    long lineOf(String childName) {
        XmlElement child = child(childName);
        return child == null ? line : child.line;
    }
}
