package org.hearth.engine.measure;

/** Whether every person in a measure's scope must meet it, or any one is enough. */
public enum Quantifier {
    EVERY, ANY
}
